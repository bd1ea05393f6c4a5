import type { FieldError } from '@app/schemas';

export interface RowError {
  /** Row number in the uploaded file (header = row 1); 0 for a problem with the mapping itself. */
  row: number;
  field: string;
  message: string;
}

/** `rows.12.salaryScale` → row 12, field salaryScale; `body.mapping.amount` → row 0. Others keep their path. */
export function rowErrors(fields: FieldError[]): RowError[] {
  return fields.map((f) => {
    const row = /^rows\.(\d+)\.(.+)$/.exec(f.path);
    if (row) return { row: Number(row[1]), field: row[2]!, message: f.message };
    const mapping = /^body\.mapping\.(.+)$/.exec(f.path);
    if (mapping) return { row: 0, field: mapping[1]!, message: f.message };
    return { row: 0, field: f.path.replace(/^body\./, ''), message: f.message };
  });
}
