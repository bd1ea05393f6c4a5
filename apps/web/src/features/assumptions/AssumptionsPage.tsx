import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Assumptions } from '@app/engine';
import { referenceQueries } from '../../api/queries.ts';
import { errorMessage } from '../../api/client.ts';
import { isVersionConflict } from '../budget/conflict.tsx';
import type { ReferenceData } from '../../api/types.ts';
import { useBudgetContext } from '../budget/BudgetLayout.tsx';
import { usePatchBudget } from '../budget/mutations.ts';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import {
  centsToInput,
  formatDate,
  formatEuro,
  formatInteger,
  formatPercent,
  numberToInput,
  parseDutchNumber,
  parseEurosToCents,
} from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { apiProblems, otherProblems, problemFor } from '../../lib/form-errors.ts';
import { SalaryScaleTable } from '../reference-admin/SalaryScaleTable.tsx';
import { SourceParts } from '../reference/SourceParts.tsx';

type NumericKey =
  | 'employerCostPct'
  | 'priceIndexationPct'
  | 'wageIndexationPct'
  | 'interestRatePct'
  | 'defaultDepreciationYears'
  | 'retenderPct'
  | 'migrationPct';

const NUMERIC: { key: NumericKey; label: string; unit: 'pct' | 'years' }[] = [
  { key: 'employerCostPct', label: 'Werkgeverslasten (% op 12 × maandsalaris)', unit: 'pct' },
  { key: 'wageIndexationPct', label: 'Loonindexatie per jaar (%)', unit: 'pct' },
  { key: 'priceIndexationPct', label: 'Prijsindexatie per jaar (%)', unit: 'pct' },
  { key: 'interestRatePct', label: 'Rente kapitaallasten (omslagrente, %)', unit: 'pct' },
  { key: 'defaultDepreciationYears', label: 'Standaard afschrijvingstermijn (jaren)', unit: 'years' },
  { key: 'retenderPct', label: 'Heraanbesteding bij contracteinde (% van jaarwaarde)', unit: 'pct' },
  { key: 'migrationPct', label: 'Migratie bij contracteinde (% van jaarwaarde)', unit: 'pct' },
];

const ELASTICITY_DRIVERS = [
  { key: 'inhabitants', label: 'Elasticiteit inwoners' },
  { key: 'employees', label: 'Elasticiteit medewerkers' },
  { key: 'departments', label: 'Elasticiteit afdelingen' },
] as const;

function SourceNote({ reference, keys }: { reference: ReferenceData; keys: string[] }) {
  const entry = keys.map((k) => reference.assumptionSources[k]).find(Boolean);
  if (!entry) return null;
  return (
    <span>
      Bron: {entry.source}
      {entry.date ? ` (${formatDate(entry.date)})` : ''}
      {entry.note ? `. ${entry.note}` : ''}
    </span>
  );
}

/** Uitgangspunten: every assumption with its source and date, changeable for this budget. */
export function AssumptionsPage() {
  const { budget } = useBudgetContext();
  usePageTitle(`Uitgangspunten ${budget.name}`);
  const reference = useQuery(referenceQueries.all());
  // Lives here because the form remounts (fresh values) when the budget's version changes.
  const [saved, setSaved] = useState(false);
  if (reference.isPending) return <Loading what="Referentiegegevens" />;
  if (reference.error) return <Alert type="error">{errorMessage(reference.error)}</Alert>;
  return <AssumptionsForm key={budget.version} reference={reference.data} saved={saved} setSaved={setSaved} />;
}

