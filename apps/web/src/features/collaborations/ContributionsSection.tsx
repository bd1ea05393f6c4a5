import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { AllocationResponse } from '@app/schemas';
import { catalogQueries } from '../../api/queries.ts';
import { DataTable, yearColumns } from '../../ui/DataTable.tsx';
import { formatEuro } from '../../lib/format.ts';

type Contribution = AllocationResponse['contributions'][number];
/** A member's row, or the shared budget's row (100 %) below them. */
type ContributionRow = { member: Contribution } | { shared: true };

const sumYears = (r: Record<number, number>, years: readonly number[]) => years.reduce((a, y) => a + (r[y] ?? 0), 0);

/** What each member pays per year, the shared total below, and downloads per member and for the whole. */
export function ContributionsSection({
  collaborationId,
  allocation,
}: {
  collaborationId: string;
  allocation: AllocationResponse;
}) {
  const { years } = allocation;
  const budgetUrl = `/api/collaborations/${collaborationId}/budgets/${allocation.budgetId}`;
  const totals = (row: ContributionRow) => ('member' in row ? row.member.totals.total : allocation.totals.total);
  const rows: ContributionRow[] = [...allocation.contributions.map((member) => ({ member })), { shared: true }];
  return (
    <section aria-labelledby="contributions" className="app-stack">
      <h2 id="contributions" className="utrecht-heading-2">
        Bijdrage per deelnemer
      </h2>
      <DataTable<ContributionRow>
        label="Bijdrage per deelnemer"
        caption="Bijdrage per deelnemer per jaar (exploitatie: incidenteel, structureel en kapitaallasten)"
        hideCaption
        testId="contributions"
        rows={rows}
        rowKey={(row) => ('member' in row ? row.member.memberId : 'shared')}
        rowClassName={(row) => ('member' in row ? undefined : 'app-row--subtotal')}
        columns={[
          {
            key: 'name',
            header: 'Deelnemer',
            rowHeader: true,
            cell: (row) => ('member' in row ? row.member.name : 'Gezamenlijke begroting'),
          },
          {
            key: 'share',
            header: 'Aandeel',
            numeric: true,
            cell: (row) => ('member' in row ? `${row.member.defaultSharePct.toLocaleString('nl-NL')} %` : '100 %'),
          },
          ...yearColumns<ContributionRow>(
            years,
            (row, y) => formatEuro(totals(row)[y] ?? 0),
            (row, y) => ('member' in row ? undefined : `shared-total-${y}`),
          ),
          {
            key: 'total',
            header: 'Totaal',
            numeric: true,
            cell: (row) => <strong>{formatEuro(sumYears(totals(row), years))}</strong>,
          },
          {
            key: 'export',
            header: 'Exporteren',
            cell: (row) =>
              'member' in row ? (
                <>
                  <a
                    className="utrecht-link"
                    href={`${budgetUrl}/members/${row.member.memberId}/contribution.pdf`}
                    download
                  >
                    PDF<span className="app-visually-hidden"> bijdrage {row.member.name}</span>
                  </a>{' '}
                  ·{' '}
                  <a
                    className="utrecht-link"
                    href={`${budgetUrl}/members/${row.member.memberId}/contribution.csv`}
                    download
                  >
                    CSV<span className="app-visually-hidden"> bijdrage {row.member.name}</span>
                  </a>
                </>
              ) : (
                <a className="utrecht-link" href={`${budgetUrl}/allocation.xlsx`} download>
                  Excel met verdeling
                </a>
              ),
          },
        ]}
      />
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Aandeel: volgens de standaardsleutel. Bedragen: exploitatie (incidenteel + structureel + kapitaallasten);
        investeringen staan ernaast, zoals in de begroting.
      </p>
      <CategoryBreakdown allocation={allocation} />
    </section>
  );
}

const CATEGORY_ROWS = [
  { key: 'incidental', label: 'Incidenteel' },
  { key: 'structural', label: 'Structureel' },
  { key: 'capital', label: 'Kapitaallasten' },
  { key: 'investment', label: 'Investeringen (naast de totalen)' },
] as const;

/** A row of a member's breakdown: one cost category, or one domain's total. */
interface BreakdownRow {
  key: string;
  label: ReactNode;
  amounts: Record<number, number>;
}

function CategoryBreakdown({ allocation }: { allocation: AllocationResponse }) {
  const { years } = allocation;
  return (
    <details className="app-details">
      <summary>Per deelnemer: incidenteel, structureel, kapitaallasten en per domein</summary>
      {allocation.contributions.map((c) => (
        <DataTable<BreakdownRow>
          key={c.memberId}
          label={`Bijdrage ${c.name} per soort en domein`}
          caption={c.name}
          rows={[
            ...CATEGORY_ROWS.map((r) => ({ key: r.key, label: r.label, amounts: c.totals[r.key] })),
            ...Object.entries(c.byDomain).map(([domain, totals]) => ({
              key: domain,
              label: <DomainName domainKey={domain} />,
              amounts: totals.total,
            })),
          ]}
          rowKey={(r) => r.key}
          columns={[
            { key: 'label', header: 'Onderdeel', rowHeader: true, cell: (r) => r.label },
            ...yearColumns<BreakdownRow>(years, (r, y) => formatEuro(r.amounts[y] ?? 0)),
          ]}
        />
      ))}
    </details>
  );
}

function DomainName({ domainKey }: { domainKey: string }) {
  const { data } = useQuery(catalogQueries.tree());
  return <>Domein {data?.domains.find((d) => d.key === domainKey)?.name ?? domainKey}</>;
}
