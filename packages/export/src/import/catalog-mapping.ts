import type { CostBasis, CostPool, Driver, LineKind } from '@app/engine';
import {
  CATALOG_IMPORT_FIELD_LABELS as FIELD_LABELS,
  CATALOG_IMPORT_FIELDS,
  CATALOG_IMPORT_REQUIRED_FIELDS as REQUIRED_FIELDS,
  COST_POOL_LABELS,
  DRIVER_LABELS,
  KIND_LABELS,
  type CatalogColumnMapping,
  type CatalogImportField,
} from '@app/schemas';
import { codeFromLabel } from '../labels.ts';
import { cellNumber, type CellText, type UploadedTable } from './table.ts';

// Header words that suggest a field; checked in order, first unused match wins.
const HINTS: Record<CatalogImportField, RegExp> = {
  domain: /^(domein|domain)\b/i,
  development: /(ontwikkeling|development|thema|project)/i,
  description: /(omschrijving|beschrijving|description|regel|post)/i,
  kind: /(incidenteel|structureel|soort|kind|type)/i,
  amount: /(bedrag|amount|kosten|euro|€)/i,
  hoursPerWeek: /(uren|uur|hours)/i,
  salaryScale: /(schaal|scale)/i,
  units: /(aantal|eenheden|units|stuks)/i,
  unitPrice: /(prijs|tarief|price)/i,
  driver: /(schaalbasis|driver|verdeel|basis)/i,
  costPool: /(kostensoort|cost ?pool|categorie)/i,
};

