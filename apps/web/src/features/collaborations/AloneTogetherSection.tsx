import type { AllocationResponse } from '@app/schemas';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { formatEuro, formatEuroDelta } from '../../lib/format.ts';

interface Comparison {
  aloneCents: number;
  togetherCents: number;
  savingCents: number;
}

/** Alone, together and the difference: the same three columns for a member and for one development. */
function comparisonColumns<Row>(of: (row: Row) => Comparison): Column<Row>[] {
  return [
    { key: 'alone', header: 'Alleen', numeric: true, cell: (r) => formatEuro(of(r).aloneCents) },
    { key: 'together', header: 'Samen', numeric: true, cell: (r) => formatEuro(of(r).togetherCents) },
    { key: 'saving', header: 'Verschil', numeric: true, cell: (r) => <Saving cents={of(r).savingCents} /> },
  ];
}

function Saving({ cents }: { cents: number }) {
  if (cents === 0) return <span>geen verschil</span>;
  return (
    <strong className={cents > 0 ? 'app-delta--down' : 'app-delta--up'}>
      {cents > 0 ? `${formatEuro(cents)} besparing` : `${formatEuroDelta(-cents)} duurder`}
    </strong>
  );
}

type MemberComparison = AllocationResponse['aloneTogether'][number];
type DevelopmentComparison = MemberComparison['developments'][number];

/** Each member's own budget for the same developments (alone) beside its contribution (together). */
export function AloneTogetherSection({ allocation }: { allocation: AllocationResponse }) {
  return (
    <section aria-labelledby="alone-together" className="app-stack">
      <h2 id="alone-together" className="utrecht-heading-2">
        Alleen of samen
      </h2>
      <p className="utrecht-paragraph">
        Per deelnemer: de eigen begroting voor dezelfde ontwikkelingen, geschaald naar de eigen gemeente (alleen), naast
        de bijdrage in de samenwerking (samen), over alle {allocation.years.length} jaren.
      </p>
      <DataTable<MemberComparison>
        label="Alleen of samen"
        caption={`Alleen of samen per deelnemer, ${allocation.years[0]}–${allocation.years.at(-1)}`}
        hideCaption
        testId="alone-together"
        rows={allocation.aloneTogether}
        rowKey={(m) => m.memberId}
        columns={[
          { key: 'name', header: 'Deelnemer', rowHeader: true, cell: (m) => m.name },
          ...comparisonColumns<MemberComparison>((m) => ({
            aloneCents: m.aloneTotalCents,
            togetherCents: m.togetherTotalCents,
            savingCents: m.savingTotalCents,
          })),
        ]}
      />
      {allocation.aloneTogether.map((m) => (
        <details key={m.memberId} className="app-details">
          <summary>{m.name}: alleen of samen per ontwikkeling</summary>
          <DataTable<DevelopmentComparison>
            label={`${m.name} per ontwikkeling`}
            caption={`${m.name}: alleen of samen per ontwikkeling`}
            hideCaption
            rows={m.developments}
            rowKey={(d) => d.developmentId}
            columns={[
              { key: 'title', header: 'Ontwikkeling', rowHeader: true, cell: (d) => d.title },
              ...comparisonColumns<DevelopmentComparison>((d) => d),
            ]}
          />
        </details>
      ))}
    </section>
  );
}
