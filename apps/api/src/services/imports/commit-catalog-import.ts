import { catalogEditions, catalogLines, developments, domains } from '@app/db';
import { mapCatalogRows } from '@app/export';
import { CATALOG_IMPORT_FIELD_LABELS, type CatalogImportCommit, type CatalogImportResult } from '@app/schemas';
import { AppError, notFound } from '../../errors.ts';
import { toCatalogEdition } from '../catalog/catalog-mappers.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { slugify } from '../ids.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { pendingCatalogImports } from './pending-catalog-imports.ts';
import { assertEditionNameFree } from '../catalog-editing/draft-lookups.ts';

function slug(text: string): string {
  return slugify(text, 60) || 'regel';
}

function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}

/**
 * Validates every row with the mapping; any bad row → 400 listing each row and field, nothing
 * written. Otherwise one transaction creates a new draft edition with its domains, developments
 * and lines (provenance `imported`).
 */
export async function commitCatalogImport(
  scope: RequestScope,
  importId: string,
  body: CatalogImportCommit,
): Promise<CatalogImportResult> {
  const { db, cache, organisationId } = scope;
  // Another organisation's (or an expired) import reads as absent → 404.
  const upload = await pendingCatalogImports.get(db, organisationId, importId);
  if (!upload) throw notFound('Import');
  const scales = Object.keys((await cache.defaultAssumptions(db, organisationId)).assumptions.salaryTable.scales);
  const { lines, errors } = mapCatalogRows(upload.table, body.mapping, scales);
  if (errors.length > 0) {
    const rows = [...new Set(errors.filter((e) => e.rowNumber > 0).map((e) => e.rowNumber))];
    const message =
      rows.length > 0
        ? `Het bestand bevat fouten in ${rows.length} ${rows.length === 1 ? 'regel' : 'regels'} (${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}); er is niets opgeslagen.`
        : `De kolomkoppeling is onvolledig: ${errors.map((e) => e.message).join('; ')}.`;
    throw new AppError('VALIDATION_ERROR', message, {
      fields: errors.slice(0, 500).map((e) => ({
        path: e.rowNumber > 0 ? `rows.${e.rowNumber}.${e.field}` : `body.mapping.${e.field}`,
        message:
          e.rowNumber > 0
            ? `regel ${e.rowNumber}, ${e.field === 'row' ? e.field : CATALOG_IMPORT_FIELD_LABELS[e.field]}: ${e.message}`
            : e.message,
      })),
    });
  }
  await assertEditionNameFree(db, body.editionName, 'body.editionName');

  const model = body.modelProfile ?? { inhabitants: 100_000, employees: 1_000, departments: 40 };
  const edition = await db.transaction(async (tx) => {
    // Used once: taking the upload in the edition's transaction means a second commit of the same
    // preview (racing on another instance) waits for this one and then finds it gone → 404.
    if (!(await pendingCatalogImports.delete(tx, importId))) throw notFound('Import');
    const [edition] = await tx
      .insert(catalogEditions)
      .values({
        name: body.editionName,
        status: 'draft',
        modelInhabitants: model.inhabitants,
        modelEmployees: model.employees,
        modelDepartments: model.departments,
        source: body.source ?? `Import uit ${upload.fileName}`,
        sourceNote: `Ingelezen uit ${upload.fileName}${upload.table.sheet ? `, werkblad ${upload.table.sheet}` : ''}: ${lines.length} regels.`,
      })
      .returning();
    const domainIds = new Map<string, string>();
    const domainKeys = new Set<string>();
    const devIds = new Map<string, { id: string; key: string }>();
    const devKeys = new Set<string>();
    const lineKeys = new Set<string>();
    let position = 0;
    for (const line of lines) {
      let domainId = domainIds.get(line.domain);
      if (!domainId) {
        const [d] = await tx
          .insert(domains)
          .values({
            editionId: edition!.id,
            key: uniqueKey(slug(line.domain), domainKeys),
            name: line.domain,
            position: domainIds.size,
          })
          .returning({ id: domains.id });
        domainId = d!.id;
        domainIds.set(line.domain, domainId);
      }
      const devName = `${line.domain}\u0000${line.development}`;
      let dev = devIds.get(devName);
      if (!dev) {
        const key = uniqueKey(slug(line.development), devKeys);
        const [d] = await tx
          .insert(developments)
          .values({
            editionId: edition!.id,
            domainId,
            key,
            title: line.development,
            titleVerbatim: true,
            position: devIds.size,
          })
          .returning({ id: developments.id });
        dev = { id: d!.id, key };
        devIds.set(devName, dev);
      }
      await tx.insert(catalogLines).values({
        editionId: edition!.id,
        developmentId: dev.id,
        key: uniqueKey(`${dev.key}/${slug(line.description)}`, lineKeys),
        position: position++,
        description: line.description,
        notes: `Geïmporteerd uit ${upload.fileName}, regel ${line.rowNumber}.`,
        provenance: 'imported',
        kind: line.kind,
        costBasis: line.costBasis,
        costPool: line.costPool,
        driver: line.driver,
        amountCents: line.amountCents,
        hoursPerWeek: line.hoursPerWeek,
        salaryScale: line.salaryScale,
        units: line.units,
        unitPriceCents: line.unitPriceCents,
        unitPricePeriod: line.costBasis === 'licence' ? 'year' : null,
        yearOffset: 0,
        durationYears: 1,
      });
    }
    // The import is audited in its own transaction: the edition and its trail commit or roll back together.
    await recordAudit(tx, {
      ...actorOf(scope),
      entity: 'catalog_edition',
      entityId: edition!.id,
      action: 'import',
      after: {
        name: edition!.name,
        status: 'draft',
        fileName: upload.fileName,
        sheet: upload.table.sheet,
        domains: domainIds.size,
        developments: devIds.size,
        lines: lines.length,
      },
    });
    return { row: edition!, domains: domainIds.size, developments: devIds.size };
  });
  return {
    edition: toCatalogEdition(edition.row),
    counts: { domains: edition.domains, developments: edition.developments, lines: lines.length },
  };
}
