import { describe, expect, it } from 'vitest';
import { staffRatioFor, suggestProfile, type StaffRatio } from './profile.ts';

const model = { inhabitants: 100_000, employees: 1_000, departments: 40 };
const ratio = (id: string, minInhabitants: number, maxInhabitants: number | null, ftePer1000: number): StaffRatio => ({
  id,
  label: id,
  minInhabitants,
  maxInhabitants,
  ftePer1000,
  year: 2024,
  source: 'bron',
  sourceUrl: null,
  estimate: false,
  note: null,
});
const ratios = [ratio('klein', 0, 50_000, 7), ratio('midden', 50_000, 350_000, 7.7), ratio('g4', 350_000, null, 15)];

describe('suggested profile', () => {
  it('finds the size class: min inclusive, max exclusive, the last class open-ended', () => {
    expect(staffRatioFor(49_999, ratios)?.id).toBe('klein');
    expect(staffRatioFor(50_000, ratios)?.id).toBe('midden');
    expect(staffRatioFor(2_000_000, ratios)?.id).toBe('g4');
    expect(staffRatioFor(10, [])).toBeUndefined();
  });

  it('suggests employees from the size class ratio and departments at the model span of control (25 per department)', () => {
    // 43.673 × 7 / 1.000 = 305,71 → 306; 306 × 40 / 1.000 = 12,24 → 12
    expect(suggestProfile(43_673, model, ratios)).toEqual({ inhabitants: 43_673, employees: 306, departments: 12 });
    // 100.000 × 7,7 / 1.000 = 770; 770 / 25 = 30,8 → 31
    expect(suggestProfile(100_000, model, ratios)).toEqual({ inhabitants: 100_000, employees: 770, departments: 31 });
    // 942.504 × 15 / 1.000 = 14.137,56 → 14.138; / 25 = 565,52 → 566
    expect(suggestProfile(942_504, model, ratios)).toEqual({
      inhabitants: 942_504,
      employees: 14_138,
      departments: 566,
    });
    // at least one employee and one department
    expect(suggestProfile(20, model, ratios)).toEqual({ inhabitants: 20, employees: 1, departments: 1 });
  });

  it('falls back to the model ratio without reference data', () => {
    expect(suggestProfile(43_673, model, [])).toEqual({ inhabitants: 43_673, employees: 437, departments: 17 });
    expect(suggestProfile(100_000, model, [])).toEqual(model);
  });
});
