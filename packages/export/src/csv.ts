import type { BudgetExportInput } from './meta.ts';
import { FLAT_HEADERS, buildFlatRows, flatRowCells } from './flat-rows.ts';

const BOM = '\uFEFF';

/** Dutch decimal comma, no thousands separator (so spreadsheets parse it as a number). */
function csvNumber(value: number): string {
  // Up to 6 decimals is plenty for quantities and elasticities; drop trailing zeros.
  const text = Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return csvNumber(value);
  return /[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The flat line table as CSV the way Dutch Excel opens it by double-click: UTF-8 with BOM, `;`
 * separator, decimal comma, CRLF line ends. Year amounts in whole euros.
 */
export function buildLinesCsv({ input, result, meta }: BudgetExportInput): string {
  const years = result.years;
  const lines: string[] = [[...FLAT_HEADERS, ...years.map(String)].map(csvField).join(';')];
  for (const f of buildFlatRows(input, result, meta)) {
    const amounts = years.map((y) => (f.row.amounts[y] ?? 0) / 100);
    lines.push([...flatRowCells(f), ...amounts].map(csvField).join(';'));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
