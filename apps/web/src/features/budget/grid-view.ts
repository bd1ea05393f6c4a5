import type { GridDomain } from './row-model.ts';

/** Lower case without accents, so "Sudwest" finds "Súdwest" and "coordinator" finds "Coördinator". */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Developments (and lines) matching a filter text: a development whose title matches keeps all its
 * lines; otherwise only its lines whose description matches. Domains without matches drop out.
 * The domain totals stay the engine's totals of the whole domain (a filter changes the view only).
 */
export function filterDomains(domains: GridDomain[], query: string): GridDomain[] {
  const q = fold(query.trim());
  if (!q) return domains;
  const out: GridDomain[] = [];
  for (const domain of domains) {
    const developments = domain.developments.flatMap((dev) => {
      if (fold(dev.title).includes(q)) return [dev];
      const lines = dev.lines.filter((l) => fold(l.effective.description).includes(q));
      return lines.length > 0 ? [{ ...dev, lines }] : [];
    });
    if (developments.length > 0) out.push({ ...domain, developments });
  }
  return out;
}

export const lineCount = (domains: GridDomain[]) =>
  domains.reduce((n, d) => n + d.developments.reduce((m, dev) => m + dev.lines.length, 0), 0);
