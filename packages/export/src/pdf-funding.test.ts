import { describe, expect, test } from 'vitest';
import { calculate } from '@app/engine';
import { buildBudgetPdf } from './pdf/render.ts';
import { eurosOnLine, hasPdftotext, pdfToText } from './testing/poppler.ts';
import { shouldSkipTool } from './testing/libreoffice.ts';
import { fundingOverviewFor, sampleFundingInputs } from './testing/funding.ts';
import { DE_BILT, sampleInput, sampleMeta } from './testing/sample.ts';

const skip = shouldSkipTool(hasPdftotext());

function amountsAfter(lines: string[], label: string, count: number): number[] {
  const line = lines.find((l) => l.trim().startsWith(label) && eurosOnLine(l).length === count);
  if (!line) throw new Error(`no line "${label}" with ${count} amounts in the PDF text`);
  return eurosOnLine(line);
}

describe.skipIf(skip)('PDF: Dekking section', () => {
  test('shows gross / funded / net, the structural balance, the incidental totals and the warnings as the API computes them', async () => {
    const input = sampleInput(DE_BILT);
    const result = calculate(input);
    const funding = fundingOverviewFor(input, result, sampleFundingInputs(input.firstYear));
    const meta = sampleMeta(input, 'De Bilt');
    const text = await pdfToText(await buildBudgetPdf({ input, result, meta, funding }));
    const lines = text.split('\n');
    const years = funding.years;
    const row = (rec: Record<number, number>) => [...years.map((y) => rec[y]!), years.reduce((s, y) => s + rec[y]!, 0)];
    expect(amountsAfter(lines, 'Bruto kosten', years.length + 1)).toEqual(row(funding.total.gross));
    expect(amountsAfter(lines, 'Netto', years.length + 1)).toEqual(row(funding.total.net));
    expect(amountsAfter(lines, 'Structurele dekking', years.length + 1)).toEqual(
      row(funding.structuralBalance.funding),
    );
    expect(amountsAfter(lines, 'Totaal incidentele lasten', years.length + 1)).toEqual(
      row(funding.incidental.totalLasten),
    );
    expect(amountsAfter(lines, 'Totaal incidentele baten', years.length + 1)).toEqual(
      row(funding.incidental.totalBaten),
    );
    expect(funding.warnings.length).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, ' ');
    for (const w of funding.warnings) expect(flat).toContain(w.message.slice(0, 40));
    expect(flat).toContain('Woo-compensatie');
  });

  test('shows the kapitaallasten from a bestemmingsreserve and the kapitaallasten settings as the API computes them', async () => {
    const base = sampleInput();
    const input = {
      ...base,
      assumptions: { ...base.assumptions, externalFinancingPct: 40, depreciationYearsByAssetClass: { hardware: 3 } },
    };
    const result = calculate(input);
    const funding = fundingOverviewFor(
      input,
      result,
      sampleFundingInputs(input.firstYear),
      { maxYears: 3, thresholdCents: null },
      { capitalFromReserve: true },
    );
    const text = await pdfToText(await buildBudgetPdf({ input, result, meta: sampleMeta(input), funding }));
    const lines = text.split('\n');
    const years = funding.years;
    const row = (rec: Record<number, number>) => [...years.map((y) => rec[y]!), years.reduce((s, y) => s + rec[y]!, 0)];
    expect(funding.capitalReserve!.total).toBeGreaterThan(0);
    expect(amountsAfter(lines, 'Totaal uit de bestemmingsreserve', years.length + 1)).toEqual(
      row(funding.capitalReserve!.amounts),
    );
    expect(amountsAfter(lines, 'Dekking', years.length + 1)).toEqual(row(funding.total.funded));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('hardware 3 jaar');
    expect(flat).toContain('uit: rente over 40 % (vreemd vermogen)');
  });
});
