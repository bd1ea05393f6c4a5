import { describe, expect, it } from 'vitest';
import type { BudgetDetail, BudgetLineWriteResult } from '../../api/types.ts';
import { patchDetail } from './patch-detail.ts';

const line = (id: string, amountCents: number) =>
  ({ id, effective: { id, amountCents }, overriddenFields: [] }) as unknown as BudgetDetail['lines'][number];
const detail = {
  id: 'b1',
  version: 4,
  updatedAt: '2026-12-01T10:00:00.000Z',
  lines: [line('l1', 100), line('l2', 200)],
  calculationInput: {
    lines: [
      { id: 'l1', amountCents: 100 },
      { id: 'l2', amountCents: 200 },
    ],
  },
} as unknown as BudgetDetail;
const result = (version: number, calculationLine: unknown = { id: 'l2', amountCents: 250 }) =>
  ({
    id: 'b1',
    version,
    updatedAt: '2026-12-01T10:01:00.000Z',
    line: { ...line('l2', 250), overriddenFields: ['amountCents'] },
    calculationLine,
    totals: {},
  }) as unknown as BudgetLineWriteResult;

describe('patchDetail', () => {
  it('replaces the line in lines and in the calculation input and takes the new version', () => {
    const next = patchDetail(detail, result(5))!;
    expect(next.version).toBe(5);
    expect(next.updatedAt).toBe('2026-12-01T10:01:00.000Z');
    expect(next.lines.map((l) => l.effective.amountCents)).toEqual([100, 250]);
    expect(next.lines[1]!.overriddenFields).toEqual(['amountCents']);
    expect(next.calculationInput.lines).toEqual([
      { id: 'l1', amountCents: 100 },
      { id: 'l2', amountCents: 250 },
    ]);
    expect(next.lines[0]).toBe(detail.lines[0]);
    expect(detail.version).toBe(4);
  });

  it('refuses when another write landed in between, or the line is unknown or moves in or out of the calculation', () => {
    expect(patchDetail(detail, result(6))).toBeNull();
    expect(patchDetail(detail, { ...result(5), line: line('l9', 1) })).toBeNull();
    expect(patchDetail(detail, result(5, null))).toBeNull();
    expect(patchDetail(detail, { ...result(5), id: 'b2' })).toBeNull();
  });
});
