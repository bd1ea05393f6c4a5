import {
  formatEuro,
  formatEuroExact,
  formatNumber,
  type BenchmarkRef,
  type ExampleShare,
  type PlausibilityCheck,
} from '@app/engine';

// Dutch sentences about plausibility and provenance, shared by the screens and the exports so a
// warning reads the same everywhere. Display only: every number comes from the engine.

/** What every benchmark comparison must say beside the figure. */
export const BENCHMARK_SCOPE_NOTE =
  'Let op: de Modelgemeente dekt alleen ontwikkelingen (verandering), niet de volledige ICT-exploitatie (beheer). De benchmark meet de totale ICT-kosten; deze begroting hoort daar dus ruim onder te liggen.';

/** 7.3 → "7,3×"; below 1 with two decimals (0.45 → "0,45×"). */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio, ratio < 1 ? 2 : 1)}×`;
}

/** "0,5×–2×" */
export function formatBand(min: number, max: number): string {
  const short = (n: number) => `${formatNumber(n, 2).replace(/,?0+$/, '')}×`;
  return `${short(min)}–${short(max)}`;
}

/** "alle gemeenten", "gemeenten < 60.000 inwoners", "gemeenten 60.000–100.000 inwoners", "gemeenten met 100.000+ inwoners". */
export function sizeClassLabel(b: Pick<BenchmarkRef, 'minInhabitants' | 'maxInhabitants'>): string {
  const lo = b.minInhabitants ?? null;
  const hi = b.maxInhabitants ?? null;
  if (lo == null && hi == null) return 'alle gemeenten';
  if (lo == null) return `gemeenten < ${formatNumber(hi!, 0)} inwoners`;
  if (hi == null) return `gemeenten met ${formatNumber(lo, 0)}+ inwoners`;
  return `gemeenten ${formatNumber(lo, 0)}–${formatNumber(hi, 0)} inwoners`;
}

/** "€ 109 per inwoner (alle gemeenten, datajaar 2023; bron M&I/Partners, ICT Benchmark Gemeenten; 43 gemeenten …)" */
export function benchmarkCitation(b: BenchmarkRef, unitLabel: string): string {
  const sample = b.sample ? `; steekproef: ${b.sample}` : '';
  return `${formatEuroExact(b.valueCents)} ${unitLabel} (${sizeClassLabel(b)}, datajaar ${b.year}; bron: ${b.source}${sample})`;
}

const MEASURE_TEXT = {
  structural: (year: number | null) => ({
    subject: `De structurele kosten per inwoner${year ? ` in ${year}` : ''}`,
    verb: 'zijn',
  }),
  total: () => ({ subject: 'Het totaal over alle jaren per inwoner', verb: 'is' }),
};

/**
 * A plain warning when a check is outside the band, naming the lines that drive it; null when
 * within the band or when there is nothing to compare.
 */
export function plausibilityWarning(check: PlausibilityCheck): string | null {
  if ((check.status !== 'low' && check.status !== 'high') || check.ratio === null) return null;
  const { subject, verb } = MEASURE_TEXT[check.measure](check.year);
  const direction = check.status === 'high' ? 'hoger' : 'lager';
  const head = `${subject} (${formatEuroExact(check.own.perInhabitantCents)}) ${check.status === 'high' ? verb : `${verb} maar`} ${formatRatio(check.ratio)} die van de Modelgemeente (${formatEuroExact(check.model.perInhabitantCents)}); plausibel is ${formatBand(check.min, check.max)}.`;
  if (check.drivers.length === 0) return head;
  const lines = check.drivers.map(
    (d) =>
      `${d.description} (${formatEuroExact(d.ownPerInhabitantCents)} per inwoner, model ${formatEuroExact(d.modelPerInhabitantCents)})`,
  );
  return `${head} Vooral ${check.drivers.length === 1 ? 'deze regel maakt' : 'deze regels maken'} het ${direction}: ${lines.join('; ')}.`;
}

/** "2027 (93 %)" list → the plain sentence shown at the top when example lines carry more than half of a year's money. */
export function exampleMajorityText(majority: readonly ExampleShare[]): string | null {
  if (majority.length === 0) return null;
  const years = majority.map(
    (m) =>
      `${m.year} (${formatNumber(m.share * 100, 0)} %, ${formatEuro(m.exampleCents)} van ${formatEuro(m.totalCents)})`,
  );
  const all =
    majority.length === 1 ? `In ${years[0]}` : `In ${years.slice(0, -1).join(', ')} en ${years[years.length - 1]}`;
  return `${all} komt meer dan de helft van het geld uit voorbeeldregels. Voorbeeldregels zijn illustratieve aannames van de planner, geen bedragen van de Modelgemeente: controleer en vervang ze voordat u deze begroting gebruikt.`;
}
