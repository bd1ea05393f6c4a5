import { describe, expect, test } from 'vitest';
import { calculate, exampleShare, plausibility, totalsByProvenance, type CalculationInput } from '@app/engine';
import { makeInput, makeLine } from '@app/engine/testing';
import { buildBudgetPdf } from './pdf/render.ts';
import { eurosOnLine, hasPdftotext, pdfToText, renderPages } from './testing/poppler.ts';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shouldSkipTool } from './testing/libreoffice.ts';
import { DE_BILT, UTRECHT, sampleInput, sampleMeta, seedInput } from './testing/sample.ts';
import type { ExportMeta } from './meta.ts';
import { CATEGORY_LABELS, PROVENANCE_LABELS, formatRatio } from '@app/schemas';
import { formatEuroExact } from './format.ts';

const skip = shouldSkipTool(hasPdftotext());

/** The first text line that starts with `label` (after indentation) and carries one amount per year. */
function amountsAfter(lines: string[], label: string, years: number): number[] {
  const line = lines.find((l) => l.trim().startsWith(label) && eurosOnLine(l).length === years);
  if (!line) throw new Error(`no line "${label}" with ${years} amounts in the PDF text`);
  return eurosOnLine(line);
}

async function check(input: CalculationInput, meta: ExportMeta) {
  const result = calculate(input);
  const pdf = await buildBudgetPdf({ input, result, meta });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = await pdfToText(pdf);
  const lines = text.split('\n');
  const years = result.years;
  const y = (rec: Record<number, number>) => years.map((yr) => rec[yr]);
  expect(amountsAfter(lines, 'Totaal exploitatie', years.length)).toEqual(y(result.totals.total));
  for (const cat of ['incidental', 'structural', 'capital'] as const) {
    expect(amountsAfter(lines, CATEGORY_LABELS[cat], years.length)).toEqual(y(result.totals[cat]));
  }
  expect(amountsAfter(lines, 'Investeringen (buiten het totaal)', years.length)).toEqual(y(result.totals.investment));
  let domainsChecked = 0;
  for (const [key, totals] of Object.entries(result.byDomain)) {
    if (!result.rows.some((r) => r.domainKey === key)) continue;
    expect(amountsAfter(lines, `Totaal ${meta.domainNames[key] ?? key}`, years.length)).toEqual(y(totals.total));
    domainsChecked++;
  }
  // The provenance split: one row per provenance with money, adding up to the totals.
  const split = totalsByProvenance(result);
  for (const [p, t] of Object.entries(split)) {
    if (!years.some((yr) => t.total[yr] !== 0)) continue;
    expect(amountsAfter(lines, PROVENANCE_LABELS[p as keyof typeof PROVENANCE_LABELS], years.length)).toEqual(
      y(t.total),
    );
  }
  // Plausibility: own and model cost per inhabitant, the ratio, and the benchmark with its source.
  const p = plausibility(input, result);
  const structLine = lines.find((l) => l.trim().startsWith(`Structureel ${p.structural.year}`));
  expect(structLine, 'plausibility row').toBeDefined();
  expect(structLine).toContain(formatEuroExact(p.structural.own.perInhabitantCents));
  expect(structLine).toContain(formatEuroExact(p.structural.model.perInhabitantCents));
  if (p.structural.ratio !== null) expect(structLine).toContain(formatRatio(p.structural.ratio));
  expect(text).toContain('niet de volledige ICT-exploitatie');
  if (meta.benchmarks?.length)
    expect(text).toMatch(/Benchmark: € 109 per inwoner \(alle gemeenten, datajaar 2023; bron: M&I\/Partners/);
  const pages = Number(/Pagina 1 van (\d+)/.exec(text)?.[1]);
  expect(pages).toBeGreaterThan(3);
  expect(text).toContain(`Pagina ${pages} van ${pages}`);
  expect(text).toContain(meta.municipalityName);
  return { pages, domainsChecked, bytes: pdf.length, total: y(result.totals.total) };
}

describe.skipIf(skip)('buildBudgetPdf: the totals printed equal the engine', () => {
  test('sample budget, De Bilt', async () => {
    const input = sampleInput(DE_BILT);
    const meta = sampleMeta(input, 'De Bilt');
    const r = await check(input, meta);
    const text = await pdfToText(await buildBudgetPdf({ input, result: calculate(input), meta }));
    expect(text).toContain('minder dan evenredig'); // override justification
    expect(text).toContain('Uitgangspunten');
    console.info('[pdf] sample De Bilt', r);
  });

  test('override notes name coded values in Dutch ("Schaalbasis: Afdelingen", not "departments / fixed")', async () => {
    const base = sampleInput(DE_BILT);
    const input = {
      ...base,
      lines: base.lines.map((l) => (l.id === 'l-fb' ? { ...l, driver: 'fixed' as const, ownQuantity: true } : l)),
    };
    const meta = sampleMeta(input, 'De Bilt');
    meta.overrides.push({
      lineId: 'l-fb',
      description: 'Functioneel beheer werkplek',
      fields: ['driver', 'ownQuantity'],
      modelValues: { driver: 'departments', ownQuantity: null },
      justification: 'Eén vaste functioneel beheerder.',
    });
    const text = await pdfToText(await buildBudgetPdf({ input, result: calculate(input), meta }));
    expect(text).toContain('Schaalbasis: Afdelingen');
    expect(text).toContain('Schaalbasis: Vast');
    expect(text).toContain('Eigen waarde (niet');
    expect(text).toContain('geschaald): ja');
    expect(text).not.toMatch(/\bdepartments\b|\bfixed\b/);
  });

  test('renders to A4 pages with content (PNG via pdftoppm, kept to look at)', async () => {
    const input = sampleInput(DE_BILT);
    const pdf = await buildBudgetPdf({ input, result: calculate(input), meta: sampleMeta(input, 'De Bilt') });
    const pngDir = process.env.PDF_PNG_DIR ?? mkdtempSync(join(tmpdir(), 'pdf-pages-'));
    mkdirSync(pngDir, { recursive: true });
    const pages = await renderPages(pdf, { first: 1, last: 3, dpi: 50, pngDir });
    for (const page of pages) {
      // A4 is 210 × 297 mm: at 50 dpi pdftoppm makes ⌈413,4⌉ × ⌈584,6⌉ = 414 × 585 pixels, portrait or landscape.
      expect([Math.min(page.width, page.height), Math.max(page.width, page.height)]).toEqual([414, 585]);
      // Not blank and not a black box: text and tables cover a modest share of the page.
      expect(page.inkShare).toBeGreaterThan(0.005);
      expect(page.inkShare).toBeLessThan(0.5);
    }
    console.info(`[pdf] pages 1–3 rendered to ${pngDir}`, pages);
  });

  test('says on the cover when example lines carry more than half, and names the lines that drive an implausible cost', async () => {
    // 2.000 inhabitants: a fixed € 30.000 contract is € 15 per inhabitant, 50× the model's € 0,30.
    const input = makeInput({
      firstYear: 2027,
      profile: { inhabitants: 2_000, employees: 20, departments: 2 },
      lines: [
        makeLine({
          id: 'vast',
          description: 'Vast contract telefonie',
          kind: 'structural',
          amountCents: 3_000_000,
          driver: 'fixed',
          indexation: 'none',
          provenance: 'example',
        }),
        makeLine({
          id: 'pub',
          description: 'Gepubliceerde regel',
          kind: 'structural',
          amountCents: 1_000_000,
          driver: 'inhabitants',
          indexation: 'none',
          provenance: 'published',
        }),
      ],
    });
    const result = calculate(input);
    expect(exampleShare(result).majority.length).toBe(4);
    const meta = { ...sampleMeta(input, 'Eilandgemeente') };
    const pdf = await buildBudgetPdf({ input, result, meta });
    const text = await pdfToText(pdf);
    const cover = text.split('\f')[0]!;
    expect(cover.replace(/\s+/g, ' ')).toContain('Let op: In 2027 (');
    expect(cover.replace(/\s+/g, ' ')).toContain('meer dan de helft van het geld uit voorbeeldregels');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('De structurele kosten per inwoner in 2030 (€ 15,10) zijn');
    expect(flat).toContain(
      'Vooral deze regel maakt het hoger: Vast contract telefonie (€ 15 per inwoner, model € 0,30)',
    );
    const pngDir = process.env.PDF_PNG_DIR ?? mkdtempSync(join(tmpdir(), 'pdf-pages-'));
    const pages = await renderPages(pdf, { first: 1, last: 2, dpi: 60, pngDir });
    expect(pages.length).toBe(2);
  });

  const seed = seedInput();
  test.skipIf(seed == null).each([
    ['Modelgemeente', undefined],
    ['Utrecht', UTRECHT],
  ] as const)('real seed lines, %s', async (name, profile) => {
    const s = seedInput(profile)!;
    const r = await check(s.input, { ...s.meta, municipalityName: name });
    console.info(`[pdf] seed ${name}`, r);
  });
});
