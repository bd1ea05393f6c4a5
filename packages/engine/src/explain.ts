/**
 * "Hoe berekend": Dutch trace texts for cells. Built only on request, never inside calculate(),
 * and from the same plan + fillComponent() path, so the number a trace ends with is the cell.
 */
import { formatEuro, formatEuroExact, formatNumber, formatNumberShort, formatPct } from './format.ts';
import { roundEuro } from './rounding.ts';
import {
  componentsOf,
  createContext,
  fillComponent,
  planLine,
  type EngineContext,
  type LinePlan,
  type TermSource,
} from './plan.ts';
import type {
  AssetClass,
  CalculationInput,
  Cents,
  Component,
  CostBasis,
  Driver,
  LineInput,
  Provenance,
  Trace,
  TraceInput,
  TraceMap,
} from './types.ts';

const DRIVER_NL: Record<Driver, string> = {
  fixed: 'vast',
  inhabitants: 'inwoners',
  employees: 'medewerkers',
  departments: 'afdelingen',
};

const PROVENANCE_NL: Record<Provenance, string> = {
  published: 'Modelgemeente (gepubliceerd)',
  'published-incomplete': 'Modelgemeente (gepubliceerd, onvolledig)',
  secondhand: 'Modelgemeente (uit tweede hand)',
  example: 'Voorbeeldwaarde',
  imported: 'Geïmporteerd',
  custom: 'Eigen regel',
};

const ASSUMPTION = 'Aanname begroting';

/** The source of a value the user set in this budget (an override of the catalogue's value). */
const OWN_VALUE_SOURCE = 'Aangepast in deze begroting';

/** Component names inside a sentence ("€ 38.000 structureel + € 2.382 heraanbesteding"). */
const COMPONENT_NL: Record<Component, string> = {
  incidental: 'incidenteel',
  structural: 'structureel',
  investment: 'investering',
  depreciation: 'afschrijving',
  interest: 'rente',
  retender: 'heraanbesteding',
  migration: 'migratie',
};

/** Options for the trace texts; nothing here changes an amount. */
export interface ExplainOptions {
  /**
   * The line as the catalogue (the model) has it, before this budget's override. With it the trace
   * names the model value and the budget's own value apart, each with its source.
   */
  modelLine?: LineInput | null;
}

function quantityText(plan: LinePlan, quantity: number): string {
  return quantityTextFor(plan.line.costBasis, quantity);
}

/** The quantity a line's cost basis starts from (amount, hours per week, hours or units), or null. */
function basisQuantityOf(line: LineInput): number | null {
  switch (line.costBasis) {
    case 'amount':
      return line.amountCents ?? null;
    case 'staff':
      return line.hoursPerWeek ?? null;
    case 'hire':
      return line.hours ?? null;
    case 'licence':
      return line.units ?? null;
  }
}

function quantityTextFor(costBasis: CostBasis, quantity: number): string {
  switch (costBasis) {
    case 'amount':
      return formatEuroExact(quantity);
    case 'staff':
      return `${formatNumberShort(quantity, 2)} u/w`;
    case 'hire':
      return `${formatNumberShort(quantity, 2)} uur`;
    case 'licence':
      return `${formatNumberShort(quantity, 2)} eenheden`;
  }
}

