import { and, eq, max } from 'drizzle-orm';
import { toLineInput, toModelProfile } from './engine-input/mappers.ts';
import { catalogLines, developments, domains, type CatalogEditionRow, type CatalogLineRow, type Db, type DevelopmentRow, type Tx } from '@app/db';
import { calculate, EngineInputError } from '@app/engine';
import type { EditableDevelopment, EditableLine, EditionDevelopmentCreate, EditionDevelopmentPatch, EditionLineCreate, EditionLinePatch } from '@app/schemas';
import { AppError, invalidField, notFound } from '../errors.ts';
import type { ReferenceCache } from './reference-cache.ts';
import { recordAudit } from './record-audit.ts';
import type { Actor } from './budget-workflow.ts';
import { lockDraftEdition } from './create-draft-edition.ts';
import { firstFreeKey } from './ids.ts';
import { slugId } from './create-reference-data.ts';

// Adding and editing developments and lines in a draft edition. Every write locks the edition row
// first, so it cannot interleave with publishing, and is refused (409) once the edition is published.

async function findDomainId(tx: Tx, editionId: string, domainKey: string): Promise<string> {
  const [domain] = await tx.select({ id: domains.id }).from(domains).where(and(eq(domains.editionId, editionId), eq(domains.key, domainKey))).limit(1);
  if (!domain) throw invalidField('body.domainKey', `is geen domein van deze editie (${domainKey})`);
  return domain.id;
}

async function findDevelopment(tx: Tx, editionId: string, developmentId: string, path?: string): Promise<DevelopmentRow> {
  const [development] = await tx.select().from(developments).where(and(eq(developments.editionId, editionId), eq(developments.id, developmentId))).limit(1);
  if (!development) {
    if (path) throw invalidField(path, 'is geen ontwikkeling van deze editie');
    throw notFound('Ontwikkeling');
  }
  return development;
}

export function toEditableDevelopment(row: DevelopmentRow, domainKey: string, lines: CatalogLineRow[]): EditableDevelopment {
  const editable = lines.map(toEditableLine);
  return {
    id: row.id,
    domainKey,
    key: row.key,
    title: row.title,
    summary: row.summary,
    sourceUrl: row.sourceUrl,
    tags: row.tags,
    retired: editable.length > 0 && editable.every((line) => line.retired),
    lines: editable,
  };
}

export function toEditableLine(row: CatalogLineRow): EditableLine {
  const { editionId: _e, position: _p, ...line } = row;
  return line;
}

export async function developmentWithLines(tx: Db | Tx, row: DevelopmentRow): Promise<EditableDevelopment> {
  const [domain] = await tx.select({ key: domains.key }).from(domains).where(eq(domains.id, row.domainId)).limit(1);
  const lines = await tx.select().from(catalogLines).where(eq(catalogLines.developmentId, row.id)).orderBy(catalogLines.position);
  return toEditableDevelopment(row, domain?.key ?? '', lines);
}

export async function addDevelopment(db: Db, actor: Actor, editionId: string, body: EditionDevelopmentCreate): Promise<EditableDevelopment> {
  return db.transaction(async (tx) => {
    await lockDraftEdition(tx, editionId);
    const domainId = await findDomainId(tx, editionId, body.domainKey);
    const key = await firstFreeKey(
      slugId(body.title),
      async (candidate) => (await tx.select({ id: developments.id }).from(developments).where(and(eq(developments.editionId, editionId), eq(developments.key, candidate))).limit(1)).length > 0,
    );
    const [last] = await tx.select({ position: max(developments.position) }).from(developments).where(eq(developments.editionId, editionId));
    const [row] = await tx
      .insert(developments)
      .values({ editionId, domainId, key, title: body.title, summary: body.summary ?? null, sourceUrl: body.sourceUrl ?? null, tags: body.tags ?? [], titleVerbatim: false, position: (last?.position ?? -1) + 1 })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the development returned no row');
    await recordAudit(tx, { ...actor, entity: 'catalog_development', entityId: row.id, action: 'create', after: row });
    return toEditableDevelopment(row, body.domainKey, []);
  });
}

export async function updateDevelopment(db: Db, actor: Actor, editionId: string, developmentId: string, patch: EditionDevelopmentPatch): Promise<EditableDevelopment> {
  return db.transaction(async (tx) => {
    await lockDraftEdition(tx, editionId);
    const before = await findDevelopment(tx, editionId, developmentId);
    const set: Partial<typeof developments.$inferInsert> = {};
    if (patch.domainKey !== undefined) set.domainId = await findDomainId(tx, editionId, patch.domainKey);
    if (patch.title !== undefined) {
      set.title = patch.title;
      // An edited title is no longer the published text.
      if (patch.title !== before.title) set.titleVerbatim = false;
    }
    if (patch.summary !== undefined) set.summary = patch.summary;
    if (patch.sourceUrl !== undefined) set.sourceUrl = patch.sourceUrl;
    if (patch.tags !== undefined) set.tags = patch.tags;
    const [after] = await tx.update(developments).set(set).where(eq(developments.id, developmentId)).returning();
    if (!after) throw notFound('Ontwikkeling');
    await recordAudit(tx, { ...actor, entity: 'catalog_development', entityId: developmentId, action: 'update', before, after });
    return developmentWithLines(tx, after);
  });
}

