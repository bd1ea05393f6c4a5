import { useState, type FormEvent } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FundingSettingsSchema, type FundingSettings } from '@app/schemas';
import { api } from '../../api/client.ts';
import { sessionQuery } from '../../api/session.ts';
import { Alert } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox, fieldBinder, TextField } from '../../ui/Field.tsx';
import { apiProblems, otherProblems, problemFor } from '../../lib/form-errors.ts';
import { centsToInput, formatEuro, numberToInput, parseDutchNumber, parseEurosToCents } from '../../lib/format.ts';

export const fundingSettingsQuery = queryOptions({
  queryKey: ['funding-settings'] as const,
  queryFn: () => api.get('/funding-settings', FundingSettingsSchema),
});

const FIELDS = [
  'incidentalMaxYears',
  'incidentalThresholdCents',
  'amendmentMinAmountCents',
  'amendmentMinPct',
  'capitalFromReserve',
] as const;

/** The organisation's P&C rules for dekking: administrators change them, everyone else reads them. */
export function FundingSettingsForm() {
  const session = useQuery(sessionQuery);
  const { data } = useQuery(fundingSettingsQuery);
  // Kept here: the form below remounts with the saved settings, and the confirmation must survive that.
  const [saved, setSaved] = useState(false);
  if (!data || !session.data) return null;
  return (
    <SettingsForm
      key={JSON.stringify(data)}
      settings={data}
      editable={session.data.user.role === 'admin'}
      saved={saved}
      setSaved={setSaved}
    />
  );
}

function SettingsForm({
  settings,
  editable,
  saved,
  setSaved,
}: {
  settings: FundingSettings;
  editable: boolean;
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    incidentalMaxYears: String(settings.incidentalMaxYears),
    incidentalThresholdCents: centsToInput(settings.incidentalThresholdCents),
    amendmentMinAmountCents: centsToInput(settings.amendmentMinAmountCents),
    amendmentMinPct: numberToInput(settings.amendmentMinPct),
  });
  const [capitalFromReserve, setCapitalFromReserve] = useState(settings.capitalFromReserve);
  const save = useMutation({
    mutationFn: (body: FundingSettings) => api.put('/funding-settings', body, FundingSettingsSchema),
    onSuccess: async (next) => {
      queryClient.setQueryData(fundingSettingsQuery.queryKey, next);
      await queryClient.invalidateQueries({ queryKey: ['budgets'] });
      setSaved(true);
    },
  });
  const problems = save.error ? apiProblems(save.error) : [];
  const field = fieldBinder(form, (key, value) => setForm((f) => ({ ...f, [key]: value })), problems);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate({
      incidentalMaxYears: parseDutchNumber(form.incidentalMaxYears) ?? Number.NaN,
      incidentalThresholdCents:
        form.incidentalThresholdCents.trim() === ''
          ? null
          : (parseEurosToCents(form.incidentalThresholdCents) ?? Number.NaN),
      amendmentMinAmountCents: parseEurosToCents(form.amendmentMinAmountCents) ?? Number.NaN,
      amendmentMinPct:
        form.amendmentMinPct.trim() === '' ? null : (parseDutchNumber(form.amendmentMinPct) ?? Number.NaN),
      capitalFromReserve,
    });
  };
  if (!editable) {
    return (
      <section className="app-card app-stack" aria-labelledby="funding-settings-heading">
        <h2 className="utrecht-heading-2" id="funding-settings-heading">
          P&amp;C-regels voor de dekking
        </h2>
        <p className="utrecht-paragraph">
          Incidenteel is ten hoogste {settings.incidentalMaxYears} jaar
          {settings.incidentalThresholdCents != null
            ? `; posten onder ${formatEuro(settings.incidentalThresholdCents)} staan samen`
            : ''}
          . Een begrotingswijziging meldt verschillen vanaf {formatEuro(settings.amendmentMinAmountCents)}
          {settings.amendmentMinPct != null ? ` én ${numberToInput(settings.amendmentMinPct)} %` : ''}.
          {settings.capitalFromReserve
            ? ' De kapitaallasten van geactiveerde investeringen worden gedekt uit een bestemmingsreserve.'
            : ''}
        </p>
      </section>
    );
  }
  const rest = otherProblems(problems, FIELDS);
  return (
    <form className="app-card app-stack" onSubmit={submit} noValidate aria-labelledby="funding-settings-heading">
      <h2 className="utrecht-heading-2" id="funding-settings-heading">
        P&amp;C-regels voor de dekking
      </h2>
      <p className="utrecht-paragraph">
        Voor het overzicht van incidentele lasten en baten en de begrotingswijziging van alle begrotingen van de
        organisatie. Standaard: ten hoogste 3 jaar is incidenteel (Commissie BBV, notitie januari 2012) en een wijziging
        vanaf € 25.000 wordt gemeld (zoals Veenendaal; Houten: 10 % én € 75.000). Nieuwe regels gelden voor
        conceptbegrotingen; een ingediende of vastgestelde begroting houdt de regels van dat moment.
      </p>
      {rest.length > 0 ? <Alert type="error">{rest.join(' ')}</Alert> : null}
      {saved ? <Alert type="ok">De regels zijn opgeslagen.</Alert> : null}
      <div className="app-editor__fields">
        <TextField label="Incidenteel: ten hoogste (jaren)" inputMode="numeric" {...field('incidentalMaxYears')} />
        <TextField
          label="Incidentele posten apart vanaf (€, leeg = alle)"
          inputMode="decimal"
          {...field('incidentalThresholdCents')}
        />
        <TextField
          label="Begrotingswijziging melden vanaf (€)"
          inputMode="decimal"
          {...field('amendmentMinAmountCents')}
        />
        <TextField
          label="En vanaf (% van vastgesteld, leeg = geen)"
          inputMode="decimal"
          {...field('amendmentMinPct')}
        />
      </div>
      <Checkbox
        label="Kapitaallasten dekken uit een bestemmingsreserve (afschrijving en rente van geactiveerde investeringen, structurele dekking)"
        checked={capitalFromReserve}
        onChange={(e) => setCapitalFromReserve(e.target.checked)}
      />
      {problemFor(problems, 'capitalFromReserve') ? (
        <Alert type="error">{problemFor(problems, 'capitalFromReserve')}</Alert>
      ) : null}
      <div>
        <Button appearance="primary" type="submit" busy={save.isPending} disabled={save.isPending}>
          Regels opslaan
        </Button>
      </div>
    </form>
  );
}
