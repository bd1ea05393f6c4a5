// Response shapes of the import routes (apps/api/src/routes/exports/*-imports.ts); they live beside
// those routes until packages/schemas adopts them.

export interface ValueChange {
  field: string;
  from: number | null;
  to: number;
}

export interface BudgetImportPreview {
  id: string;
  fileName: string;
  hasChanges: boolean;
  profile: ValueChange[];
  assumptions: ValueChange[];
  lines: { lineId: string; description: string; fields: (ValueChange & { cell: string })[] }[];
  warnings: { cell: string; message: string }[];
  totals: { before: Record<string, number>; after: Record<string, number> };
}

export interface CatalogImportPreview {
  id: string;
  fileName: string;
  sheet: string | null;
  rowCount: number;
  columns: { header: string; samples: (string | number)[] }[];
  fields: { field: string; label: string; required: boolean }[];
  suggestedMapping: Record<string, string>;
}

export interface CatalogImportResult {
  edition: { id: string; name: string; status: string };
  counts: { domains: number; developments: number; lines: number };
}