/**
 * Runs the engine on the line alone (the edition's model profile, the organisation's default assumptions), so a
 * line that a budget could not compute (staff without hours, an unknown scale or role) is refused
 * here with the field named, instead of breaking every budget built on the edition.
 */
async function assertComputes(db: Db | Tx, cache: ReferenceCache, organisationId: string, edition: CatalogEditionRow, row: CatalogLineRow, domainKey: string): Promise<void> {
  const { assumptions } = await cache.defaultAssumptions(db as Db, organisationId);
  const model = toModelProfile(edition);
  const firstYear = 2026;
  try {
    calculate({
      modelProfile: model,
      profile: model,
      firstYear,
      horizonYears: 1,
      assumptions,
      developments: [{ id: row.developmentId, domainKey, title: 'controle', enabled: true, startYear: firstYear }],
      lines: [toLineInput(row)],
    });
  } catch (error) {
    if (error instanceof EngineInputError) {
      const field = /^lines\[0\]\.(\w+)/.exec(error.field)?.[1];
      throw invalidField(field ? `body.${field}` : 'body', `past niet bij de rest van de regel of ontbreekt (${error.message})`);
    }
    throw error;
  }
}

export async function addLine(db: Db, cache: ReferenceCache, actor: Actor, editionId: string, body: EditionLineCreate): Promise<EditableLine> {
  return db.transaction(async (tx) => {
    const edition = await lockDraftEdition(tx, editionId);
    const development = await findDevelopment(tx, editionId, body.developmentId, 'body.developmentId');
    const { developmentId: _d, basis, notes, sourceUrl, taakveld, ...values } = body;
    const key = await firstFreeKey(
      `${development.key}/${slugId(body.description)}`,
      async (candidate) => (await tx.select({ id: catalogLines.id }).from(catalogLines).where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.key, candidate))).limit(1)).length > 0,
    );
    const [last] = await tx.select({ position: max(catalogLines.position) }).from(catalogLines).where(eq(catalogLines.editionId, editionId));
    const [row] = await tx
      .insert(catalogLines)
      .values({
        ...values,
        editionId,
        developmentId: development.id,
        key,
        position: (last?.position ?? -1) + 1,
        basis: basis ?? null,
        notes: notes ?? null,
        sourceUrl: sourceUrl ?? null,
        ...(taakveld ? { taakveld } : {}),
        provenance: 'custom',
      })
      .returning();
    if (!row) throw new AppError('INTERNAL', 'inserting the line returned no row');
    const [domain] = await tx.select({ key: domains.key }).from(domains).where(eq(domains.id, development.domainId)).limit(1);
    await assertComputes(tx, cache, actor.organisationId, edition, row, domain?.key ?? '');
    await recordAudit(tx, { ...actor, entity: 'catalog_line', entityId: row.id, action: 'create', after: row });
    return toEditableLine(row);
  });
}

export async function updateLine(db: Db, cache: ReferenceCache, actor: Actor, editionId: string, lineId: string, patch: EditionLinePatch): Promise<EditableLine> {
  return db.transaction(async (tx) => {
    const edition = await lockDraftEdition(tx, editionId);
    const [before] = await tx.select().from(catalogLines).where(and(eq(catalogLines.editionId, editionId), eq(catalogLines.id, lineId))).limit(1);
    if (!before) throw notFound('Regel');
    if (patch.developmentId !== undefined) await findDevelopment(tx, editionId, patch.developmentId, 'body.developmentId');
    const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<typeof catalogLines.$inferInsert>;
    const [after] = await tx.update(catalogLines).set(set).where(eq(catalogLines.id, lineId)).returning();
    if (!after) throw notFound('Regel');
    const development = await findDevelopment(tx, editionId, after.developmentId);
    const [domain] = await tx.select({ key: domains.key }).from(domains).where(eq(domains.id, development.domainId)).limit(1);
    if (!after.retired) await assertComputes(tx, cache, actor.organisationId, edition, after, domain?.key ?? '');
    await recordAudit(tx, { ...actor, entity: 'catalog_line', entityId: lineId, action: after.retired && !before.retired ? 'retire' : 'update', before, after });
    return toEditableLine(after);
  });
}
