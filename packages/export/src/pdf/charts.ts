/** Small SVG charts for the PDF (pdfmake renders SVG as vectors; no browser needed). */
import { axisEuroLabel, niceAxis } from '@app/schemas';

export interface BarSeries {
  label: string;
  color: string;
  /** One value per category (euros). */
  values: number[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function shortEuro(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `€ ${(value / 1_000_000).toFixed(1).replace('.', ',')} mln`;
  if (abs >= 1_000) return `€ ${Math.round(value / 1_000)}k`;
  return `€ ${Math.round(value)}`;
}

/**
 * Stacked vertical bars (one per category, e.g. per year), with a y-axis in euros and a legend.
 * Negative values are drawn as zero height (budgets are costs).
 */
export function stackedBarChartSvg(categories: string[], series: BarSeries[], width = 515, height = 230): string {
  const left = 62;
  const right = 10;
  const top = 12;
  const bottom = 48;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const sums = categories.map((_, i) => series.reduce((s, se) => s + Math.max(0, se.values[i] ?? 0), 0));
  // Round steps (1, 2 or 5 × 10^n) and labels with one unit and precision (shared with the web charts).
  const axis = niceAxis(Math.max(...sums, 0));
  const max = axis.max;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (const v of axis.ticks) {
    parts.push(
      `<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${width - right}" y2="${y(v).toFixed(1)}" stroke="#D0D0D0" stroke-width="0.5"/>`,
    );
    parts.push(
      `<text x="${left - 4}" y="${(y(v) + 3).toFixed(1)}" font-size="7" text-anchor="end" fill="#404040">${escapeXml(axisEuroLabel(v, axis))}</text>`,
    );
  }
  const slot = plotW / Math.max(1, categories.length);
  const barW = Math.min(60, slot * 0.6);
  categories.forEach((cat, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    let acc = 0;
    for (const se of series) {
      const v = Math.max(0, se.values[i] ?? 0);
      if (v > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(acc + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(acc) - y(acc + v)).toFixed(1)}" fill="${se.color}"/>`,
        );
      }
      acc += v;
    }
    parts.push(
      `<text x="${(x + barW / 2).toFixed(1)}" y="${(top + plotH + 12).toFixed(1)}" font-size="8" text-anchor="middle" fill="#202020">${escapeXml(cat)}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#404040" stroke-width="0.8"/>`,
  );
  let lx = left;
  for (const se of series) {
    parts.push(`<rect x="${lx}" y="${height - 14}" width="9" height="9" fill="${se.color}"/>`);
    parts.push(`<text x="${lx + 13}" y="${height - 6}" font-size="8" fill="#202020">${escapeXml(se.label)}</text>`);
    lx += 13 + se.label.length * 4.6 + 18;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

/** Horizontal bars (e.g. total per domain in the first year). */
export function horizontalBarChartSvg(items: { label: string; value: number }[], color: string, width = 515): string {
  const rowH = 18;
  const left = 170;
  const right = 70;
  const height = items.length * rowH + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const parts: string[] = [];
  items.forEach((item, i) => {
    const yTop = 4 + i * rowH;
    const w = (Math.max(0, item.value) / max) * (width - left - right);
    parts.push(
      `<text x="${left - 6}" y="${yTop + 11}" font-size="8" text-anchor="end" fill="#202020">${escapeXml(item.label)}</text>`,
    );
    parts.push(`<rect x="${left}" y="${yTop + 2}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${color}"/>`);
    parts.push(
      `<text x="${(left + w + 4).toFixed(1)}" y="${yTop + 11}" font-size="7" fill="#404040">${escapeXml(shortEuro(item.value))}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
