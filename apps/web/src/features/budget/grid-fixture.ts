/**
 * Fixtures shared by the BudgetGrid and row-model tests (test code only, imported by *.test.* files):
 * the same two-domain budget and the same collaboration contribution line, written down once.
 */
import { calculate, type LineInput } from '@app/engine';
import { makeDevelopment, makeInput, makeLine } from '@app/engine/testing';
import type { ContributionLine } from '@app/schemas';
import type { BudgetDetail, BudgetLine } from '../../api/types.ts';
import { buildGridModel } from './row-model.ts';

/** Amounts are formatted with a non-breaking space after the euro sign. */
export const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

export interface LineOverride {
  fields: Partial<LineInput>;
  justification: string;
}

export function budgetLine(effective: LineInput, override?: LineOverride): BudgetLine {
  return {
    id: effective.id,
    catalogLineId: `cat-${effective.id}`,
    developmentId: effective.developmentId,
    custom: false,
    model: effective,
    effective: { ...effective, ...override?.fields },
    overriddenFields: Object.keys(override?.fields ?? {}) as BudgetLine['overriddenFields'],
    justification: override?.justification ?? null,
  };
}

/** Development `dev-n` as the budget holds it (`bd-n`): on, no own start year, owner or note. */
export function budgetDevelopment(n: number, domainKey: string, title: string): BudgetDetail['developments'][number] {
  return {
    id: `bd-${n}`,
    developmentId: `dev-${n}`,
    domainKey,
    title,
    enabled: true,
    startYear: null,
    ownerUnitId: null,
    priority: null,
    note: null,
  };
}

/**
 * Two domains: Bedrijfsvoering (development "Zaakgericht werken" with "Opleiding klantreizen", € 3.000
 * incidental, and "Zaaksysteem SaaS", € 10.000 structural) and Dienstverlening ("Digitaal loket" with
 * "Portaal", € 20.000). `trainingOverride` overrides "Opleiding klantreizen".
 */
export function twoDomainGridModel(trainingOverride?: LineOverride) {
  const training = makeLine({
    id: 'l-training',
    description: 'Opleiding klantreizen',
    amountCents: 300_000,
    developmentId: 'dev-1',
  });
  const licence = makeLine({
    id: 'l-saas',
    description: 'Zaaksysteem SaaS',
    kind: 'structural',
    amountCents: 1_000_000,
    developmentId: 'dev-1',
  });
  const portal = makeLine({ id: 'l-portal', description: 'Portaal', amountCents: 2_000_000, developmentId: 'dev-2' });
  const budget: Pick<BudgetDetail, 'developments' | 'lines' | 'includeExamples'> = {
    includeExamples: true,
    developments: [
      budgetDevelopment(1, 'bedrijfsvoering', 'Zaakgericht werken'),
      budgetDevelopment(2, 'dienstverlening', 'Digitaal loket'),
    ],
    lines: [training, licence, portal].map((l) => budgetLine(l, l.id === 'l-training' ? trainingOverride : undefined)),
  };
  const input = makeInput({
    developments: [
      makeDevelopment({ id: 'dev-1', domainKey: 'bedrijfsvoering' }),
      makeDevelopment({ id: 'dev-2', domainKey: 'dienstverlening', title: 'Digitaal loket' }),
    ],
    lines: budget.lines.map((l) => l.effective),
  });
  return buildGridModel(budget, input, calculate(input), {
    bedrijfsvoering: 'Bedrijfsvoering',
    dienstverlening: 'Dienstverlening',
  });
}

const CONTRIBUTION_AMOUNTS = { 2026: 1_234_500, 2027: 1_300_100, 2028: 0, 2029: 700 };

/** A contribution to the collaboration BLNP; an active one carries the shared budget's amounts. */
export function contributionLine(
  state: ContributionLine['state'] = 'active',
  pinnedAt: string | null = null,
): ContributionLine {
  const active = state === 'active';
  return {
    id: '11111111-1111-4111-8111-111111111111',
    collaborationId: '22222222-2222-4222-8222-222222222222',
    collaborationName: 'BLNP',
    description: 'Bijdrage samenwerking BLNP',
    hostName: active ? 'Gemeente Nijkerk' : null,
    state,
    pinnedAt,
    sharedBudgetName: 'BLNP 2026',
    sharedUpdatedAt: active ? '2026-12-01T10:00:00.000Z' : null,
    amounts: active ? { ...CONTRIBUTION_AMOUNTS } : {},
  };
}

/** Engine input with the default development, the Samenwerking development and the contribution's line. */
export function contributionInput(contribution: ContributionLine, ownLines: LineInput[] = []) {
  return makeInput({
    developments: [
      makeDevelopment(),
      {
        id: 'samenwerking',
        domainKey: 'samenwerking',
        title: 'Bijdragen aan samenwerkingen',
        startYear: null,
        enabled: true,
      },
    ],
    lines: [
      ...ownLines,
      makeLine({
        id: contribution.id,
        developmentId: 'samenwerking',
        kind: 'structural',
        amountCents: null,
        indexation: 'none',
        description: contribution.description,
        fixedYearAmountsCents: contribution.state === 'active' ? { ...CONTRIBUTION_AMOUNTS } : {},
      }),
    ],
  });
}
