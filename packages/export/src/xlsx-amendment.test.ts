import { describe, expect, test } from 'vitest';
import { budgetAmendment, calculate } from '@app/engine';
import { makeLine } from '@app/engine/testing';
import type { AmendmentResponse } from '@app/schemas';
import { AMENDMENT_SHEET, createAmendmentWorkbook } from './xlsx/amendment-workbook.ts';
import { buildAmendmentPdf } from './pdf/render.ts';
import { findSoffice, recalculateWithLibreOffice, shouldSkipTool } from './testing/libreoffice.ts';
import { hasPdftotext, pdfToText } from './testing/poppler.ts';
import { DE_BILT, sampleInput } from './testing/sample.ts';

const skipLibreOffice = shouldSkipTool(findSoffice() != null);

function sample(minPct: number | null): AmendmentResponse {
  const adoptedInput = sampleInput(DE_BILT);
  const currentInput = {
    ...adoptedInput,
    lines: [
      ...adoptedInput.lines.filter((l) => l.id !== 'l-regie'),
      makeLine({
        id: 'l-extra',
        developmentId: 'dev-saas',
        kind: 'structural',
        amountCents: 4_000_000,
        indexation: 'none',
      }),
    ],
  };
  const bookings = (ids: string[]) =>
    new Map(
      ids.map((id) => [
        id,
        {
          domainKey: currentInput.developments.find(
            (d) => d.id === [...adoptedInput.lines, ...currentInput.lines].find((l) => l.id === id)!.developmentId,
          )!.domainKey,
          taakveld: id === 'l-extra' ? '0.4' : id.startsWith('l-saas') ? '0.4' : '6.1',
        },
      ]),
    );
  const a = budgetAmendment(
    { result: calculate(currentInput), bookings: bookings(currentInput.lines.map((l) => l.id)) },
    { result: calculate(adoptedInput), bookings: bookings(adoptedInput.lines.map((l) => l.id)) },
    { minAmountCents: 2_500_000, minPct },
  );
  return {
    budgetId: 'b',
    budgetName: 'Versie 2',
    adoptedBudget: { id: 'a', name: 'Versie 1' },
    years: a.years,
    threshold: { minAmountCents: a.threshold.minAmountCents, minPct: a.threshold.minPct ?? null },
    rows: a.rows.map((r) => ({ ...r, domainName: r.domainKey })),
    total: a.total,
  };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

describe('begrotingswijziging exports', () => {
  test.skipIf(skipLibreOffice)(
    'LibreOffice recalculates the differences and the flags as the API gives them',
    async () => {
      for (const minPct of [null, 50]) {
        const data = sample(minPct);
        expect(data.rows.some((r) => Object.values(r.reportable).some(Boolean))).toBe(true);
        const { workbook, figures } = createAmendmentWorkbook(data, {
          municipalityName: 'De Bilt',
          generatedAt: '2026-12-03T12:00:00Z',
        });
        const sheets = await recalculateWithLibreOffice(Buffer.from(await workbook.xlsx.writeBuffer()));
        const rows = sheets[AMENDMENT_SHEET]!;
        const wrong = figures.filter((f) => {
          const got = rows[f.row - 1]?.[columnIndex(f.column)] ?? '';
          return typeof f.expected === 'number' ? Number(got) !== f.expected / 100 || got === '' : got !== f.expected;
        });
        expect(wrong).toEqual([]);
      }
    },
  );

  test.skipIf(shouldSkipTool(hasPdftotext()))('the PDF lists every group with its change and the total', async () => {
    const data = sample(null);
    const text = (
      await pdfToText(
        await buildAmendmentPdf(data, { municipalityName: 'De Bilt', generatedAt: '2026-12-03T12:00:00Z' }),
      )
    ).replace(/\s+/g, ' ');
    expect(text).toContain('Begrotingswijziging De Bilt');
    expect(text).toContain('Totale wijziging');
    expect(text).toContain('* = te melden');
    const first = data.years[0]!;
    const total = data.total.difference[first]!;
    expect(text).toContain(
      `${total > 0 ? '+' : total < 0 ? '−' : ''}€ ${new Intl.NumberFormat('nl-NL').format(Math.abs(total) / 100)}`,
    );
    // The removed line is a negative change: written with the minus sign, as on screen.
    expect(data.rows.some((r) => Object.values(r.difference).some((v) => v <= -50))).toBe(true);
    expect(text).toMatch(/−€ \d/);
    expect(text).not.toMatch(/€ -\d/);
  });
});