/** The rescaling in words, naming the rule that applied (ADR 0010). */
function scalingText(ctx: EngineContext, plan: LinePlan): string {
  const model = quantityText(plan, plan.modelQuantity);
  const scaled = quantityText(plan, plan.scaledQuantity);
  if (plan.line.ownQuantity === true) return `${model} (eigen waarde, niet geschaald)`;
  if (plan.scalingRule === 'shared-fixed') {
    const min = ctx.range?.minRatio ?? 1;
    return `${model} × ${formatNumberShort(plan.ruleRatio, 4)} / ${formatNumberShort(min, 4)} = ${scaled} (vast, gedeelde uitvoering onder het geldigheidsbereik: aandeel inwoners)`;
  }
  if (plan.line.driver === 'fixed') return `${model} (vast, niet geschaald)`;
  if (plan.scalingRule === 'below-range' || plan.scalingRule === 'above-range') {
    const edge = formatNumberShort(plan.ruleRatio, 4);
    const ratio = formatNumberShort(plan.ratio, 4);
    const where = plan.scalingRule === 'below-range' ? 'onder' : 'boven';
    return `${model} × ${edge}^${formatNumberShort(plan.elasticity, 3)} × ${ratio} / ${edge} = ${scaled} (${where} het geldigheidsbereik: machtsregel tot de grens ${edge}, daarna evenredig)`;
  }
  if (plan.elasticity === 0) return `${model} (elasticiteit 0, niet geschaald)`;
  const ratio = `(${formatNumberShort(plan.own, 2)} / ${formatNumberShort(plan.model, 2)})^${formatNumberShort(plan.elasticity, 3)}`;
  return `${model} × ${ratio} = ${scaled}`;
}

function stepText(ctx: EngineContext): string {
  const step = ctx.input.assumptions.salaryStep;
  return step === 'max' ? 'max' : `trede-index ${step}`;
}

/** How the unindexed base amount comes about, ending in that amount. */
function basisText(ctx: EngineContext, plan: LinePlan): string {
  const a = ctx.input.assumptions;
  const period = plan.perYear ? 'per jaar' : 'totaal';
  const scaling = scalingText(ctx, plan);
  switch (plan.line.costBasis) {
    case 'amount':
      return `${scaling} ${period}`;
    case 'staff': {
      const hours = formatNumberShort(plan.scaledQuantity, 2);
      const fte = formatNumber(plan.scaledQuantity / 36, 3);
      const factor = formatNumberShort(1 + a.employerCostPct / 100, 4);
      return `${scaling}; ${hours} / 36 = ${fte} FTE × schaal ${plan.line.salaryScale ?? ''} (${stepText(ctx)} ${formatEuroExact(plan.unitCents)}/mnd) × 12 × ${factor} = ${formatEuroExact(plan.baseCents)} per jaar`;
    }
    case 'hire':
      return `${scaling} × ${formatEuroExact(plan.unitCents)}/uur = ${formatEuroExact(plan.baseCents)} ${period}`;
    case 'licence': {
      const price =
        plan.periodsPerYear === 12
          ? `${formatEuroExact(plan.unitCents)}/mnd × 12`
          : `${formatEuroExact(plan.unitCents)}/jaar`;
      return `${scaling} × ${price} = ${formatEuroExact(plan.baseCents)} per jaar`;
    }
  }
}

/**
 * The value the line starts from. A catalogue line shows its model value and the model's source;
 * an overridden one shows the model value (with the model's source) and the budget's own value
 * (with "Aangepast in deze begroting") apart; a custom line only has an own value.
 */
function valueInputs(plan: LinePlan, modelLine: LineInput | null | undefined): TraceInput[] {
  const { line } = plan;
  const provenance = PROVENANCE_NL[line.provenance] ?? line.provenance;
  const own = quantityText(plan, plan.modelQuantity);
  // An own quantity (ADR 0013) is this municipality's value and is not rescaled.
  const ownSource = line.ownQuantity === true ? 'Ingevuld voor deze gemeente (niet geschaald)' : OWN_VALUE_SOURCE;
  if (line.provenance === 'custom') return [{ label: 'Eigen waarde', value: own, source: provenance }];
  if (!modelLine)
    return [
      {
        label: line.ownQuantity === true ? 'Eigen waarde' : 'Modelwaarde',
        value: own,
        source: line.ownQuantity === true ? ownSource : provenance,
      },
    ];
  const modelQuantity = basisQuantityOf(modelLine);
  const modelSource = PROVENANCE_NL[modelLine.provenance] ?? modelLine.provenance;
  if (line.ownQuantity !== true && modelLine.costBasis === line.costBasis && modelQuantity === plan.modelQuantity)
    return [{ label: 'Modelwaarde', value: own, source: modelSource }];
  return [
    {
      label: 'Modelwaarde',
      value: modelQuantity == null ? 'ontbreekt in de bron' : quantityTextFor(modelLine.costBasis, modelQuantity),
      source: modelSource,
    },
    { label: 'Eigen waarde', value: own, source: ownSource },
  ];
}