/** A first guess at the mapping from the header texts; the user confirms or corrects it. */
export function suggestCatalogMapping(headers: string[]): CatalogColumnMapping {
  const mapping: CatalogColumnMapping = {};
  const used = new Set<string>();
  // Most specific first, so "Prijs per eenheid" is not taken by "eenheden" and "Kostensoort" not by "kosten".
  const order: CatalogImportField[] = [
    'domain',
    'development',
    'salaryScale',
    'hoursPerWeek',
    'unitPrice',
    'units',
    'costPool',
    'driver',
    'kind',
    'amount',
    'description',
  ];
  for (const field of order) {
    const header = headers.find((h) => !used.has(h) && HINTS[field].test(h));
    if (header) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** One catalog line read from the upload (LineInput fields without ids), with its place in the file. */
export interface ImportedCatalogLine {
  rowNumber: number;
  domain: string;
  development: string;
  description: string;
  kind: LineKind;
  costBasis: CostBasis;
  costPool: CostPool;
  driver: Driver;
  amountCents: number | null;
  hoursPerWeek: number | null;
  salaryScale: string | null;
  units: number | null;
  unitPriceCents: number | null;
}

export interface ImportRowError {
  rowNumber: number;
  field: CatalogImportField | 'row';
  message: string;
}

export interface CatalogImportResult {
  lines: ImportedCatalogLine[];
  errors: ImportRowError[];
}

const KIND_WORDS: Record<string, LineKind> = {
  i: 'incidental',
  inc: 'incidental',
  incidenteel: 'incidental',
  eenmalig: 'incidental',
  s: 'structural',
  str: 'structural',
  structureel: 'structural',
  jaarlijks: 'structural',
  investering: 'investment',
  investment: 'investment',
};

function kindOf(text: string): LineKind | undefined {
  return KIND_WORDS[text.trim().toLowerCase()] ?? codeFromLabel(KIND_LABELS, text);
}

const DEFAULT_POOL: Record<CostBasis, CostPool> = {
  amount: 'services',
  staff: 'personnel',
  hire: 'hire',
  licence: 'software',
};

/**
 * Maps the upload's rows to catalog lines and collects every problem per row and field, so the
 * user can fix the file in one go. Lines are only usable when `errors` is empty.
 * `knownScales` are the salary scales a staff line may name (from the current salary table).
 */
export function mapCatalogRows(
  table: UploadedTable,
  mapping: CatalogColumnMapping,
  knownScales: string[],
): CatalogImportResult {
  const errors: ImportRowError[] = [];
  const lines: ImportedCatalogLine[] = [];
  const index: Partial<Record<CatalogImportField, number>> = {};
  for (const field of CATALOG_IMPORT_FIELDS) {
    const header = mapping[field];
    if (header == null) continue;
    const i = table.headers.indexOf(header);
    if (i < 0) errors.push({ rowNumber: 0, field, message: `kolom "${header}" bestaat niet in het bestand` });
    else index[field] = i;
  }
  for (const field of REQUIRED_FIELDS) {
    if (mapping[field] == null)
      errors.push({ rowNumber: 0, field, message: `koppel een kolom aan ${FIELD_LABELS[field]}` });
  }
  if (
    index.amount == null &&
    (index.hoursPerWeek == null || index.salaryScale == null) &&
    (index.units == null || index.unitPrice == null)
  ) {
    errors.push({
      rowNumber: 0,
      field: 'amount',
      message: 'koppel een bedrag, of uren per week + schaal, of aantal + prijs per eenheid',
    });
  }
  if (errors.length) return { lines, errors };

  const scales = new Set(knownScales);
  for (const { rowNumber, cells } of table.rows) {
    const rowErrors: ImportRowError[] = [];
    const cell = (f: CatalogImportField): CellText => (index[f] == null ? null : (cells[index[f]!] ?? null));
    const text = (f: CatalogImportField): string | null => {
      const v = cell(f);
      return v == null ? null : String(v).trim() || null;
    };
    const number = (f: CatalogImportField, min = 0): number | null => {
      const raw = cell(f);
      const n = cellNumber(raw);
      if (n == null) return null;
      if (Number.isNaN(n)) rowErrors.push({ rowNumber, field: f, message: `"${String(raw)}" is geen getal` });
      else if (n < min) rowErrors.push({ rowNumber, field: f, message: `moet ${min} of meer zijn` });
      else return n;
      return null;
    };
    const required = (f: CatalogImportField): string => {
      const v = text(f);
      if (v == null) rowErrors.push({ rowNumber, field: f, message: 'is leeg' });
      return v ?? '';
    };

    const domain = required('domain');
    const development = required('development');
    const description = required('description');
    const kindText = required('kind');
    const kind = kindText ? kindOf(kindText) : undefined;
    if (kindText && !kind)
      rowErrors.push({
        rowNumber,
        field: 'kind',
        message: `"${kindText}" is niet incidenteel, structureel of investering`,
      });

    const amount = number('amount');
    const hours = number('hoursPerWeek');
    const scaleText = text('salaryScale')?.replace(/^schaal\s*/i, '') ?? null;
    const units = number('units');
    const unitPrice = number('unitPrice');
    let costBasis: CostBasis | null = null;
    if (hours != null || scaleText != null) {
      costBasis = 'staff';
      if (hours == null)
        rowErrors.push({ rowNumber, field: 'hoursPerWeek', message: 'is leeg (nodig bij een schaal)' });
      if (scaleText == null)
        rowErrors.push({ rowNumber, field: 'salaryScale', message: 'is leeg (nodig bij uren per week)' });
      else if (!scales.has(scaleText))
        rowErrors.push({
          rowNumber,
          field: 'salaryScale',
          message: `schaal "${scaleText}" staat niet in de salaristabel`,
        });
    } else if (units != null || unitPrice != null) {
      costBasis = 'licence';
      if (units == null)
        rowErrors.push({ rowNumber, field: 'units', message: 'is leeg (nodig bij een prijs per eenheid)' });
      if (unitPrice == null)
        rowErrors.push({ rowNumber, field: 'unitPrice', message: 'is leeg (nodig bij een aantal)' });
    } else if (amount != null) {
      costBasis = 'amount';
    } else if (!rowErrors.some((e) => ['amount', 'hoursPerWeek', 'units', 'unitPrice'].includes(e.field))) {
      rowErrors.push({ rowNumber, field: 'amount', message: 'geen bedrag, geen uren + schaal en geen aantal + prijs' });
    }

    let driver: Driver = 'inhabitants';
    const driverText = text('driver');
    if (driverText) {
      const d = codeFromLabel(DRIVER_LABELS, driverText);
      if (d) driver = d;
      else
        rowErrors.push({
          rowNumber,
          field: 'driver',
          message: `"${driverText}" is geen inwoners, medewerkers, afdelingen of vast`,
        });
    }
    let costPool: CostPool | null = null;
    const poolText = text('costPool');
    if (poolText) {
      costPool = codeFromLabel(COST_POOL_LABELS, poolText) ?? null;
      if (!costPool)
        rowErrors.push({ rowNumber, field: 'costPool', message: `"${poolText}" is geen bekende kostensoort` });
    }

    if (rowErrors.length || !kind || !costBasis) {
      errors.push(...rowErrors);
      continue;
    }
    lines.push({
      rowNumber,
      domain,
      development,
      description,
      kind,
      costBasis,
      costPool: costPool ?? DEFAULT_POOL[costBasis],
      driver,
      amountCents: costBasis === 'amount' && amount != null ? Math.round(amount * 100) : null,
      hoursPerWeek: costBasis === 'staff' ? hours : null,
      salaryScale: costBasis === 'staff' ? scaleText : null,
      units: costBasis === 'licence' ? units : null,
      unitPriceCents: costBasis === 'licence' && unitPrice != null ? Math.round(unitPrice * 100) : null,
    });
  }
  if (table.rows.length === 0)
    errors.push({ rowNumber: 0, field: 'row', message: 'het bestand bevat geen regels onder de kopregel' });
  return { lines, errors };
}
