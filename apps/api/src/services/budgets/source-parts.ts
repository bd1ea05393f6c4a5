import type { AssumptionSource } from '@app/db';
import type { AssumptionSourcePart } from '@app/schemas';

/**
 * The sourced parts of a derived default (e.g. the employer-cost percentage), in the API's shape,
 * as a spread: `{ parts }` when the stored source has any, else nothing.
 */
export function partsOf(source: AssumptionSource): { parts?: AssumptionSourcePart[] } {
  if (!source.parts || source.parts.length === 0) return {};
  return {
    parts: source.parts.map((p) => ({
      key: p.key,
      label: p.label,
      pct: p.pct,
      source: p.source,
      sourceUrl: p.sourceUrl ?? null,
      date: p.date ?? null,
      note: p.note ?? null,
      estimate: p.estimate ?? false,
    })),
  };
}
