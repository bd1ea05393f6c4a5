import { describe, expect, it } from 'vitest';
import { calculate, exampleShare, plausibility } from '@app/engine';
import { makeInput, makeLine } from '@app/engine/testing';
import {
  benchmarkCitation,
  exampleMajorityText,
  formatBand,
  formatRatio,
  plausibilityWarning,
  sizeClassLabel,
} from './plausibility-text.ts';

describe('plausibility texts', () => {
  it('formats ratios, bands and size classes the Dutch way', () => {
    expect(formatRatio(7.3)).toBe('7,3×');
    expect(formatRatio(0.456)).toBe('0,46×');
    expect(formatBand(0.5, 2)).toBe('0,5×–2×');
    expect(formatBand(0.33, 3)).toBe('0,33×–3×');
    expect(sizeClassLabel({ minInhabitants: null, maxInhabitants: 60_000 })).toBe('gemeenten < 60.000 inwoners');
    expect(sizeClassLabel({ minInhabitants: 60_000, maxInhabitants: 100_000 })).toBe(
      'gemeenten 60.000–100.000 inwoners',
    );
    expect(sizeClassLabel({ minInhabitants: 100_000, maxInhabitants: null })).toBe('gemeenten met 100.000+ inwoners');
    expect(
      benchmarkCitation(
        {
          id: 'x',
          label: 'x',
          year: 2023,
          valueCents: 10_900,
          unit: 'per-inhabitant',
          source: 'M&I/Partners',
          sample: '43 gemeenten',
        },
        'per inwoner',
      ),
    ).toBe('€ 109 per inwoner (alle gemeenten, datajaar 2023; bron: M&I/Partners; steekproef: 43 gemeenten)');
  });

  it('names the driving line outside the band and says nothing inside it', () => {
    const lines = [
      makeLine({
        id: 's1',
        description: 'Vast contract',
        kind: 'structural',
        amountCents: 1_000_000,
        driver: 'fixed',
        indexation: 'none',
      }),
    ];
    const small = makeInput({ profile: { inhabitants: 10_000, employees: 100, departments: 4 }, lines });
    const p = plausibility(small);
    expect(plausibilityWarning(p.structural)).toBe(
      'De structurele kosten per inwoner in 2029 (€ 1) zijn 10,0× die van de Modelgemeente (€ 0,10); plausibel is 0,5×–2×. Vooral deze regel maakt het hoger: Vast contract (€ 1 per inwoner, model € 0,10).',
    );
    expect(plausibilityWarning(plausibility(makeInput({ lines })).structural)).toBeNull();
  });

  it('says plainly in which years example lines carry more than half', () => {
    const input = makeInput({
      lines: [
        makeLine({ provenance: 'example', amountCents: 7_000_000 }),
        makeLine({ provenance: 'published', amountCents: 3_000_000 }),
      ],
    });
    expect(exampleMajorityText(exampleShare(calculate(input)).majority)).toMatch(
      /^In 2026 \(70 %, € 70\.000 van € 100\.000\) komt meer dan de helft van het geld uit voorbeeldregels\./,
    );
    expect(exampleMajorityText([])).toBeNull();
  });
});
