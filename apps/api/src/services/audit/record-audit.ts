import { auditEntries, type Db, type Tx } from '@app/db';

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

/**
 * Writes one audit entry. Call it with the transaction that makes the change, so the change and
 * its trail commit or roll back together; an audit write that fails fails the change.
 */
export async function recordAudit(tx: Tx | Db, entry: AuditInput): Promise<void> {
  await tx.insert(auditEntries).values({
    organisationId: entry.organisationId,
    userId: entry.userId ?? null,
    budgetId: entry.budgetId ?? null,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
    justification: entry.justification ?? null,
  });
}

/** Dates and undefined fields become plain JSON so the stored value equals what was shown. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
