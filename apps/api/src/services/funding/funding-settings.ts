import { and, eq, inArray, isNull } from 'drizzle-orm';
import { budgets, organisationFundingSettings, type BudgetRow, type Db } from '@app/db';
import { DEFAULT_FUNDING_SETTINGS, FundingSettingsSchema, type FundingSettings } from '@app/schemas';

/** The organisation's P&C rules for dekking, or the defaults when it has set none. */
export async function loadFundingSettings(db: Db, organisationId: string): Promise<FundingSettings> {
  const [row] = await db
    .select()
    .from(organisationFundingSettings)
    .where(eq(organisationFundingSettings.organisationId, organisationId));
  if (!row) return { ...DEFAULT_FUNDING_SETTINGS };
  return {
    incidentalMaxYears: row.incidentalMaxYears,
    incidentalThresholdCents: row.incidentalThresholdCents,
    amendmentMinAmountCents: row.amendmentMinAmountCents,
    amendmentMinPct: row.amendmentMinPct,
    capitalFromReserve: row.capitalFromReserve,
  };
}

/**
 * The rules a budget is computed with: those pinned when it was frozen (submitted or adopted), else
 * the organisation's live ones. A rule added after the pin takes its default.
 */
export async function fundingSettingsOf(
  db: Db,
  budget: Pick<BudgetRow, 'organisationId' | 'pinnedFundingSettings'>,
): Promise<FundingSettings> {
  if (budget.pinnedFundingSettings)
    return FundingSettingsSchema.parse({ ...DEFAULT_FUNDING_SETTINGS, ...budget.pinnedFundingSettings });
  return loadFundingSettings(db, budget.organisationId);
}

/** Freezes the live rules onto a budget that is being submitted or adopted (kept if already pinned). */
export async function pinFundingSettings(tx: Db, budget: BudgetRow): Promise<void> {
  if (budget.pinnedFundingSettings) return;
  const settings = await loadFundingSettings(tx, budget.organisationId);
  await tx.update(budgets).set({ pinnedFundingSettings: settings }).where(eq(budgets.id, budget.id));
}

/** A budget sent back to draft follows the live rules again. */
export async function unpinFundingSettings(tx: Db, budgetId: string): Promise<void> {
  await tx.update(budgets).set({ pinnedFundingSettings: null }).where(eq(budgets.id, budgetId));
}

/**
 * Before the rules change: frozen budgets without a pin (frozen before pins existed) keep the rules
 * they were frozen under, i.e. the ones about to be replaced.
 */
export async function pinFrozenBudgets(tx: Db, organisationId: string, current: FundingSettings): Promise<void> {
  await tx
    .update(budgets)
    .set({ pinnedFundingSettings: current })
    .where(
      and(
        eq(budgets.organisationId, organisationId),
        inArray(budgets.status, ['submitted', 'adopted']),
        isNull(budgets.pinnedFundingSettings),
      ),
    );
}
