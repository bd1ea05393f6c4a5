import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED_FILES,
  parseCatalogLinesFile,
  parseMunicipalitiesCsv,
  parseReferenceDataFile,
} from '../seed/index.ts';

const lines = JSON.parse(readFileSync(DEFAULT_SEED_FILES.catalogLines, 'utf8')) as { lines: Record<string, unknown>[] };
const reference = JSON.parse(readFileSync(DEFAULT_SEED_FILES.referenceData, 'utf8')) as Record<string, unknown>;

describe('seed file readers', () => {
  it('name the file and field of a bad catalog line', () => {
    const bad = structuredClone(lines);
    bad.lines[3]!.kind = 'eenmalig';
    expect(() => parseCatalogLinesFile(bad)).toThrow(
      /catalog-lines\.json: \$\.lines\[3\]\.kind must be one of incidental, structural, investment/,
    );
    const dup = structuredClone(lines);
    dup.lines[1]!.key = dup.lines[0]!.key;
    expect(() => parseCatalogLinesFile(dup)).toThrow(/\$\.lines\[1\]\.key .* is not unique/);
    const fraction = structuredClone(lines);
    fraction.lines[0]!.amountCents = 12.5;
    expect(() => parseCatalogLinesFile(fraction)).toThrow(/amountCents must be an integer/);
  });

  it('require assumption defaults to name a salary table and rate card in the file', () => {
    const bad = structuredClone(reference) as { assumptionDefaults: Record<string, unknown> };
    bad.assumptionDefaults.salaryTableId = 'onbekend';
    expect(() => parseReferenceDataFile(bad)).toThrow(/assumptionDefaults\.salaryTableId names no salary table/);
    const noElasticity = structuredClone(reference) as {
      assumptionDefaults: { defaultElasticity: Record<string, number> };
    };
    delete noElasticity.assumptionDefaults.defaultElasticity.employees;
    expect(() => parseReferenceDataFile(noElasticity)).toThrow(/defaultElasticity\.employees is missing/);
  });

  it('keep the sourced parts of a derived default, and refuse parts that do not add up to it', () => {
    const parsed = parseReferenceDataFile(structuredClone(reference));
    expect(parsed.assumptionSources.employerCostPct?.parts?.map((p) => [p.key, p.pct])).toEqual([
      ['ikb', 17.05],
      ['pension', 19.41],
      ['social', 19.44],
    ]);
    const bad = structuredClone(reference) as { assumptionSources: { employerCostPct: { parts: { pct: number }[] } } };
    bad.assumptionSources.employerCostPct.parts[0]!.pct = 10;
    expect(() => parseReferenceDataFile(bad)).toThrow(
      /assumptionSources\.employerCostPct\.parts must add up to the default \(55\.9\), not 48\.85/,
    );
    const noSource = structuredClone(reference) as {
      assumptionSources: { employerCostPct: { parts: { source?: string }[] } };
    };
    delete noSource.assumptionSources.employerCostPct.parts[1]!.source;
    expect(() => parseReferenceDataFile(noSource)).toThrow(
      /employerCostPct\.parts\[1\]\.source must be a non-empty string/,
    );
  });

  it('read quoted CSV fields and reject malformed rows', () => {
    const csv =
      'cbs_code,name,province,inhabitants,reference_date\nGM0820,"Nuenen, Gerwen en Nederwetten",Noord-Brabant,24467,2026-01-01\n';
    expect(parseMunicipalitiesCsv(csv)).toEqual([
      {
        cbsCode: 'GM0820',
        name: 'Nuenen, Gerwen en Nederwetten',
        province: 'Noord-Brabant',
        inhabitants: 24_467,
        referenceDate: '2026-01-01',
      },
    ]);
    expect(() => parseMunicipalitiesCsv(`${csv}GM1,X,Y,10,2026-01-01\n`)).toThrow(/line 3 has an invalid CBS code/);
    expect(() => parseMunicipalitiesCsv(`${csv}GM0001,X,Y,tien,2026-01-01\n`)).toThrow(
      /line 3 has an invalid inhabitant count/,
    );
  });

  it('read the committed municipality list: 342 rows, all dated 1 January 2026', () => {
    const rows = parseMunicipalitiesCsv(readFileSync(DEFAULT_SEED_FILES.municipalities, 'utf8'));
    expect(rows).toHaveLength(342);
    expect(new Set(rows.map((r) => r.cbsCode)).size).toBe(342);
    expect(rows.every((r) => r.referenceDate === '2026-01-01')).toBe(true);
  });
});
