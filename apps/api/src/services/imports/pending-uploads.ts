import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { pendingUploads, type Db, type PendingUploadKind } from '@app/db';
import { AppError } from '../../errors.ts';
import { isUuid } from '../ids.ts';

/**
 * Uploads wait in PostgreSQL (table `pending_uploads`) between preview and commit, so the commit
 * may reach another API instance than the preview did. An upload is a short interactive step
 * (minutes): bounded per import kind by age, by count and by (estimated) bytes, so repeated
 * previews cannot grow the table without limit: the oldest uploads make room. Expired rows are
 * removed whenever a new upload is added (no scheduler needed), and an organisation deleted
 * takes its uploads with it.
 */
export interface PendingUploads<T> {
  /**
   * Keeps the upload under a fresh id (the oldest ones of this kind make room) and returns the id;
   * over the byte budget alone → 413. `organisationId` is who may read it back (null: a catalog
   * import without an organisation context).
   */
  add(db: Db, organisationId: string | null, upload: T): Promise<string>;
  /** The upload, if it exists, has not expired and belongs to `organisationId`; otherwise undefined (callers answer 404). */
  get(db: Db, organisationId: string | null, id: string): Promise<T | undefined>;
  /** Removes the upload; false when it was not there (any more): another commit took it first. */
  delete(db: Db, id: string): Promise<boolean>;
  /** Estimated bytes held now for this kind (for tests and monitoring). */
  bytes(db: Db): Promise<number>;
}

export const PENDING_TTL_MS = 60 * 60 * 1000;
export const PENDING_LIMITS = { count: 50, bytes: 64 * 1024 * 1024 } as const;

/** JSON length × 2 (UTF-16 strings plus object overhead) is a cheap, conservative estimate of what an upload holds once read back. */
const estimateBytes = (json: string) => json.length * 2;

const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    'Het ingelezen bestand is te groot om te bewaren tot de bevestiging; splits het bestand.',
    {
      fields: [{ path: 'body.file', message: 'is te groot om te bewaren tot de bevestiging' }],
    },
  );

// One lock per kind (transaction-scoped), so two instances adding at once cannot both squeeze
// into the same room and overrun the bounds.
const LOCK_KEYS: Record<PendingUploadKind, number> = { catalog: 7_341_202_701, budget: 7_341_202_702 };

export function createPendingUploads<T>(
  kind: PendingUploadKind,
  limits: { count: number; bytes: number } = PENDING_LIMITS,
  ttlMs = PENDING_TTL_MS,
): PendingUploads<T> {
  return {
    async add(db, organisationId, upload) {
      const json = JSON.stringify(upload);
      const bytes = estimateBytes(json);
      if (bytes > limits.bytes) throw tooLarge();
      return db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_KEYS[kind]})`);
        await tx.delete(pendingUploads).where(lt(pendingUploads.expiresAt, sql`now()`));
        // Keep the newest uploads while they leave room for this one (count and bytes); the rest,
        // the oldest, make room — the same rule as a queue evicted from its head.
        const kept = tx.$with('kept').as(
          tx
            .select({
              id: pendingUploads.id,
              position:
                sql<number>`row_number() OVER (ORDER BY ${pendingUploads.createdAt} DESC, ${pendingUploads.id})`.as(
                  'position',
                ),
              total:
                sql<number>`sum(${pendingUploads.bytes}) OVER (ORDER BY ${pendingUploads.createdAt} DESC, ${pendingUploads.id})`.as(
                  'total',
                ),
            })
            .from(pendingUploads)
            .where(eq(pendingUploads.kind, kind)),
        );
        const evict = tx
          .with(kept)
          .select({ id: kept.id })
          .from(kept)
          .where(sql`${kept.position} >= ${limits.count} OR ${kept.total} + ${bytes} > ${limits.bytes}`);
        await tx.delete(pendingUploads).where(inArray(pendingUploads.id, evict));
        const [row] = await tx
          .insert(pendingUploads)
          .values({ kind, organisationId, payload: sql`${json}::json`, bytes, expiresAt: new Date(Date.now() + ttlMs) })
          .returning({ id: pendingUploads.id });
        return row!.id;
      });
    },
    async get(db, organisationId, id) {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select({ payload: pendingUploads.payload })
        .from(pendingUploads)
        .where(
          and(
            eq(pendingUploads.id, id),
            eq(pendingUploads.kind, kind),
            organisationId === null
              ? isNull(pendingUploads.organisationId)
              : eq(pendingUploads.organisationId, organisationId),
            sql`${pendingUploads.expiresAt} > now()`,
          ),
        )
        .limit(1);
      return row?.payload as T | undefined;
    },
    async delete(db, id) {
      if (!isUuid(id)) return false;
      const removed = await db
        .delete(pendingUploads)
        .where(and(eq(pendingUploads.id, id), eq(pendingUploads.kind, kind)))
        .returning({ id: pendingUploads.id });
      return removed.length > 0;
    },
    async bytes(db) {
      const [row] = await db
        .select({ total: sql<string | null>`sum(${pendingUploads.bytes})` })
        .from(pendingUploads)
        .where(and(eq(pendingUploads.kind, kind), sql`${pendingUploads.expiresAt} > now()`));
      return Number(row?.total ?? 0);
    },
  };
}
