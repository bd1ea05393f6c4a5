import { eq } from 'drizzle-orm';
import { organisationFundingSettings, type Db } from '@app/db';
import { DEFAULT_FUNDING_SETTINGS, type FundingSettings } from '@app/schemas';

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
