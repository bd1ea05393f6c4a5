import { eq } from 'drizzle-orm';
import { benchmarks, rateCards, salaryTables, type Tx } from '@app/db';
import type { SalaryTableCreate } from '@app/schemas';
import { AppError, invalidField } from '../../errors.ts';
import { firstFreeKey, slugId } from '../ids.ts';

// What creating a salary table, a rate card or a benchmark shares: its id, and for the versioned
// two the columns they have in common and the check that the catalog's needs are covered.

/**
 * The requested id (taken → 409 naming `body.id`) or the first free one derived from the label.
 */
export async function pickReferenceId(
  tx: Tx,
  table: typeof salaryTables | typeof rateCards | typeof benchmarks,
  requested: string | undefined,
  label: string,
): Promise<string> {
  // The three tables share a text id; drizzle cannot read a union of tables, so it sees one of them.
  const t = table as typeof benchmarks;
  const exists = async (id: string) => (await tx.select({ id: t.id }).from(t).where(eq(t.id, id)).limit(1)).length > 0;
  if (requested) {
    if (await exists(requested))
      throw new AppError('CONFLICT', `De id "${requested}" is al in gebruik.`, {
        fields: [{ path: 'body.id', message: 'is al in gebruik' }],
      });
    return requested;
  }
  return firstFreeKey(slugId(label), exists);
}

/** A salary table's or rate card's columns besides its figures. */
export function versionedColumns(id: string, body: Omit<SalaryTableCreate, 'scales'>) {
  return {
    id,
    label: body.label,
    validFrom: body.validFrom,
    source: body.source,
    sourceUrl: body.sourceUrl ?? null,
    estimate: body.estimate,
    note: body.note ?? null,
  };
}

/** 400 naming `path` when the new figures leave out keys (scales, roles) the catalog uses. */
export function assertCovers(needed: Set<string>, has: (key: string) => boolean, path: string, what: string): void {
  const missing = [...needed].filter((key) => !has(key)).sort();
  if (missing.length > 0) throw invalidField(path, `mist ${what} die de catalogus gebruikt: ${missing.join(', ')}`);
}
