import type { BudgetDetail, BudgetLineWriteResult } from '../../api/types.ts';

/**
 * The cached detail with a line write's short answer applied (ADR 0028): the changed line in
 * `lines` and in `calculationInput.lines`, the new version and time. Exact only when the cache
 * holds the version just before the write and the line was and stays in the calculation; null
 * otherwise, and the caller refetches.
 */
export function patchDetail(detail: BudgetDetail, result: BudgetLineWriteResult): BudgetDetail | null {
  if (detail.id !== result.id || detail.version !== result.version - 1) return null;
  const { line, calculationLine } = result;
  if (!detail.lines.some((row) => row.id === line.id)) return null;
  const inCalculation = detail.calculationInput.lines.some((row) => row.id === line.id);
  if (inCalculation !== (calculationLine !== null)) return null;
  return {
    ...detail,
    version: result.version,
    updatedAt: result.updatedAt,
    lines: detail.lines.map((row) => (row.id === line.id ? line : row)),
    calculationInput: calculationLine
      ? {
          ...detail.calculationInput,
          lines: detail.calculationInput.lines.map((row) => (row.id === line.id ? calculationLine : row)),
        }
      : detail.calculationInput,
  };
}
