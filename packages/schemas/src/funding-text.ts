import { formatEuro, type CapitalReserveCoverage, type FundingWarning } from '@app/engine';
import type { FundingOverview } from './funding.ts';

// The controller's warnings in Dutch, one text for the screen, the API, Excel and the PDF.

/** Years with an amount, as "2028 € 5.000, 2029 € 5.000". */
function perYear(amounts: Record<number, number>): string {
  return Object.entries(amounts)
    .filter(([, cents]) => cents !== 0)
    .map(([year, cents]) => `${year} ${formatEuro(cents)}`)
    .join(', ');
}

/**
 * E.g. "Ontwikkeling „Zaakgericht werken": structurele kosten gedekt met incidentele middelen:
 * 2026 € 1.000, 2027 € 1.000 (samen € 2.000)." `targetName` names the line or development,
 * `fundingName` the source (for warnings about one funding).
 */
export function describeFundingWarning(
  warning: FundingWarning,
  targetName: string,
  fundingName: string | null,
): string {
  const target = `${warning.target.kind === 'line' ? 'Regel' : 'Ontwikkeling'} „${targetName}”`;
  const source = fundingName ? ` (${fundingName})` : '';
  const total = formatEuro(warning.totalCents);
  switch (warning.kind) {
    case 'structural-by-incidental':
      return `${target}: structurele kosten gedekt met incidentele middelen: ${perYear(warning.amounts)} (samen ${total}). Zoek structurele dekking.`;
    case 'funding-ends':
      return `${target}: de dekking${source} stopt na ${warning.endYear ?? ''}, de structurele kosten lopen door. Structureel gat: ${perYear(warning.amounts)} (samen ${total}).`;
    case 'above-maximum':
      return `${target}: de subsidie${source} is ${total} hoger dan het bekende maximum van ${formatEuro(warning.limitCents ?? 0)}.`;
    case 'above-cost':
      return `${target}: de dekking is hoger dan de kosten: ${perYear(warning.amounts)} (samen ${total} te veel).`;
  }
}

/** The engine's kapitaallasten-from-reserve coverage as the overview shows it: one labelled entry per line. */
export function capitalReserveView(
  reserve: CapitalReserveCoverage | null,
  lineName: (lineId: string) => string,
): FundingOverview['capitalReserve'] {
  if (!reserve) return null;
  return {
    lines: Object.entries(reserve.lines).map(([lineId, amounts]) => ({
      lineId,
      label: lineName(lineId),
      amounts,
      total: Object.values(amounts).reduce((a, b) => a + b, 0),
    })),
    amounts: reserve.amounts,
    total: reserve.total,
  };
}
