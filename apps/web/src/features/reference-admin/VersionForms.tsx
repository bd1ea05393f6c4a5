import { useState, type FormEvent } from 'react';
import {
  BENCHMARK_UNIT_LABELS,
  BENCHMARK_UNITS,
  type Benchmark,
  type BenchmarkUnit,
  type ReferenceAdmin,
  type Warning,
} from '@app/schemas';
import { Alert } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, fieldBinder, SelectField, TextAreaField, TextField, type FieldBinding } from '../../ui/Field.tsx';
import { centsToInput, formatEuro, parseEurosToCents } from '../../lib/format.ts';
import { apiProblems, problemFor, today, type FormProblem } from '../../lib/form-errors.ts';
import { FormErrors } from './FormErrors.tsx';
import { formatRates, formatScales, parseRates, parseScales } from './parse-tables.ts';
import { useCreateRateCard, useCreateSalaryTable, useSaveBenchmark } from './mutations.ts';

const COMMON_LABELS: Record<string, string> = {
  id: 'Id',
  label: 'Naam',
  validFrom: 'Geldig vanaf',
  source: 'Bron',
  sourceUrl: 'Webadres bron',
  estimate: 'Schatting',
  note: 'Toelichting',
  scales: 'Schalen',
  rates: 'Uurtarieven',
  year: 'Datajaar',
  valueCents: 'Waarde',
  unit: 'Eenheid',
  sample: 'Steekproef',
  minInhabitants: 'Grootteklasse vanaf (inwoners)',
  maxInhabitants: 'Grootteklasse tot (inwoners)',
  makeDefault: 'Standaard maken',
  form: '',
};

interface CommonState {
  label: string;
  validFrom: string;
  source: string;
  sourceUrl: string;
  estimate: boolean;
  note: string;
  makeDefault: boolean;
}
const emptyCommon = (): CommonState => ({
  label: '',
  validFrom: today(),
  source: '',
  sourceUrl: '',
  estimate: false,
  note: '',
  makeDefault: false,
});

function requiredProblems(state: CommonState): FormProblem[] {
  const problems: FormProblem[] = [];
  if (state.label.trim() === '') problems.push({ field: 'label', message: 'vul een naam in' });
  if (state.source.trim() === '') problems.push({ field: 'source', message: 'bron is verplicht' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.validFrom)) problems.push({ field: 'validFrom', message: 'vul een datum in' });
  return problems;
}

function CommonFields({
  state,
  set,
  problems,
  kind,
}: {
  state: CommonState;
  set: (s: CommonState) => void;
  problems: FormProblem[];
  kind: 'tabel' | 'kaart';
}) {
  const field = fieldBinder(state, (key, value) => set({ ...state, [key]: value }), problems);
  return (
    <>
      <div className="app-row">
        <TextField label="Naam" size={36} {...field('label')} required />
        <TextField label="Geldig vanaf" type="date" {...field('validFrom')} required />
      </div>
      <SourceFields field={field} required />
      <TextAreaField label="Toelichting" {...field('note')} />
      <Checkbox
        label="Dit is een schatting (geen officieel gepubliceerde bedragen)"
        checked={state.estimate}
        onChange={(e) => set({ ...state, estimate: e.target.checked })}
      />
      <Checkbox
        label={`Maak deze ${kind} de standaard voor nieuwe begrotingen van uw organisatie`}
        checked={state.makeDefault}
        onChange={(e) => set({ ...state, makeDefault: e.target.checked })}
      />
    </>
  );
}

/** Where a reference figure comes from: its source (required) and the source's web address. */
function SourceFields({
  field,
  required,
}: {
  field: (key: 'source' | 'sourceUrl') => FieldBinding;
  required?: boolean;
}) {
  return (
    <div className="app-row">
      <TextField label="Bron" size={40} {...field('source')} required={required} />
      <TextField label="Webadres bron" type="url" size={36} {...field('sourceUrl')} />
    </div>
  );
}

const commonBody = (state: CommonState) => ({
  label: state.label.trim(),
  validFrom: state.validFrom,
  source: state.source.trim(),
  sourceUrl: state.sourceUrl.trim() || null,
  estimate: state.estimate,
  note: state.note.trim() || null,
  makeDefault: state.makeDefault,
});