/** A price the budget changed: the model's price as an extra row, the source of the own price. */
function priceInputs(
  label: string,
  unit: string,
  ownCents: number,
  ownSource: string,
  modelCents: number | null | undefined,
  modelSource: string,
): TraceInput[] {
  if (modelCents == null || modelCents === ownCents)
    return [{ label, value: `${formatEuroExact(ownCents)}${unit}`, source: ownSource }];
  return [
    { label: `${label} in het model`, value: `${formatEuroExact(modelCents)}${unit}`, source: modelSource },
    { label: `${label} (eigen waarde)`, value: `${formatEuroExact(ownCents)}${unit}`, source: OWN_VALUE_SOURCE },
  ];
}

function baseInputs(ctx: EngineContext, plan: LinePlan, modelLine: LineInput | null | undefined): TraceInput[] {
  const { line, development } = plan;
  const a = ctx.input.assumptions;
  const provenance = PROVENANCE_NL[line.provenance] ?? line.provenance;
  const modelSource = modelLine ? (PROVENANCE_NL[modelLine.provenance] ?? modelLine.provenance) : provenance;
  const inputs: TraceInput[] = [
    { label: 'Regel', value: line.description, source: provenance },
    // The title only: the domain key is a code ("algemene-ontwikkelingen"), never shown to users.
    { label: 'Ontwikkeling', value: development.title },
    ...valueInputs(plan, modelLine),
    {
      label: 'Eerste jaar van de regel',
      value: String(plan.start),
      source: `start ontwikkeling + ${line.yearOffset} jaar`,
    },
  ];
  if (line.driver !== 'fixed' && line.ownQuantity !== true) {
    const noun = DRIVER_NL[line.driver];
    inputs.push(
      { label: `Aantal ${noun} eigen gemeente`, value: formatNumberShort(plan.own, 2), source: 'Gemeenteprofiel' },
      { label: `Aantal ${noun} Modelgemeente`, value: formatNumberShort(plan.model, 2), source: 'Modelgemeente' },
      {
        label: 'Elasticiteit',
        value: formatNumberShort(plan.elasticity, 3),
        source: line.elasticity != null ? 'Regel' : `Standaard voor schaalbasis ${noun} (${ASSUMPTION.toLowerCase()})`,
      },
    );
  } else if (line.driver !== 'fixed') {
    inputs.push({ label: 'Schaalbasis', value: 'niet geschaald (eigen waarde)', source: 'Regel' });
  } else {
    inputs.push({
      label: 'Schaalbasis',
      value: plan.scalingRule === 'shared-fixed' ? 'vast, gedeelde uitvoering' : 'vast (niet geschaald)',
      source: line.ownQuantity === true ? 'Regel' : provenance,
    });
  }
  const range = ctx.range;
  if (plan.scalingRule !== 'power' && range) {
    inputs.push({
      label: 'Geldigheidsbereik schaling',
      value: `verhouding ${formatNumberShort(range.minRatio, 4)}–${formatNumberShort(range.maxRatio, 4)}`,
      source: `${ASSUMPTION} (ADR 0010)`,
    });
  } else if (plan.line.extrapolate === true && line.driver !== 'fixed' && line.ownQuantity !== true) {
    inputs.push({
      label: 'Geldigheidsbereik schaling',
      value: 'niet toegepast (machtsregel bij elke omvang)',
      source: 'Regel',
    });
  }
  switch (line.costBasis) {
    case 'staff': {
      const t = a.salaryTable;
      inputs.push(
        {
          label: `Maandsalaris schaal ${line.salaryScale ?? ''} (${stepText(ctx)})`,
          value: formatEuroExact(plan.unitCents),
          source: `${t.label}; ${t.source}; geldig vanaf ${t.validFrom}`,
        },
        { label: 'Voltijd werkweek', value: '36 u/w', source: 'Cao Gemeenten' },
        { label: 'Vakantiegeld/IKB en werkgeverslasten', value: formatPct(a.employerCostPct), source: ASSUMPTION },
      );
      break;
    }
    case 'hire': {
      const card = a.rateCard;
      if (plan.hireRole == null) {
        const modelRate = modelLine?.hourlyRateCents;
        inputs.push(
          ...priceInputs(
            'Uurtarief',
            '',
            plan.unitCents,
            modelRate != null && modelRate !== plan.unitCents ? OWN_VALUE_SOURCE : 'Regel',
            modelRate,
            modelSource,
          ),
        );
      } else {
        inputs.push({
          label: `Uurtarief ${plan.hireRole}`,
          value: formatEuroExact(plan.unitCents),
          source: `${card.label}; ${card.source}; geldig vanaf ${card.validFrom}`,
        });
      }
      break;
    }
    case 'licence':
      inputs.push(
        ...priceInputs(
          'Prijs per eenheid',
          `/${plan.periodsPerYear === 12 ? 'mnd' : 'jaar'}`,
          plan.unitCents,
          provenance,
          modelLine?.unitPriceCents,
          modelSource,
        ),
      );
      break;
    case 'amount':
      break;
  }
  return inputs;
}

