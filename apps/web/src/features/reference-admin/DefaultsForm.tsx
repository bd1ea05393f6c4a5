import { useState, type FormEvent } from 'react';
import type { DefaultAssumptionKey, DefaultSource, OrganisationDefaults, ReferenceAdmin } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert, Badge } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, SelectField, TextField } from '../../ui/Field.tsx';
import { centsToInput, formatDate, numberToInput, parseDutchNumber, parseEurosToCents } from '../../lib/format.ts';
import { apiProblems, problemFor, today, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from './FormErrors.tsx';
import { useResetDefaults, useSaveDefaults } from './mutations.ts';
import { SourceParts } from '../reference/SourceParts.tsx';

export const DEFAULT_LABEL: Record<DefaultAssumptionKey, string> = {
  salaryTableId: 'Salaristabel',
  salaryStep: 'Periodiek (trede)',
  employerCostPct: 'Werkgeverslasten',
  rateCardId: 'Tariefkaart inhuur',
  defaultHireRole: 'Standaardrol inhuur',
  priceIndexationPct: 'Prijsindexatie',
  wageIndexationPct: 'Loonindexatie',
  interestRatePct: 'Rente kapitaallasten',
  activationThresholdCents: 'Activeringsgrens',
  defaultDepreciationYears: 'Afschrijvingstermijn',
  defaultElasticity: 'Standaard elasticiteit',
  retenderPct: 'Heraanbesteding bij contracteinde',
  migrationPct: 'Migratie bij contracteinde',
  scalingRange: 'Geldigheidsbereik schaling',
  depreciationYearsByAssetClass: 'Afschrijvingstermijn per activaklasse',
  externalFinancingPct: 'Deel gefinancierd met vreemd vermogen',
  interestOnOwnEquity: 'Rente over eigen vermogen',
  writeOffAtOnce: 'Activeren en direct afschrijven',
};

const ASSET_CLASSES = ['software', 'hardware', 'infrastructure', 'other'] as const;
const ASSET_CLASS_LABEL: Record<(typeof ASSET_CLASSES)[number], string> = {
  software: 'Software',
  hardware: 'Hardware',
  infrastructure: 'Infrastructuur en netwerk',
  other: 'Overig',
};
const BOOLEAN_KEYS = ['interestOnOwnEquity', 'writeOffAtOnce'] as const;

const DRIVERS = ['fixed', 'inhabitants', 'employees', 'departments'] as const;
const DRIVER_NL: Record<(typeof DRIVERS)[number], string> = {
  fixed: 'vast',
  inhabitants: 'inwoners',
  employees: 'medewerkers',
  departments: 'afdelingen',
};
const PERCENT_KEYS = [
  'employerCostPct',
  'priceIndexationPct',
  'wageIndexationPct',
  'interestRatePct',
  'retenderPct',
  'migrationPct',
  'externalFinancingPct',
] as const;

type Values = ReferenceAdmin['defaults']['values'];
type SourceText = { source: string; sourceUrl: string; date: string; note: string };

function valueTexts(values: Values): Record<string, string> {
  const texts: Record<string, string> = {
    salaryTableId: values.salaryTableId,
    rateCardId: values.rateCardId,
    defaultHireRole: values.defaultHireRole,
    salaryStep: values.salaryStep === 'max' ? 'max' : String(values.salaryStep),
    activationThresholdCents: centsToInput(values.activationThresholdCents),
    defaultDepreciationYears: String(values.defaultDepreciationYears),
  };
  for (const key of PERCENT_KEYS) texts[key] = numberToInput(values[key]);
  for (const driver of DRIVERS) texts[`defaultElasticity.${driver}`] = numberToInput(values.defaultElasticity[driver]);
  texts['scalingRange.minRatio'] = values.scalingRange ? numberToInput(values.scalingRange.minRatio) : '';
  texts['scalingRange.maxRatio'] = values.scalingRange ? numberToInput(values.scalingRange.maxRatio) : '';
  for (const cls of ASSET_CLASSES) {
    const years = values.depreciationYearsByAssetClass[cls];
    texts[`depreciationYearsByAssetClass.${cls}`] = years == null ? '' : String(years);
  }
  for (const key of BOOLEAN_KEYS) texts[key] = values[key] ? 'true' : 'false';
  return texts;
}

function sourceTexts(data: ReferenceAdmin['defaults']): Record<string, SourceText> {
  return Object.fromEntries(
    Object.entries(data.sources).map(([key, s]) => [
      key,
      { source: s.source, sourceUrl: s.sourceUrl ?? '', date: s.date ?? '', note: s.note ?? '' },
    ]),
  );
}

/** Reads the form back into typed values; problems name the field that could not be read. */
function readValues(texts: Record<string, string>): { values: Values | null; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const number = (key: string, field = key) => {
    const value = parseDutchNumber(texts[key] ?? '');
    if (value === null) problems.push({ field, message: 'vul een getal in' });
    return value ?? 0;
  };
  const step = (texts.salaryStep ?? '').trim().toLowerCase();
  const stepValue = step === 'max' ? 'max' : Number(step);
  if (stepValue !== 'max' && !Number.isInteger(stepValue))
    problems.push({ field: 'salaryStep', message: "vul 'max' of een tredenummer in" });
  const threshold = parseEurosToCents(texts.activationThresholdCents ?? '');
  if (threshold === null) problems.push({ field: 'activationThresholdCents', message: 'vul een bedrag in euro’s in' });
  // Both range fields empty: no validity range (the power law at every size).
  const rangeBlank =
    (texts['scalingRange.minRatio'] ?? '').trim() === '' && (texts['scalingRange.maxRatio'] ?? '').trim() === '';
  const scalingRange = rangeBlank
    ? null
    : {
        minRatio: number('scalingRange.minRatio', 'scalingRange'),
        maxRatio: number('scalingRange.maxRatio', 'scalingRange'),
      };
  // A class left empty has no term of its own: its investments take the default term.
  const depreciationYearsByAssetClass: Values['depreciationYearsByAssetClass'] = {};
  for (const cls of ASSET_CLASSES) {
    const key = `depreciationYearsByAssetClass.${cls}`;
    if ((texts[key] ?? '').trim() !== '') depreciationYearsByAssetClass[cls] = number(key);
  }
  const values: Values = {
    scalingRange,
    depreciationYearsByAssetClass,
    externalFinancingPct: number('externalFinancingPct'),
    interestOnOwnEquity: texts.interestOnOwnEquity === 'true',
    writeOffAtOnce: texts.writeOffAtOnce === 'true',
    salaryTableId: texts.salaryTableId ?? '',
    rateCardId: texts.rateCardId ?? '',
    defaultHireRole: (texts.defaultHireRole ?? '').trim(),
    salaryStep: stepValue === 'max' ? 'max' : Number(stepValue),
    employerCostPct: number('employerCostPct'),
    priceIndexationPct: number('priceIndexationPct'),
    wageIndexationPct: number('wageIndexationPct'),
    interestRatePct: number('interestRatePct'),
    retenderPct: number('retenderPct'),
    migrationPct: number('migrationPct'),
    activationThresholdCents: threshold ?? 0,
    defaultDepreciationYears: number('defaultDepreciationYears'),
    defaultElasticity: {
      fixed: number('defaultElasticity.fixed', 'defaultElasticity'),
      inhabitants: number('defaultElasticity.inhabitants', 'defaultElasticity'),
      employees: number('defaultElasticity.employees', 'defaultElasticity'),
      departments: number('defaultElasticity.departments', 'defaultElasticity'),
    },
  };
  return { values: problems.length === 0 ? values : null, problems };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Drops the organisation's own defaults: it follows the shipped ones again (with their derived parts). */
function ResetDefaults({ onReset }: { onReset: (defaults: OrganisationDefaults) => void }) {
  const reset = useResetDefaults(onReset);
  return (
    <div className="app-row">
      <Button appearance="secondary" type="button" disabled={reset.isPending} onClick={() => reset.mutate()}>
        Terug naar de meegeleverde standaarden
      </Button>
      {reset.error ? <Alert type="error">{errorMessage(reset.error)}</Alert> : null}
    </div>
  );
}

/** The organisation's default assumptions for new budgets, each with its source. */
export function DefaultsForm({ data }: { data: ReferenceAdmin }) {
  const [texts, setTexts] = useState(() => valueTexts(data.defaults.values));
  const [sources, setSources] = useState(() => sourceTexts(data.defaults));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useSaveDefaults();

  const setText = (key: string, value: string) => {
    setSaved(false);
    setTexts((t) => ({ ...t, [key]: value }));
    // A changed value gets today's date unless the administrator gives another one.
    const sourceKey = key.split('.')[0]!;
    setSources((s) => {
      const current = s[sourceKey] ?? { source: '', sourceUrl: '', date: '', note: '' };
      return current.date === today() ? s : { ...s, [sourceKey]: { ...current, date: today() } };
    });
  };
  const setSource = (key: string, field: keyof SourceText, value: string) => {
    setSaved(false);
    setSources((s) => ({
      ...s,
      [key]: { ...(s[key] ?? { source: '', sourceUrl: '', date: '', note: '' }), [field]: value },
    }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { values, problems: readProblems } = readValues(texts);
    if (!values) {
      setProblems(readProblems);
      return;
    }
    const original = data.defaults.values;
    const changedValues = Object.fromEntries(
      Object.entries(values).filter(([key, value]) => !same(value, original[key as keyof Values])),
    );
    const originalSources = sourceTexts(data.defaults);
    const changedSources: Partial<Record<DefaultAssumptionKey, DefaultSource>> = {};
    const missing: FormProblem[] = [];
    for (const key of Object.keys(DEFAULT_LABEL) as DefaultAssumptionKey[]) {
      const text = sources[key];
      const valueChanged = key in changedValues;
      // A salary table or rate card brings its own source (the API copies it).
      if (key === 'salaryTableId' || key === 'rateCardId') continue;
      if (!text || (!valueChanged && same(text, originalSources[key]))) continue;
      if (text.source.trim() === '') {
        missing.push({ field: `${key}.source`, message: 'bron is verplicht bij een gewijzigde waarde' });
        continue;
      }
      changedSources[key] = {
        source: text.source.trim(),
        sourceUrl: text.sourceUrl.trim() || null,
        date: text.date || null,
        note: text.note.trim() || null,
      };
    }
    if (missing.length > 0) {
      setProblems(missing);
      return;
    }
    if (Object.keys(changedValues).length === 0 && Object.keys(changedSources).length === 0) {
      setProblems([{ field: 'form', message: 'Er is niets gewijzigd.' }]);
      return;
    }
    save.mutate(
      { values: changedValues, sources: changedSources },
      {
        onSuccess: () => {
          setSaved(true);
          setProblems([]);
        },
        onError: (error) => setProblems(apiProblems(error, ['values', 'sources'])),
      },
    );
  };

  const labels: Record<string, string> = { ...DEFAULT_LABEL };
  const sourceError = (key: string, field: string) => problemFor(problems, `${key}.${field}`);
  const valueField = (
    key: Exclude<
      DefaultAssumptionKey,
      | 'defaultElasticity'
      | 'salaryTableId'
      | 'rateCardId'
      | 'scalingRange'
      | 'depreciationYearsByAssetClass'
      | 'interestOnOwnEquity'
      | 'writeOffAtOnce'
    >,
    unit: string,
    description?: string,
  ) => (
    <TextField
      label={`Waarde (${unit})`}
      description={description}
      inputMode="decimal"
      className="app-input-narrow"
      value={texts[key] ?? ''}
      onChange={(e) => setText(key, e.target.value)}
      error={problemFor(problems, key)}
    />
  );

  const fieldFor = (key: DefaultAssumptionKey) => {
    switch (key) {
      case 'salaryTableId':
        return (
          <SelectField
            label="Salaristabel"
            value={texts.salaryTableId}
            onChange={(e) => setText('salaryTableId', e.target.value)}
            options={data.salaryTables.map((t) => ({
              value: t.id,
              label: `${t.label}${t.estimate ? ' (schatting)' : ''}`,
            }))}
          />
        );
      case 'rateCardId':
        return (
          <SelectField
            label="Tariefkaart"
            value={texts.rateCardId}
            onChange={(e) => setText('rateCardId', e.target.value)}
            options={data.rateCards.map((c) => ({ value: c.id, label: c.label }))}
          />
        );
      case 'defaultElasticity':
        return (
          <div className="app-row">
            {DRIVERS.map((driver) => (
              <TextField
                key={driver}
                label={`Elasticiteit ${DRIVER_NL[driver]}`}
                inputMode="decimal"
                className="app-input-narrow"
                value={texts[`defaultElasticity.${driver}`] ?? ''}
                onChange={(e) => setText(`defaultElasticity.${driver}`, e.target.value)}
                error={problemFor(problems, `defaultElasticity.${driver}`)}
              />
            ))}
          </div>
        );
      case 'scalingRange':
        return (
          <div className="app-row">
            <TextField
              label="Ondergrens (verhouding eigen/model)"
              description="0,2 = 20.000 inwoners bij een model van 100.000; leeg = geen bereik"
              inputMode="decimal"
              className="app-input-narrow"
              value={texts['scalingRange.minRatio'] ?? ''}
              onChange={(e) => setText('scalingRange.minRatio', e.target.value)}
              error={problemFor(problems, 'scalingRange.minRatio')}
            />
            <TextField
              label="Bovengrens (verhouding eigen/model)"
              inputMode="decimal"
              className="app-input-narrow"
              value={texts['scalingRange.maxRatio'] ?? ''}
              onChange={(e) => setText('scalingRange.maxRatio', e.target.value)}
              error={problemFor(problems, 'scalingRange.maxRatio')}
            />
          </div>
        );
      case 'depreciationYearsByAssetClass':
        return (
          <div className="app-row">
            {ASSET_CLASSES.map((cls) => (
              <TextField
                key={cls}
                label={`${ASSET_CLASS_LABEL[cls]} (jaren)`}
                description={cls === 'software' ? 'leeg = standaardtermijn' : undefined}
                inputMode="numeric"
                className="app-input-narrow"
                value={texts[`depreciationYearsByAssetClass.${cls}`] ?? ''}
                onChange={(e) => setText(`depreciationYearsByAssetClass.${cls}`, e.target.value)}
                error={problemFor(problems, `depreciationYearsByAssetClass.${cls}`)}
              />
            ))}
          </div>
        );
      case 'interestOnOwnEquity':
        return (
          <Checkbox
            label="Ook rente rekenen over het deel dat met eigen vermogen is gefinancierd (Commissie BBV raadt dit af)"
            checked={texts.interestOnOwnEquity === 'true'}
            onChange={(e) => setText('interestOnOwnEquity', e.target.checked ? 'true' : 'false')}
          />
        );
      case 'writeOffAtOnce':
        return (
          <Checkbox
            label="Geactiveerde investeringen direct volledig afschrijven in het jaar van de investering"
            checked={texts.writeOffAtOnce === 'true'}
            onChange={(e) => setText('writeOffAtOnce', e.target.checked ? 'true' : 'false')}
          />
        );
      case 'externalFinancingPct':
        return valueField(key, 'procent', '100 = de hele boekwaarde draagt rente (zoals tot nu toe)');
      case 'salaryStep':
        return valueField(key, "'max' of tredenummer", '0 is de laagste trede');
      case 'defaultHireRole':
        return valueField(key, 'rol op de tariefkaart');
      case 'activationThresholdCents':
        return valueField(key, 'euro');
      case 'defaultDepreciationYears':
        return valueField(key, 'jaren');
      default:
        return valueField(key, 'procent');
    }
  };

  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-labelledby="defaults-heading">
      <h2 id="defaults-heading" className="utrecht-heading-2">
        Standaard uitgangspunten voor nieuwe begrotingen
      </h2>
      <p className="utrecht-paragraph">
        {data.defaults.scope === 'organisation'
          ? 'Uw organisatie heeft eigen standaarden'
          : 'Uw organisatie gebruikt de meegeleverde standaarden'}{' '}
        (laatst gewijzigd {formatDate(data.defaults.updatedAt)}). Nieuwe begrotingen beginnen met deze waarden;
        bestaande begrotingen houden hun eigen uitgangspunten. Geef bij elke gewijzigde waarde de bron.
      </p>
      {data.defaults.scope === 'organisation' ? (
        <ResetDefaults
          onReset={(defaults) => {
            setTexts(valueTexts(defaults.values));
            setSources(sourceTexts(defaults));
            setProblems([]);
            setSaved(false);
          }}
        />
      ) : null}
      <FormErrors problems={problems} labels={labels} />
      {saved ? (
        <Alert type="ok">De standaarden zijn opgeslagen. Nieuwe begrotingen gebruiken ze vanaf nu.</Alert>
      ) : null}
      {(Object.keys(DEFAULT_LABEL) as DefaultAssumptionKey[]).map((key) => {
        const source = sources[key] ?? { source: '', sourceUrl: '', date: '', note: '' };
        const stored = data.defaults.sources[key];
        return (
          <fieldset key={key} className="app-card app-stack utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {DEFAULT_LABEL[key]} {stored?.estimate ? <Badge tone="warning">Schatting</Badge> : null}
            </legend>
            {fieldFor(key)}
            {key === 'employerCostPct' ? (
              <>
                <SourceParts
                  parts={stored?.parts}
                  total={data.defaults.values.employerCostPct}
                  heading="Opbouw van de opgeslagen waarde"
                />
                {stored?.parts?.length ? (
                  <p className="utrecht-paragraph utrecht-paragraph--small">
                    Wijzigt u de waarde, dan vervalt deze opbouw; noem in de bron en toelichting hoe het nieuwe
                    percentage is samengesteld.
                  </p>
                ) : null}
              </>
            ) : null}
            {key === 'salaryTableId' || key === 'rateCardId' ? (
              <p className="utrecht-paragraph">
                Bron: {stored?.source ?? '—'} (de bron van de tabel zelf wordt overgenomen bij een andere keuze).
              </p>
            ) : (
              <div className="app-row">
                <TextField
                  label="Bron"
                  size={40}
                  value={source.source}
                  onChange={(e) => setSource(key, 'source', e.target.value)}
                  error={sourceError(key, 'source')}
                />
                <TextField
                  label="Webadres bron"
                  type="url"
                  size={30}
                  value={source.sourceUrl}
                  onChange={(e) => setSource(key, 'sourceUrl', e.target.value)}
                  error={sourceError(key, 'sourceUrl')}
                />
                <TextField
                  label="Datum bron"
                  type="date"
                  value={source.date}
                  onChange={(e) => setSource(key, 'date', e.target.value)}
                  error={sourceError(key, 'date')}
                />
                <TextField
                  label="Toelichting"
                  size={40}
                  value={source.note}
                  onChange={(e) => setSource(key, 'note', e.target.value)}
                  error={sourceError(key, 'note')}
                />
              </div>
            )}
          </fieldset>
        );
      })}
      <div>
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          Standaarden opslaan
        </Button>
      </div>
    </form>
  );
}
