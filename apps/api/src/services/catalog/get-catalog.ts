import type { Catalog, CatalogQuery, CatalogDomain, CatalogDevelopment } from '@app/schemas';
import type { PublicScope } from '../request-scope.ts';
import { notFound } from '../../errors.ts';
import { seesDraftEditions, toCatalogEdition, toCatalogLine } from './catalog-mappers.ts';

const normalise = (text: string) =>
  text
    .toLocaleLowerCase('nl-NL')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The catalog tree of one edition, filtered. Line filters (kind, costPool, provenance, examples)
 * drop lines, and with them developments left without lines; `q` matches a development (title,
 * summary, tags: all its lines stay) or single lines (description, basis: only those stay).
 */
export async function getCatalog(scope: PublicScope, editionId: string, query: CatalogQuery): Promise<Catalog> {
  const { db, cache } = scope;
  const data = await cache.edition(db, await cache.resolveEditionId(db, editionId));
  if (data.edition.status === 'draft' && !seesDraftEditions(scope)) throw notFound(`Catalogus-editie ${editionId}`);
  const needle = query.q ? normalise(query.q) : '';
  const lineFilterActive = Boolean(query.kind || query.costPool || query.provenance);
  const anyFilter = lineFilterActive || Boolean(needle) || Boolean(query.domain);

  const linesByDevelopment = new Map<string, CatalogDevelopment['lines']>();
  for (const row of data.lines) {
    if (row.retired) continue;
    if (!query.includeExamples && row.provenance === 'example') continue;
    if (query.kind && row.kind !== query.kind) continue;
    if (query.costPool && row.costPool !== query.costPool) continue;
    if (query.provenance && row.provenance !== query.provenance) continue;
    const input = data.lineInputs.get(row.id);
    if (!input) continue;
    const list = linesByDevelopment.get(row.developmentId) ?? [];
    list.push(toCatalogLine(row, input));
    linesByDevelopment.set(row.developmentId, list);
  }

  const domains: CatalogDomain[] = [];
  for (const domain of data.domains) {
    if (query.domain && domain.key !== query.domain) continue;
    const developments: CatalogDevelopment[] = [];
    for (const development of data.developments) {
      if (development.domainId !== domain.id) continue;
      let lines = linesByDevelopment.get(development.id) ?? [];
      if (needle) {
        const developmentMatches = [development.title, development.summary ?? '', ...development.tags].some((text) =>
          normalise(text).includes(needle),
        );
        if (!developmentMatches) {
          lines = lines.filter((line) => normalise(`${line.description} ${line.basis ?? ''}`).includes(needle));
          if (lines.length === 0) continue;
        }
      }
      if (lineFilterActive && lines.length === 0) continue;
      developments.push({
        id: development.id,
        key: development.key,
        title: development.title,
        summary: development.summary,
        sourceUrl: development.sourceUrl,
        tags: development.tags,
        lines,
      });
    }
    if (anyFilter && developments.length === 0) continue;
    domains.push({
      key: domain.key,
      name: domain.name,
      description: domain.description,
      sourceUrl: domain.sourceUrl,
      developments,
    });
  }
  return { edition: toCatalogEdition(data.edition), domains };
}