/** Why the component has nothing in the year by placement rules, or null when it does fall there. */
function placementNote(ctx: EngineContext, plan: LinePlan, component: Component, year: number): string | null {
  const { start, durationYears, term, contractYears } = plan;
  switch (component) {
    case 'incidental': {
      const end = plan.line.kind === 'investment' ? start : start + durationYears - 1;
      if (year >= start && year <= end) return null;
      return `regel valt in ${start === end ? start : `${start}–${end}`}`;
    }
    case 'structural':
      return year >= start ? null : `regel start in ${start}`;
    case 'investment':
      return year === start ? null : `investering valt in ${start}`;
    case 'depreciation':
    case 'interest':
      if (ctx.capital.writeOffAtOnce) {
        if (component === 'interest') return `activeren en direct afschrijven: boekwaarde 0, geen rente`;
        return year === start ? null : `activeren en direct afschrijven: het hele bedrag in ${start}`;
      }
      return year > start && year <= start + term ? null : `kapitaallasten lopen ${start + 1}–${start + term}`;
    case 'retender':
    case 'migration':
      return year >= start && (year - start + 1) % contractYears === 0
        ? null
        : `geen contracteinde in ${year} (contract van ${contractYears} jaar vanaf ${start})`;
  }
}

function componentText(
  ctx: EngineContext,
  plan: LinePlan,
  component: Component,
  year: number,
  inputs: TraceInput[],
): string {
  const a = ctx.input.assumptions;
  const threshold = formatEuro(a.activationThresholdCents);
  switch (component) {
    case 'incidental': {
      if (plan.line.kind === 'investment') {
        if (plan.consumptive)
          return `SaaS of licentierechten: exploitatielast in ${plan.start}, nooit geactiveerd (CBS Kredo: licentierechten zijn consumptief), niet geïndexeerd`;
        inputs.push({ label: 'Activeringsgrens', value: threshold, source: ASSUMPTION });
        return `onder de activeringsgrens ${threshold}: incidenteel in ${plan.start}, niet geïndexeerd`;
      }
      const end = plan.start + plan.durationYears - 1;
      if (plan.perYear) {
        return plan.durationYears === 1
          ? `incidenteel in ${plan.start}, niet geïndexeerd`
          : `incidenteel, het jaarbedrag in elk jaar ${plan.start}–${end}, niet geïndexeerd`;
      }
      if (plan.durationYears === 1) return `incidenteel in ${plan.start}, niet geïndexeerd`;
      // Mirror fillComponent: the total is rounded first, then split in whole euros.
      const rounded = formatEuro(roundEuro(plan.baseCents));
      return `afgerond ${rounded} verdeeld over ${plan.durationYears} jaar (${plan.start}–${end}) in hele euro's, restant naar de eerste jaren; niet geïndexeerd`;
    }
    case 'structural': {
      const k = year - ctx.firstYear;
      if (plan.indexation === 'none') return 'geen indexatie';
      const wage = plan.indexation === 'wage';
      const pct = wage ? a.wageIndexationPct : a.priceIndexationPct;
      const label = wage ? 'loonindexatie' : 'prijsindexatie';
      inputs.push({
        label: wage ? 'Loonindexatie per jaar' : 'Prijsindexatie per jaar',
        value: formatPct(pct),
        source: ASSUMPTION,
      });
      return `× ${formatNumber(1 + pct / 100, 3)}^${k} (${label} vanaf ${ctx.firstYear})`;
    }
    case 'retender':
    case 'migration': {
      const what = component === 'retender' ? 'aanbesteding' : 'migratie';
      const explicit = component === 'retender' ? plan.line.retenderCents : plan.line.migrationCents;
      const contract = `contracteinde ${year} (contract van ${plan.contractYears} jaar vanaf ${plan.start})`;
      if (explicit != null) {
        inputs.push({
          label: `Bedrag ${what}`,
          value: formatEuroExact(explicit),
          source: PROVENANCE_NL[plan.line.provenance] ?? 'Regel',
        });
        if (!plan.contractEndScaled)
          return `vast bedrag ${what} ${formatEuroExact(explicit)} (in de catalogus vast, niet geschaald, niet geïndexeerd) bij ${contract}`;
        const cents = component === 'retender' ? plan.retenderCents : plan.migrationCents;
        return `bedrag ${what} ${formatEuroExact(explicit)} × schaalfactor van de regel ${formatNumberShort(plan.scaleFactor, 4)} = ${formatEuroExact(cents)} (niet geïndexeerd) bij ${contract}`;
      }
      const pct = component === 'retender' ? a.retenderPct : a.migrationPct;
      inputs.push({
        label: `Kosten ${what} bij contracteinde`,
        value: `${formatPct(pct)} van een jaarbedrag`,
        source: ASSUMPTION,
      });
      return `× ${formatPct(pct)} ${what} bij ${contract}, op het ongeïndexeerde jaarbedrag`;
    }
    case 'investment':
      inputs.push({ label: 'Activeringsgrens', value: threshold, source: ASSUMPTION });
      if (ctx.capital.writeOffAtOnce)
        return `investering in ${plan.start}, ten minste de activeringsgrens ${threshold}: geactiveerd en direct afgeschreven in ${plan.start} (naast het totaal)`;
      return `investering in ${plan.start}, ten minste de activeringsgrens ${threshold}: geactiveerd (naast het totaal, kapitaallasten vanaf ${plan.start + 1})`;
    case 'depreciation':
    case 'interest': {
      const cap = ctx.capital;
      if (cap.writeOffAtOnce) {
        inputs.push({ label: 'Activeren en direct afschrijven', value: 'aan', source: ASSUMPTION });
        return component === 'depreciation'
          ? `activeren en direct afschrijven: het hele bedrag in ${plan.start}, het jaar van de investering`
          : `activeren en direct afschrijven: boekwaarde 0, geen rente`;
      }
      const j = year - plan.start;
      inputs.push({ label: 'Afschrijvingstermijn', value: `${plan.term} jaar`, source: TERM_SOURCE[plan.termSource] });
      if (plan.termSource === 'asset-class' && plan.line.assetClass)
        inputs.push({ label: 'Activaklasse', value: ASSET_CLASS_NL[plan.line.assetClass], source: 'Regel' });
      if (component === 'depreciation') {
        return `/ ${plan.term} jaar lineair (afschrijvingsjaar ${j} van ${plan.term})`;
      }
      inputs.push({ label: 'Omslagrente', value: formatPct(a.interestRatePct), source: ASSUMPTION });
      const bookValue = (plan.baseCents * (plan.term - j + 1)) / plan.term;
      const base = `boekwaarde 1 januari ${year} = ${formatEuroExact(bookValue)} (${plan.term - j + 1}/${plan.term} van de investering) × ${formatPct(a.interestRatePct)} omslagrente`;
      if (cap.interestOnOwnEquity) {
        inputs.push({ label: 'Rente over eigen vermogen', value: 'aan', source: ASSUMPTION });
        return `${base} (rente over de hele boekwaarde, ook het deel uit eigen vermogen)`;
      }
      if (cap.interestSharePct === 100) return base;
      inputs.push({
        label: 'Deel gefinancierd met vreemd vermogen',
        value: formatPct(cap.externalFinancingPct),
        source: ASSUMPTION,
      });
      return `${base} × ${formatPct(cap.externalFinancingPct)} vreemd vermogen (geen rente over eigen vermogen)`;
    }
  }
}

