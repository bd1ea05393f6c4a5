import { sql } from 'drizzle-orm';
import { auditEntries, jsonParam, preparedStatement, type Db, type Tx } from '@app/db';

export interface AuditInput {
  organisationId: string;
  userId: string | null | undefined;
  budgetId?: string | null;
  /** 'budget' | 'budget_line' | 'budget_development' | 'org_unit' | 'user' | 'comment' | … */
  entity: string;
  entityId?: string | null;
  /** 'create' | 'update' | 'delete' | 'override' | 'reset' | 'submit' | 'adopt' | 'send-back' | … */
  action: string;
  before?: unknown;
  after?: unknown;
  justification?: string | null;
}

/** The insert of recordAudit, one prepared statement (every write of the API records at least one entry). */
const insertAuditEntry = preparedStatement('insert_audit_entry', (db) =>
  db.insert(auditEntries).values({
    organisationId: sql`${sql.placeholder('organisationId')}::uuid`,
    userId: sql`${sql.placeholder('userId')}::uuid`,
    budgetId: sql`${sql.placeholder('budgetId')}::uuid`,
    entity: sql`${sql.placeholder('entity')}::text`,
    entityId: sql`${sql.placeholder('entityId')}::text`,
    action: sql`${sql.placeholder('action')}::text`,
    before: sql`${sql.placeholder('before')}::jsonb`,
    after: sql`${sql.placeholder('after')}::jsonb`,
    justification: sql`${sql.placeholder('justification')}::text`,
  }),
);

/**
 * Writes one audit entry. Call it with the transaction that makes the change, so the change and
 * its trail commit or roll back together; an audit write that fails fails the change.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditInput): Promise<void> {
  await insertAuditEntry(tx, {
    organisationId: entry.organisationId,
    userId: entry.userId ?? null,
    budgetId: entry.budgetId ?? null,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    action: entry.action,
    before: jsonParam(entry.before),
    after: jsonParam(entry.after),
    justification: entry.justification ?? null,
  });
}
