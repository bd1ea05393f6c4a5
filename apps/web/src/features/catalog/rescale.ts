import { calculate, type Assumptions, type CalculationInput, type Profile } from '@app/engine';
import type { CatalogTree } from '../../api/types.ts';

/**
 * Model amount and rescaled amount per catalog line, both from the engine (staff, hire and licence
 * lines only have an amount after computing). An incomplete published line (the engine flags it and
 * counts € 0) and a line the engine rejects get null, so neither breaks the whole list.
 */
export interface LineAmounts {
  modelCents: number | null;
  ownCents: number | null;
}

function baseAmounts(
  catalog: CatalogTree,
  profile: Profile,
  assumptions: Assumptions,
  firstYear: number,
): Map<string, number | null> {
  const developments = catalog.domains.flatMap((d) =>
    d.developments.map((dev) => ({ id: dev.id, domainKey: d.key, title: dev.title, enabled: true, startYear: null })),
  );
  const lines = catalog.domains.flatMap((d) => d.developments.flatMap((dev) => dev.lines));
  const input: CalculationInput = {
    modelProfile: catalog.edition.modelProfile,
    profile,
    firstYear,
    horizonYears: 1,
    assumptions,
    developments,
    lines,
  };
  const out = new Map<string, number | null>();
  try {
    for (const line of calculate(input).lines) out.set(line.lineId, line.incomplete ? null : line.baseAmountCents);
    return out;
  } catch {
    // One bad line fails the whole input: fall back to computing line by line.
  }
  for (const line of lines) {
    try {
      const single = calculate({ ...input, lines: [line] }).lines[0];
      out.set(line.id, single && !single.incomplete ? single.baseAmountCents : null);
    } catch {
      out.set(line.id, null);
    }
  }
  return out;
}

export function rescaleCatalog(
  catalog: CatalogTree,
  profile: Profile | null,
  assumptions: Assumptions,
  firstYear: number,
): Map<string, LineAmounts> {
  const model = baseAmounts(catalog, catalog.edition.modelProfile, assumptions, firstYear);
  const own = profile ? baseAmounts(catalog, profile, assumptions, firstYear) : null;
  const result = new Map<string, LineAmounts>();
  for (const [id, modelCents] of model) result.set(id, { modelCents, ownCents: own ? (own.get(id) ?? null) : null });
  return result;
}