const TERM_SOURCE: Readonly<Record<TermSource, string>> = {
  line: 'Regel',
  'asset-class': 'Afschrijvingstermijn per activaklasse (instelling organisatie)',
  default: ASSUMPTION,
  none: ASSUMPTION,
};

export const ASSET_CLASS_NL: Readonly<Record<AssetClass, string>> = {
  software: 'software',
  hardware: 'hardware',
  infrastructure: 'infrastructuur en netwerk',
  other: 'overig',
};

function buildTrace(
  ctx: EngineContext,
  plan: LinePlan,
  component: Component,
  year: number,
  cell: number,
  modelLine?: LineInput | null,
): Trace {
  if (plan.incomplete) {
    const inputs = [
      { label: 'Regel', value: plan.line.description, source: 'Modelgemeente (gepubliceerd, onvolledig)' },
    ];
    return {
      formula: `Regel is in de bron afgekapt; bedrag of uren ontbreken en tellen mee als ${formatEuro(cell)} tot u de regel aanvult`,
      inputs,
    };
  }
  if (plan.fixedYearCents) {
    const inputs = [
      { label: `Bijdrage ${year}`, value: formatEuroExact(cell), source: 'Gedeelde begroting (verdeelsleutel)' },
    ];
    return {
      formula: `${plan.line.description}: bijdrage aan samenwerking volgens verdeelsleutel; niet geschaald of geïndexeerd = ${formatEuro(cell)}`,
      inputs,
    };
  }
  const inputs = baseInputs(ctx, plan, modelLine);
  const note = placementNote(ctx, plan, component, year);
  if (note != null) {
    return { formula: `Geen bedrag in ${year}: ${note} = ${formatEuro(cell)}`, inputs };
  }
  const explicitContractCost =
    (component === 'retender' && plan.line.retenderCents != null) ||
    (component === 'migration' && plan.line.migrationCents != null);
  const step = componentText(ctx, plan, component, year, inputs);
  const formula = explicitContractCost
    ? `${step[0]?.toUpperCase()}${step.slice(1)}`
    : `${basisText(ctx, plan)}; ${step}`;
  return { formula: `${formula} = ${formatEuro(cell)}`, inputs };
}