function AssumptionsForm({
  reference,
  saved,
  setSaved,
}: {
  reference: ReferenceData;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const { budget, editable } = useBudgetContext();
  const a = budget.assumptions;
  const defaults = reference.defaultAssumptions;
  const patch = usePatchBudget(budget.id);
  const [texts, setTexts] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(NUMERIC.map(({ key }) => [key, numberToInput(a[key])])),
    ...Object.fromEntries(ELASTICITY_DRIVERS.map(({ key }) => [`el-${key}`, numberToInput(a.defaultElasticity[key])])),
    activationThreshold: centsToInput(a.activationThresholdCents),
    salaryTable: a.salaryTable.id,
    salaryStep: String(a.salaryStep),
    rateCard: a.rateCard.id,
    defaultHireRole: a.defaultHireRole,
    rangeMin: a.scalingRange ? numberToInput(a.scalingRange.minRatio) : '',
    rangeMax: a.scalingRange ? numberToInput(a.scalingRange.maxRatio) : '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: string, value: string) => {
    setTexts((t) => ({ ...t, [key]: value }));
    setSaved(false);
  };

  const salaryTables = reference.salaryTables.some((t) => t.id === a.salaryTable.id)
    ? reference.salaryTables
    : [{ ...a.salaryTable, status: 'budget', estimate: false }, ...reference.salaryTables];
  const rateCards = reference.rateCards.some((r) => r.id === a.rateCard.id)
    ? reference.rateCards
    : [a.rateCard, ...reference.rateCards];
  const selectedTable = salaryTables.find((t) => t.id === texts.salaryTable) ?? a.salaryTable;
  const selectedCard = rateCards.find((r) => r.id === texts.rateCard) ?? a.rateCard;
  const maxSteps = Math.max(...Object.values(selectedTable.scales).map((s) => s.length));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const out: Partial<Assumptions> = {};
    for (const { key, label, unit } of NUMERIC) {
      const n = parseDutchNumber(texts[key] ?? '');
      if (
        n === null ||
        n < 0 ||
        (unit === 'pct' && n > 100) ||
        (unit === 'years' && (!Number.isInteger(n) || n < 1 || n > 50))
      )
        next[key] = `${label}: vul een geldige waarde in.`;
      else out[key] = n;
    }
    const elasticity = { ...a.defaultElasticity };
    for (const { key, label } of ELASTICITY_DRIVERS) {
      const n = parseDutchNumber(texts[`el-${key}`] ?? '');
      if (n === null || n < -1 || n > 3) next[`el-${key}`] = `${label}: vul een getal tussen -1 en 3 in.`;
      else elasticity[key] = n;
    }
    out.defaultElasticity = elasticity;
    // Both fields empty: no validity range, the power law at every size (ADR 0010).
    const rangeMin = (texts.rangeMin ?? '').trim();
    const rangeMax = (texts.rangeMax ?? '').trim();
    if (rangeMin === '' && rangeMax === '') out.scalingRange = null;
    else {
      const min = parseDutchNumber(rangeMin);
      const max = parseDutchNumber(rangeMax);
      if (min === null || min <= 0 || min > 1)
        next.rangeMin = 'Ondergrens: vul een verhouding groter dan 0 en hoogstens 1 in (of laat beide velden leeg).';
      if (max === null || max < 1 || max > 1000)
        next.rangeMax = 'Bovengrens: vul een verhouding van minstens 1 in (of laat beide velden leeg).';
      if (min !== null && max !== null) out.scalingRange = { minRatio: min, maxRatio: max };
    }
    const threshold = parseEurosToCents(texts.activationThreshold ?? '');
    if (threshold === null || threshold < 0)
      next.activationThreshold = 'Activeringsgrens: vul een bedrag in euro’s in.';
    else out.activationThresholdCents = threshold;
    out.salaryTable = {
      id: selectedTable.id,
      label: selectedTable.label,
      validFrom: selectedTable.validFrom,
      source: selectedTable.source,
      scales: selectedTable.scales,
    };
    out.salaryStep = texts.salaryStep === 'max' ? 'max' : Number(texts.salaryStep);
    out.rateCard = selectedCard;
    out.defaultHireRole = texts.defaultHireRole ?? a.defaultHireRole;
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    patch.mutate({ assumptions: out, version: budget.version }, { onSuccess: () => setSaved(true) });
  };

  // A server rejection at its field (`body.assumptions.employerCostPct` → that field), the rest above the button.
  const problems = patch.error && !isVersionConflict(patch.error) ? apiProblems(patch.error, ['assumptions']) : [];
  const unplaced = otherProblems(problems, [...NUMERIC.map((n) => n.key), 'defaultElasticity']);

  const defaultText = (key: NumericKey) =>
    NUMERIC.find((n) => n.key === key)?.unit === 'pct' ? formatPercent(defaults[key]) : formatInteger(defaults[key]);

  return (
    <div className="app-stack">
      <h2 className="utrecht-heading-2">Uitgangspunten</h2>
      <p className="utrecht-paragraph">
        Alle cijfers hieronder zijn aanpasbare standaardwaarden met hun bron. Wijzigingen gelden alleen voor deze
        begroting en rekenen direct door in alle bedragen.
      </p>
      <form onSubmit={submit} noValidate className="app-stack">
        <section className="app-card app-stack" aria-labelledby="salary-heading">
          <h3 id="salary-heading" className="utrecht-heading-3">
            Salarissen (Cao Gemeenten)
          </h3>
          <div className="app-row">
            <SelectField
              label="Salaristabel"
              value={texts.salaryTable}
              onChange={(e) => set('salaryTable', e.target.value)}
              options={salaryTables.map((t) => ({
                value: t.id,
                label: `${t.label} (geldig vanaf ${formatDate(t.validFrom)})${t.estimate ? ' — schatting' : ''}`,
              }))}
              description={<SourceNote reference={reference} keys={['salaryTableId', 'salaryTable']} />}
            />
            <SelectField
              label="Periodiek (trede)"
              value={texts.salaryStep}
              onChange={(e) => set('salaryStep', e.target.value)}
              options={[
                { value: 'max', label: 'Maximum van de schaal' },
                ...Array.from({ length: maxSteps }, (_, i) => ({ value: String(i), label: `Trede ${i}` })),
              ]}
              description={<SourceNote reference={reference} keys={['salaryStep']} />}
            />
          </div>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Bron van de tabel: {selectedTable.source}.{' '}
            {'estimate' in selectedTable && selectedTable.estimate ? <Badge tone="warning">Schatting</Badge> : null}
          </p>
          <SalaryScaleTable
            scales={selectedTable.scales}
            label="Maandsalarissen per schaal"
            caption="Maandsalaris per schaal (maximum)"
          />
        </section>

        <section className="app-card app-stack" aria-labelledby="hire-heading">
          <h3 id="hire-heading" className="utrecht-heading-3">
            Inhuur
          </h3>
          <div className="app-row">
            <SelectField
              label="Tariefkaart"
              value={texts.rateCard}
              onChange={(e) => set('rateCard', e.target.value)}
              options={rateCards.map((r) => ({ value: r.id, label: `${r.label} (vanaf ${formatDate(r.validFrom)})` }))}
              description={<SourceNote reference={reference} keys={['rateCardId', 'rateCard']} />}
            />
            <SelectField
              label="Standaardrol voor inhuur"
              value={texts.defaultHireRole}
              onChange={(e) => set('defaultHireRole', e.target.value)}
              options={Object.keys(selectedCard.rates).map((role) => ({ value: role, label: role }))}
              description={<SourceNote reference={reference} keys={['defaultHireRole']} />}
            />
          </div>
          <p className="utrecht-paragraph utrecht-paragraph--small">Bron van de kaart: {selectedCard.source}</p>
          <ul className="utrecht-paragraph">
            {Object.entries(selectedCard.rates).map(([role, cents]) => (
              <li key={role}>
                {role}: {formatEuro(cents)} per uur (excl. btw)
              </li>
            ))}
          </ul>
        </section>

        <section className="app-card app-stack" aria-labelledby="finance-heading">
          <h3 id="finance-heading" className="utrecht-heading-3">
            Percentages, indexatie en kapitaallasten
          </h3>
          <div className="app-editor__fields">
            {NUMERIC.map(({ key, label }) => (
              <TextField
                key={key}
                label={label}
                inputMode="decimal"
                value={texts[key] ?? ''}
                onChange={(e) => set(key, e.target.value)}
                error={errors[key] ?? problemFor(problems, key)}
                size={8}
                description={
                  <>
                    Standaard {defaultText(key)}. <SourceNote reference={reference} keys={[key]} />
                  </>
                }
              />
            ))}
            <TextField
              label="Activeringsgrens investeringen (€)"
              inputMode="decimal"
              value={texts.activationThreshold ?? ''}
              onChange={(e) => set('activationThreshold', e.target.value)}
              error={errors.activationThreshold}
              size={10}
              description={
                <>
                  Standaard {formatEuro(defaults.activationThresholdCents)}.{' '}
                  <SourceNote reference={reference} keys={['activationThresholdCents']} />
                </>
              }
            />
          </div>
          {reference.assumptionSources.employerCostPct?.parts?.length ? (
            <div className="app-stack" aria-labelledby="employer-cost-parts-heading">
              <h4 id="employer-cost-parts-heading" className="utrecht-heading-4">
                Waaruit de standaard werkgeverslasten bestaan
              </h4>
              <SourceParts
                parts={reference.assumptionSources.employerCostPct.parts}
                total={defaults.employerCostPct}
                heading={`Standaard ${formatPercent(defaults.employerCostPct)} op 12 × maandsalaris`}
              />
              {a.employerCostPct !== defaults.employerCostPct ? (
                <p className="utrecht-paragraph utrecht-paragraph--small">
                  Deze begroting rekent met {formatPercent(a.employerCostPct)} in plaats van de standaard.
                </p>
              ) : null}
            </div>
          ) : null}
        </section>

        <section className="app-card app-stack" aria-labelledby="elasticity-heading">
          <h3 id="elasticity-heading" className="utrecht-heading-3">
            Standaard elasticiteit per schaalbasis
          </h3>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Herschaald bedrag = model × (eigen omvang / model-omvang)^elasticiteit. 1 = evenredig, kleiner dan 1 =
            schaalvoordeel. <SourceNote reference={reference} keys={['defaultElasticity']} />
          </p>
          <div className="app-row">
            {ELASTICITY_DRIVERS.map(({ key, label }) => (
              <TextField
                key={key}
                label={label}
                inputMode="decimal"
                value={texts[`el-${key}`] ?? ''}
                onChange={(e) => set(`el-${key}`, e.target.value)}
                error={errors[`el-${key}`] ?? problemFor(problems, `defaultElasticity.${key}`)}
                size={6}
                description={`Standaard ${numberToInput(defaults.defaultElasticity[key])}`}
              />
            ))}
          </div>
        </section>

        <section className="app-card app-stack" aria-labelledby="range-heading">
          <h3 id="range-heading" className="utrecht-heading-3">
            Geldigheidsbereik van de schaling
          </h3>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Binnen dit bereik (verhouding eigen omvang / model-omvang) geldt model × verhouding^elasticiteit. Daarbuiten
            schaalt een regel evenredig vanaf de grens, en betaalt een vaste regel onder de ondergrens het aandeel van
            uw inwoners (gedeelde uitvoering). Laat beide velden leeg om overal de machtsregel te gebruiken.{' '}
            <SourceNote reference={reference} keys={['scalingRange']} />
          </p>
          <div className="app-row">
            <TextField
              label="Ondergrens (verhouding)"
              inputMode="decimal"
              value={texts.rangeMin ?? ''}
              onChange={(e) => set('rangeMin', e.target.value)}
              error={errors.rangeMin}
              size={6}
              description={`Standaard ${defaults.scalingRange ? numberToInput(defaults.scalingRange.minRatio) : 'geen'}`}
            />
            <TextField
              label="Bovengrens (verhouding)"
              inputMode="decimal"
              value={texts.rangeMax ?? ''}
              onChange={(e) => set('rangeMax', e.target.value)}
              error={errors.rangeMax}
              size={6}
              description={`Standaard ${defaults.scalingRange ? numberToInput(defaults.scalingRange.maxRatio) : 'geen'}`}
            />
          </div>
        </section>

        {unplaced.length > 0 ? (
          <Alert type="error">De uitgangspunten zijn niet opgeslagen: {unplaced.join('; ')}</Alert>
        ) : null}
        {saved && !patch.isPending ? (
          <Alert type="ok">Uitgangspunten opgeslagen; alle bedragen zijn herberekend.</Alert>
        ) : null}
        {editable ? (
          <Button appearance="primary" type="submit" disabled={patch.isPending} busy={patch.isPending}>
            {patch.isPending ? 'Opslaan…' : 'Uitgangspunten opslaan'}
          </Button>
        ) : null}
      </form>

      <section className="app-card app-stack" aria-labelledby="examples-heading">
        <h3 id="examples-heading" className="utrecht-heading-3">
          Voorbeeldregels
        </h3>
        <p className="utrecht-paragraph">
          Voorbeeldregels zijn aannames van deze applicatie (geen Modelgemeente-cijfers) zodat een nieuwe begroting
          direct gevuld is.
        </p>
        <Checkbox
          label="Voorbeeldregels meenemen in deze begroting"
          checked={budget.includeExamples}
          disabled={patch.isPending || !editable}
          onChange={(e) => patch.mutate({ includeExamples: e.target.checked, version: budget.version })}
        />
      </section>
    </div>
  );
}
