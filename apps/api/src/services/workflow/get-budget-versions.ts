import { and, eq } from 'drizzle-orm';
import { budgets, budgetVersions } from '@app/db';
import type { BudgetVersionInfo } from '@app/schemas';
import { notFound } from '../../errors.ts';
import type { RequestScope } from '../request-scope.ts';

/** The chain of versions this budget continues, oldest first, ending with the budget itself. */
export async function getBudgetVersions(scope: RequestScope, budgetId: string): Promise<BudgetVersionInfo> {
  const { db, organisationId } = scope;
  const chain: BudgetVersionInfo['lineage'] = [];
  let current: string | null = budgetId;
  let versionOf: string | null = null;
  const seen = new Set<string>();
  while (current && !seen.has(current) && seen.size < 100) {
    seen.add(current);
    const [row] = await db
      .select({
        id: budgets.id,
        name: budgets.name,
        status: budgets.status,
        createdAt: budgets.createdAt,
        versionOf: budgetVersions.versionOfBudgetId,
      })
      .from(budgets)
      .leftJoin(budgetVersions, eq(budgetVersions.budgetId, budgets.id))
      .where(and(eq(budgets.id, current), eq(budgets.organisationId, organisationId)));
    if (!row) {
      if (current === budgetId) throw notFound('Begroting');
      break;
    }
    if (current === budgetId) versionOf = row.versionOf;
    chain.unshift({ id: row.id, name: row.name, status: row.status, createdAt: row.createdAt.toISOString() });
    current = row.versionOf;
  }
  return { budgetId, versionOfBudgetId: versionOf, lineage: chain };
}