/**
 * The plan of a line for a cell in `year`, or null when the line or year is not part of the result
 * (unknown id, year outside the horizon, disabled development).
 */
function enabledPlanAt(
  input: CalculationInput,
  lineId: string,
  year: number,
): { ctx: EngineContext; plan: LinePlan } | null {
  const ctx = createContext(input);
  const index = input.lines.findIndex((line) => line.id === lineId);
  if (index < 0 || year < ctx.firstYear || year > ctx.lastYear) return null;
  const plan = planLine(ctx, input.lines[index] as (typeof input.lines)[number], index);
  return plan.enabled ? { ctx, plan } : null;
}

/**
 * "Hoe berekend" for one cell (amounts in the text are nl-NL euros). Returns null when the line,
 * the component or the year is not part of the result (unknown id, disabled development, year
 * outside the horizon). Throws EngineInputError like calculate() for a line it cannot compute.
 */
export function explainCell(
  input: CalculationInput,
  lineId: string,
  component: Component,
  year: number,
  options: ExplainOptions = {},
): Trace | null {
  const planned = enabledPlanAt(input, lineId, year);
  if (!planned || !componentsOf(planned.plan).includes(component)) return null;
  const { ctx, plan } = planned;
  const out = new Array<number>(ctx.horizon).fill(0);
  fillComponent(ctx, plan, component, out);
  return buildTrace(ctx, plan, component, year, out[year - ctx.firstYear] as number, options.modelLine);
}

