import type { AllocationKey } from '@app/engine';
import { formatNumber } from '../format.ts';
import type { AllocationExportMember } from './types.ts';

const nl = (n: number) => formatNumber(n, 2);
const BASIS = { equal: 'gelijk', inhabitants: 'naar inwoners', employees: 'naar medewerkers' } as const;

/** A key in words, e.g. "Hybride: 50 % gelijk + 50 % naar inwoners". */
export function keyText(key: AllocationKey, members: readonly AllocationExportMember[]): string {
  switch (key.type) {
    case 'inhabitants':
      return 'Naar inwoners';
    case 'employees':
      return 'Naar medewerkers';
    case 'equal':
      return 'Gelijke delen';
    case 'fixed':
      return `Vaste percentages: ${members.map((m) => `${m.name} ${nl(key.percentages[m.memberId] ?? 0)} %`).join(', ')}`;
    case 'hybrid':
      return `Hybride: ${key.parts.map((p) => `${nl(p.percentage)} % ${BASIS[p.basis]}`).join(' + ')}`;
    case 'usage':
      return `Naar gebruik${key.unit ? ` (${key.unit})` : ''}: ${members.map((m) => `${m.name} ${nl(key.quantities[m.memberId] ?? 0)}`).join(', ')}`;
  }
}
