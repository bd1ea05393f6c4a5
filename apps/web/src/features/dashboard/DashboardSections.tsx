import { Link } from 'react-router';
import type { CalculationResult } from '@app/engine';
import type { BudgetDetail } from '../../api/types.ts';
import { PlausibilityPanel, ProvenanceSplitTable } from '../budget/Plausibility.tsx';
import { formatEuro } from '../../lib/format.ts';
import { useBenchmarks, type DashboardView } from './use-dashboard.ts';

/** The dashboard's parts without a chart: the view switch, the totals bar, plausibility and provenance. */

/** Per domain or per org unit: two links, the current one marked. */
export function ViewSwitch({ view }: { view: DashboardView }) {
  return (
    <div className="app-row" role="group" aria-label="Weergave">
      <Link to="?" className="utrecht-link" aria-current={view === 'domain' ? 'page' : undefined}>
        Per domein
      </Link>
      <Link to="?weergave=eenheid" className="utrecht-link" aria-current={view === 'unit' ? 'page' : undefined}>
        Per organisatie-eenheid
      </Link>
    </div>
  );
}

/** The budget's total per year. */
export function TotalsBar({ result }: { result: CalculationResult }) {
  return (
    <div className="app-summary-bar">
      <dl>
        {result.years.map((y) => (
          <div key={y}>
            <dt>Totaal {y}</dt>
            <dd>{formatEuro(result.totals.total[y] ?? 0)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export /** Plausibility against the Modelgemeente and the benchmark, and where the amounts come from. */
function ChecksSection({ budget, result }: { budget: BudgetDetail; result: CalculationResult }) {
  const benchmarks = useBenchmarks();
  return (
    <div className="app-grid-2">
      <div className="app-card">
        <PlausibilityPanel input={budget.calculationInput} result={result} benchmarks={benchmarks} headingLevel={3} />
      </div>
      <div className="app-card app-stack">
        <h3 className="utrecht-heading-3">Herkomst van de bedragen</h3>
        <ProvenanceSplitTable result={result} caption="Totaal per herkomst (hele begroting)" />
        <p className="utrecht-paragraph utrecht-paragraph--small">
          Gepubliceerd: letterlijk uit de Modelgemeente. Onvolledig gepubliceerd: in de bron afgebroken, telt € 0 tot u
          de regel aanvult. Uit tweede hand: door derden geparafraseerd. Voorbeeld: een illustratieve aanname van de
          planner, geen Modelgemeente-bedrag. Geïmporteerd en eigen regel: door uw gemeente ingevoerd.
        </p>
      </div>
    </div>
  );
}