/** One component of a line-year with its amount and trace. */
export interface CellPart {
  component: Component;
  amount: Cents;
  trace: Trace;
}

/** "Hoe berekend" for a whole line-year: the cell in the grid is the sum of its parts. */
export interface CellExplanation {
  /** Exploitation parts (incidental, structural, capital charges, contract-end costs), in engine order. */
  parts: CellPart[];
  /** The cell: the sum of the parts (what the grid shows for the line in that year). */
  total: Cents;
  /** The activated investment of that year, beside the total (not in it); null when there is none. */
  investment: CellPart | null;
  /** The total in words, naming each part that contributes: "… = € 40.382". */
  totalText: string;
}

/**
 * Explains one line-year of the grid: every component with its trace, and the cell's total stated
 * as the sum of its parts. Null when the line or year is not part of the result (as explainCell).
 */
export function explainLineYear(
  input: CalculationInput,
  lineId: string,
  year: number,
  options: ExplainOptions = {},
): CellExplanation | null {
  const planned = enabledPlanAt(input, lineId, year);
  if (!planned) return null;
  const { ctx, plan } = planned;
  const parts: CellPart[] = [];
  let investment: CellPart | null = null;
  for (const component of componentsOf(plan)) {
    const out = new Array<number>(ctx.horizon).fill(0);
    fillComponent(ctx, plan, component, out);
    const amount = out[year - ctx.firstYear] as number;
    const part = { component, amount, trace: buildTrace(ctx, plan, component, year, amount, options.modelLine) };
    if (component === 'investment') investment = amount === 0 ? null : part;
    else parts.push(part);
  }
  const total = parts.reduce((sum, part) => sum + part.amount, 0);
  return { parts, total, investment, totalText: totalText(year, parts, total, investment) };
}

function totalText(year: number, parts: readonly CellPart[], total: number, investment: CellPart | null): string {
  const counted = parts.filter((part) => part.amount !== 0);
  let text: string;
  if (counted.length === 0) text = `Totaal ${year}: ${formatEuro(total)} (geen bedrag in dit jaar)`;
  else if (counted.length === 1)
    text = `Totaal ${year}: ${formatEuro(total)} (${COMPONENT_NL[(counted[0] as CellPart).component]})`;
  else
    text = `Totaal ${year}: ${counted.map((part) => `${formatEuro(part.amount)} ${COMPONENT_NL[part.component]}`).join(' + ')} = ${formatEuro(total)}`;
  if (investment)
    text += `; de investering van ${formatEuro(investment.amount)} staat naast het totaal en telt niet mee`;
  return text;
}

/**
 * Traces for every cell of every row: { [lineId]: { [component]: { [year]: Trace } } }.
 * Recomputed from the input through the same path as calculate(), so each trace ends with its
 * cell's amount.
 * `modelLines` (line id → the catalogue's line before an override) lets the traces name the model
 * value and the budget's own value apart.
 */
export function explainAll(
  input: CalculationInput,
  options: { modelLines?: ReadonlyMap<string, LineInput> } = {},
): TraceMap {
  const ctx = createContext(input);
  const traces: TraceMap = {};
  input.lines.forEach((line, index) => {
    const plan = planLine(ctx, line, index);
    if (!plan.enabled) return;
    const byComponent: TraceMap[string] = {};
    for (const component of componentsOf(plan)) {
      const out = new Array<number>(ctx.horizon).fill(0);
      fillComponent(ctx, plan, component, out);
      const byYear: Record<number, Trace> = {};
      ctx.years.forEach((year, k) => {
        byYear[year] = buildTrace(ctx, plan, component, year, out[k] as number, options.modelLines?.get(line.id));
      });
      byComponent[component] = byYear;
    }
    traces[line.id] = byComponent;
  });
  return traces;
}
