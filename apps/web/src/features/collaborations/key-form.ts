import { useEffect, useState } from 'react';
import type { AllocationKey, AllocationKeysUpdate, AllocationResponse } from '@app/schemas';

export type EditableType = AllocationKey['type'];

/** What the key editor holds while it is being filled in: texts as typed, per member id. */
export interface KeyForm {
  type: EditableType;
  percentages: Record<string, string>;
  quantities: Record<string, string>;
  unit: string;
  equalPct: string;
  /** Development id → key type; '' = the default key. */
  developmentKeys: Record<string, string>;
  figures: Record<string, { inhabitants: string; employees: string; referenceDate: string }>;
}

const decimal = (n: number) => String(n).replace('.', ',');
/** The editor's number fields accept Dutch notation ("1.234,5"). */
const num = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** The form as the saved keys and member figures fill it; fields of other key types get a starting value. */
export function keyFormFrom(allocation: AllocationResponse): KeyForm {
  const key = allocation.keys.defaultKey;
  const even = (100 / allocation.members.length).toFixed(2).replace('.', ',');
  const perMember = (value: (memberId: string) => string) =>
    Object.fromEntries(allocation.members.map((m) => [m.memberId, value(m.memberId)]));
  return {
    type: key.type,
    percentages: perMember((id) => (key.type === 'fixed' ? decimal(key.percentages[id] ?? 0) : even)),
    quantities: perMember((id) => (key.type === 'usage' ? decimal(key.quantities[id] ?? 0) : '1')),
    unit: key.type === 'usage' ? (key.unit ?? '') : '',
    equalPct: key.type === 'hybrid' ? decimal(key.parts.find((p) => p.basis === 'equal')?.percentage ?? 50) : '50',
    developmentKeys: Object.fromEntries(Object.entries(allocation.keys.developmentKeys).map(([id, k]) => [id, k.type])),
    figures: Object.fromEntries(
      allocation.members.map((m) => [
        m.memberId,
        { inhabitants: String(m.inhabitants), employees: String(m.employees), referenceDate: m.referenceDate ?? '' },
      ]),
    ),
  };
}

/** The sum of the fixed percentages, to two decimals (shown while typing; the engine checks it on save). */
export function fixedTotal(form: KeyForm, allocation: AllocationResponse): number {
  return allocation.members.reduce((a, m) => a + Math.round(num(form.percentages[m.memberId] ?? '0') * 100), 0) / 100;
}

/** The request that saves the form: the default key of the chosen type, development exceptions, member figures. */
export function keyUpdate(form: KeyForm, allocation: AllocationResponse): AllocationKeysUpdate {
  const perMember = (texts: Record<string, string>) =>
    Object.fromEntries(allocation.members.map((m) => [m.memberId, num(texts[m.memberId] ?? '0')]));
  const equal = num(form.equalPct);
  const { type } = form;
  const defaultKey: AllocationKey =
    type === 'fixed'
      ? { type, percentages: perMember(form.percentages) }
      : type === 'usage'
        ? { type, quantities: perMember(form.quantities), unit: form.unit.trim() || null }
        : type === 'hybrid'
          ? {
              type,
              parts: [
                { basis: 'equal', percentage: equal },
                { basis: 'inhabitants', percentage: Math.round((100 - equal) * 100) / 100 },
              ],
            }
          : { type };
  const developmentKeys = Object.fromEntries(
    Object.entries(form.developmentKeys)
      .filter(([, t]) => t !== '')
      .map(([id, t]) => [id, { type: t } as AllocationKey]),
  );
  const members = allocation.members.map((m) => {
    const f = form.figures[m.memberId];
    return {
      memberId: m.memberId,
      inhabitants: num(f?.inhabitants ?? String(m.inhabitants)),
      employees: num(f?.employees ?? String(m.employees)),
      referenceDate: f?.referenceDate || null,
    };
  });
  return {
    version: allocation.budgetVersion,
    defaultKey,
    developmentKeys,
    lineKeys: allocation.keys.lineKeys,
    members,
  };
}

/** The key editor's state; it starts again from the saved keys whenever the allocation changes (after a save). */
export function useKeyForm(allocation: AllocationResponse) {
  const [form, setForm] = useState(() => keyFormFrom(allocation));
  useEffect(() => setForm(keyFormFrom(allocation)), [allocation]);
  const update = (patch: (form: KeyForm) => Partial<KeyForm>) => setForm((f) => ({ ...f, ...patch(f) }));
  return { form, update };
}