/** A new salary-table version: amounts pasted or typed per scale; existing tables are never changed. */
export function NewSalaryTableForm({ data }: { data: ReferenceAdmin }) {
  const base = data.salaryTables.find((t) => t.isDefault) ?? data.salaryTables[0];
  const [common, setCommon] = useState(emptyCommon);
  const [scalesText, setScalesText] = useState(() => (base ? formatScales(base.scales) : ''));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [savedLabel, setSavedLabel] = useState<string | null>(null);
  const create = useCreateSalaryTable();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedLabel(null);
    const scales = parseScales(scalesText);
    const found = [...requiredProblems(common), ...scales.errors.map((message) => ({ field: 'scales', message }))];
    if (found.length > 0) return setProblems(found);
    create.mutate(
      { ...commonBody(common), scales: scales.value },
      {
        onSuccess: (table) => {
          setSavedLabel(table.label);
          setProblems([]);
          setCommon(emptyCommon());
        },
        onError: (error) => setProblems(apiProblems(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-labelledby="new-table-heading">
      <h3 id="new-table-heading" className="utrecht-heading-3">
        Nieuwe versie van de salaristabel
      </h3>
      <FormErrors problems={problems} labels={COMMON_LABELS} />
      {savedLabel ? <Alert type="ok">Salaristabel “{savedLabel}” is toegevoegd.</Alert> : null}
      <CommonFields state={common} set={setCommon} problems={problems} kind="tabel" />
      <TextAreaField
        label="Schalen en maandbedragen"
        description="Eén schaal per regel: schaal, dubbele punt, de bedragen per trede in euro's, oplopend, gescheiden door puntkomma's (of plak uit een spreadsheet met tabs). Voorbeeld: 10: 4.200,00; 5.604,00. Ingevuld met de huidige standaardtabel."
        rows={10}
        value={scalesText}
        onChange={(e) => setScalesText(e.target.value)}
        error={problemFor(problems, 'scales')}
      />
      <div>
        <Button appearance="primary" type="submit" busy={create.isPending} disabled={create.isPending}>
          Salaristabel toevoegen
        </Button>
      </div>
    </form>
  );
}

/** A new rate card; a rate above the Rijk cap is saved with a warning. */
export function NewRateCardForm({ data }: { data: ReferenceAdmin }) {
  const base = data.rateCards.find((c) => c.isDefault) ?? data.rateCards[0];
  const [common, setCommon] = useState(emptyCommon);
  const [ratesText, setRatesText] = useState(() => (base ? formatRates(base.rates) : ''));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [result, setResult] = useState<{ label: string; warnings: Warning[] } | null>(null);
  const create = useCreateRateCard();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const rates = parseRates(ratesText);
    const found = [...requiredProblems(common), ...rates.errors.map((message) => ({ field: 'rates', message }))];
    if (found.length > 0) return setProblems(found);
    create.mutate(
      { ...commonBody(common), rates: rates.value },
      {
        onSuccess: (response) => {
          setResult({ label: response.rateCard.label, warnings: response.warnings });
          setProblems([]);
          setCommon(emptyCommon());
        },
        onError: (error) => setProblems(apiProblems(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-labelledby="new-card-heading">
      <h3 id="new-card-heading" className="utrecht-heading-3">
        Nieuwe tariefkaart inhuur
      </h3>
      <FormErrors problems={problems} labels={COMMON_LABELS} />
      {result ? (
        <Alert type={result.warnings.length > 0 ? 'warning' : 'ok'}>
          Tariefkaart “{result.label}” is toegevoegd.
          {result.warnings.map((w) => (
            <span key={w.path}> {w.message}</span>
          ))}
        </Alert>
      ) : null}
      <CommonFields state={common} set={setCommon} problems={problems} kind="kaart" />
      <TextAreaField
        label="Rollen en uurtarieven"
        description={`Eén rol per regel: rol, dubbele punt, uurtarief in euro's excl. btw.${data.hireRateCap ? ` Maximum volgens de referentiegegevens: ${formatEuro(data.hireRateCap.cents)}/u (${data.hireRateCap.source}); een hoger tarief wordt opgeslagen met een waarschuwing.` : ''} Ingevuld met de huidige standaardkaart.`}
        rows={6}
        value={ratesText}
        onChange={(e) => setRatesText(e.target.value)}
        error={problemFor(problems, 'rates')}
      />
      <div>
        <Button appearance="primary" type="submit" busy={create.isPending} disabled={create.isPending}>
          Tariefkaart toevoegen
        </Button>
      </div>
    </form>
  );
}

interface BenchmarkState {
  label: string;
  year: string;
  value: string;
  unit: BenchmarkUnit;
  source: string;
  sourceUrl: string;
  note: string;
  sample: string;
  minInhabitants: string;
  maxInhabitants: string;
}
const emptyBenchmark = (): BenchmarkState => ({
  label: 'ICT-kosten per inwoner',
  year: String(new Date().getFullYear() - 1),
  value: '',
  unit: 'per-inhabitant',
  source: '',
  sourceUrl: '',
  note: '',
  sample: '',
  minInhabitants: '',
  maxInhabitants: '',
});
const benchmarkState = (b: Benchmark): BenchmarkState => ({
  label: b.label,
  year: String(b.year),
  value: centsToInput(b.valueCents),
  unit: b.unit,
  source: b.source,
  sourceUrl: b.sourceUrl ?? '',
  note: b.note ?? '',
  sample: b.sample ?? '',
  minInhabitants: b.minInhabitants == null ? '' : String(b.minInhabitants),
  maxInhabitants: b.maxInhabitants == null ? '' : String(b.maxInhabitants),
});
/** '' → null (no bound); whole inhabitants, or undefined when it is not a whole number. */
const inhabitantsBound = (text: string): number | null | undefined => {
  const t = text.replace(/\./g, '').trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** Adds a benchmark, or edits the one chosen in the list (`editing`). */
export function BenchmarkForm({ editing, onDone }: { editing: Benchmark | null; onDone: () => void }) {
  const [state, setState] = useState<BenchmarkState>(() => (editing ? benchmarkState(editing) : emptyBenchmark()));
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useSaveBenchmark(editing?.id);
  const field = fieldBinder(state, (key, value) => setState({ ...state, [key]: value }), problems);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const found: FormProblem[] = [];
    const year = Number(state.year);
    const valueCents = parseEurosToCents(state.value);
    if (state.label.trim() === '') found.push({ field: 'label', message: 'vul een naam in' });
    if (!Number.isInteger(year)) found.push({ field: 'year', message: 'vul een jaartal in' });
    if (valueCents === null) found.push({ field: 'valueCents', message: 'vul een bedrag in euro’s in' });
    if (state.source.trim() === '') found.push({ field: 'source', message: 'bron is verplicht' });
    const minInhabitants = inhabitantsBound(state.minInhabitants);
    const maxInhabitants = inhabitantsBound(state.maxInhabitants);
    if (minInhabitants === undefined)
      found.push({ field: 'minInhabitants', message: 'vul een heel aantal inwoners in, of laat leeg' });
    if (maxInhabitants === undefined)
      found.push({ field: 'maxInhabitants', message: 'vul een heel aantal inwoners in, of laat leeg' });
    if (found.length > 0) return setProblems(found);
    save.mutate(
      {
        label: state.label.trim(),
        year,
        valueCents: valueCents!,
        unit: state.unit,
        source: state.source.trim(),
        sourceUrl: state.sourceUrl.trim() || null,
        note: state.note.trim() || null,
        sample: state.sample.trim() || null,
        minInhabitants: minInhabitants ?? null,
        maxInhabitants: maxInhabitants ?? null,
      },
      {
        onSuccess: (benchmark) => {
          setSaved(`${benchmark.label} (${benchmark.year})`);
          setProblems([]);
          setState(emptyBenchmark());
          onDone();
        },
        onError: (error) => setProblems(apiProblems(error)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-stack" aria-labelledby="benchmark-form-heading">
      <h3 id="benchmark-form-heading" className="utrecht-heading-3">
        {editing ? `Benchmark bewerken: ${editing.label} (${editing.year})` : 'Benchmark toevoegen'}
      </h3>
      <FormErrors problems={problems} labels={COMMON_LABELS} />
      {saved ? <Alert type="ok">Benchmark “{saved}” is opgeslagen.</Alert> : null}
      <div className="app-row">
        <TextField label="Naam" size={30} {...field('label')} />
        <TextField label="Datajaar" inputMode="numeric" className="app-input-narrow" {...field('year')} />
        <TextField
          label="Waarde (euro)"
          inputMode="decimal"
          className="app-input-narrow"
          {...field('value', 'valueCents')}
        />
        <SelectField
          label="Eenheid"
          value={state.unit}
          onChange={(e) => setState({ ...state, unit: e.target.value as BenchmarkState['unit'] })}
          options={BENCHMARK_UNITS.map((value) => ({ value, label: BENCHMARK_UNIT_LABELS[value] }))}
        />
      </div>
      <SourceFields field={field} />
      <div className="app-row">
        <TextField
          label="Steekproef"
          description="Wie is gemeten, zoals de bron het zegt (bijv. 43 gemeenten, samen 2,6 miljoen inwoners)"
          size={40}
          {...field('sample')}
        />
        <TextField
          label="Grootteklasse vanaf (inwoners)"
          description="Leeg: geen ondergrens"
          inputMode="numeric"
          className="app-input-narrow"
          {...field('minInhabitants')}
        />
        <TextField
          label="Grootteklasse tot (inwoners)"
          description="Leeg: geen bovengrens; beide leeg is alle gemeenten"
          inputMode="numeric"
          className="app-input-narrow"
          {...field('maxInhabitants')}
        />
      </div>
      <TextAreaField label="Toelichting" {...field('note')} />
      <div className="app-row">
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          {editing ? 'Benchmark opslaan' : 'Benchmark toevoegen'}
        </Button>
        {editing ? <Button onClick={onDone}>Annuleren</Button> : null}
      </div>
    </form>
  );
}
