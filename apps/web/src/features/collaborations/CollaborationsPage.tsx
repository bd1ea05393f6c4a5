import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { COLLABORATION_FORMS, type CollaborationCreate, type CollaborationForm } from '@app/schemas';
import type { Municipality } from '../../api/types.ts';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { fieldBinder, SelectField, TextField } from '../../ui/Field.tsx';
import { DataTable, yearColumns } from '../../ui/DataTable.tsx';
import { MunicipalityPicker } from '../start/MunicipalityPicker.tsx';
import { useCan } from '../auth/permissions.ts';
import { apiProblems, otherProblems, problemFor } from '../../lib/form-errors.ts';
import { formatDate, formatEuro, formatInteger } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { collaborationQueries, useCreateCollaboration } from './queries.ts';
import { BUDGET_STATUS_LABELS, FORM_LABELS, KEY_TYPE_LABELS } from './labels.ts';

const START_KEYS = ['inhabitants', 'employees', 'equal', 'hybrid'] as const;
type StartKey = (typeof START_KEYS)[number];
const FORM_FIELDS = ['name', 'form', 'keyValidFrom', 'keyValidTo', 'members', 'budget', 'defaultKey'] as const;

/** Samenwerkingen: the host organisation's collaborations, and a form to start one. */
export function CollaborationsPage() {
  usePageTitle('Samenwerkingen');
  const list = useQuery(collaborationQueries.list());
  const mayEdit = useCan('manage-collaborations');
  return (
    <div className="app-stack">
      <h1 className="utrecht-heading-1">Samenwerkingen</h1>
      <p className="utrecht-paragraph">
        Een samenwerkingsverband maakt één gezamenlijke ICT-begroting (bij de gastorganisatie) en verdeelt elke regel
        over de deelnemers met een verdeelsleutel. Per deelnemer ziet u de bijdrage én wat de deelnemer alleen kwijt zou
        zijn: zo wordt de opbrengst van samenwerken zichtbaar.
      </p>
      {list.isPending ? <Loading what="Samenwerkingen" /> : null}
      {list.error ? <Alert type="error">Samenwerkingen konden niet worden geladen.</Alert> : null}
      {list.data ? (
        <DataTable
          label="Samenwerkingen"
          caption="Samenwerkingen van uw organisatie"
          hideCaption
          rows={list.data}
          rowKey={(c) => c.id}
          empty="Uw organisatie heeft nog geen samenwerkingen."
          columns={[
            {
              key: 'name',
              header: 'Samenwerking',
              rowHeader: true,
              cell: (c) => (
                <Link to={`/samenwerkingen/${c.id}`} className="utrecht-link">
                  {c.name}
                </Link>
              ),
            },
            { key: 'form', header: 'Vorm', cell: (c) => FORM_LABELS[c.form] },
            { key: 'members', header: 'Deelnemers', cell: (c) => c.members.map((m) => m.name).join(', ') },
            {
              key: 'period',
              header: 'Sleutelperiode',
              cell: (c) => `${formatDate(c.keyValidFrom)} – ${c.keyValidTo ? formatDate(c.keyValidTo) : 'open'}`,
            },
          ]}
        />
      ) : null}
      <PartnerContributions />
      {mayEdit ? (
        <NewCollaborationForm />
      ) : (
        <p className="utrecht-paragraph">Alleen een informatieadviseur kan een samenwerking aanmaken.</p>
      )}
    </div>
  );
}

function NewCollaborationForm() {
  const navigate = useNavigate();
  const create = useCreateCollaboration();
  const [form, setForm] = useState<CollaborationForm>('informal');
  // The texts typed for the collaboration itself; the key period defaults to a council period.
  const [details, setDetails] = useState({
    name: '',
    keyValidFrom: '2027-01-01',
    keyValidTo: '2030-12-31',
    firstYear: '2027',
  });
  const [startKey, setStartKey] = useState<StartKey>('inhabitants');
  const [equalPct, setEqualPct] = useState('50');
  const [members, setMembers] = useState<Municipality[]>([]);
  const [pickerKey, setPickerKey] = useState(0);
  const problems = create.error ? apiProblems(create.error) : [];
  const field = fieldBinder(details, (key, value) => setDetails((d) => ({ ...d, [key]: value })), problems);

  const add = (m: Municipality) => {
    setMembers((list) => (list.some((x) => x.cbsCode === m.cbsCode) ? list : [...list, m]));
    setPickerKey((k) => k + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const equal = Number(equalPct.replace(',', '.'));
    const defaultKey: CollaborationCreate['defaultKey'] =
      startKey === 'hybrid'
        ? {
            type: 'hybrid',
            parts: [
              { basis: 'equal', percentage: equal },
              { basis: 'inhabitants', percentage: Math.round((100 - equal) * 100) / 100 },
            ],
          }
        : { type: startKey };
    create.mutate(
      {
        name: details.name.trim(),
        form,
        keyValidFrom: details.keyValidFrom,
        keyValidTo: details.keyValidTo || null,
        members: members.map((m) => ({ cbsCode: m.cbsCode })),
        budget: { firstYear: Number(details.firstYear), horizonYears: 4 },
        defaultKey,
      },
      { onSuccess: (created) => void navigate(`/samenwerkingen/${created.id}`) },
    );
  };

  const others = otherProblems(problems, FORM_FIELDS);
  return (
    <form onSubmit={submit} className="app-card app-stack" noValidate aria-labelledby="new-collaboration">
      <h2 id="new-collaboration" className="utrecht-heading-2">
        Nieuwe samenwerking
      </h2>
      <TextField label="Naam van de samenwerking" {...field('name')} />
      <SelectField
        label="Samenwerkingsvorm"
        description="Wordt getoond, niet afgedwongen."
        value={form}
        onChange={(e) => setForm(e.target.value as CollaborationForm)}
        options={COLLABORATION_FORMS.map((f) => ({ value: f, label: FORM_LABELS[f] }))}
      />
      <div className="app-row">
        <TextField label="Sleutel geldig vanaf" type="date" {...field('keyValidFrom')} />
        <TextField
          label="Sleutel geldig tot"
          type="date"
          {...field('keyValidTo')}
          description="Vaak een raadsperiode."
        />
        <TextField label="Eerste begrotingsjaar" inputMode="numeric" {...field('firstYear', 'budget')} size={6} />
      </div>
      <div className="app-stack">
        <MunicipalityPicker key={pickerKey} onSelect={add} />
        {problemFor(problems, 'members') ? (
          <Alert type="error">Deelnemers: {problemFor(problems, 'members')}</Alert>
        ) : null}
        <ul className="utrecht-unordered-list" aria-label="Gekozen deelnemers">
          {members.map((m) => (
            <li key={m.cbsCode} className="utrecht-unordered-list__item">
              {m.name} ({m.cbsCode}, {formatInteger(m.inhabitants)} inwoners op {formatDate(m.referenceDate)}){' '}
              <Button
                appearance="subtle"
                onClick={() => setMembers((list) => list.filter((x) => x.cbsCode !== m.cbsCode))}
                aria-label={`${m.name} verwijderen`}
              >
                Verwijderen
              </Button>
            </li>
          ))}
        </ul>
        {members.length === 0 ? (
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Nog geen deelnemers gekozen: kies er minstens twee.
          </p>
        ) : null}
      </div>
      <div className="app-row">
        <SelectField
          label="Startsleutel"
          value={startKey}
          onChange={(e) => setStartKey(e.target.value as StartKey)}
          options={START_KEYS.map((k) => ({ value: k, label: KEY_TYPE_LABELS[k] }))}
        />
        {startKey === 'hybrid' ? (
          <TextField
            label="Deel gelijk (%)"
            inputMode="decimal"
            value={equalPct}
            onChange={(e) => setEqualPct(e.target.value)}
            size={5}
            description="De rest naar inwoners."
            error={problemFor(problems, 'defaultKey')}
          />
        ) : null}
      </div>
      {others.length > 0 ? (
        <Alert type="error">
          {others.map((o) => (
            <span key={o}>
              {o}
              <br />
            </span>
          ))}
        </Alert>
      ) : null}
      <div>
        <Button appearance="primary" type="submit" busy={create.isPending} disabled={create.isPending}>
          Samenwerking aanmaken
        </Button>
      </div>
    </form>
  );
}

/** As a member (partner role granted by the host): the own contribution to other organisations' collaborations, read-only. */
function PartnerContributions() {
  const partner = useQuery(collaborationQueries.partner());
  if (!partner.data || partner.data.length === 0) return null;
  return (
    <section aria-labelledby="partner-contributions" className="app-stack">
      <h2 id="partner-contributions" className="utrecht-heading-2">
        Onze bijdragen aan samenwerkingen
      </h2>
      {partner.data.map((p) => {
        const sum = (r: Record<number, number>) => p.years.reduce((a, y) => a + (r[y] ?? 0), 0);
        return (
          <div key={p.collaborationId} className="app-card app-stack">
            <h3 className="utrecht-heading-3">
              {p.collaborationName}: bijdrage {p.memberName}
            </h3>
            <p className="utrecht-paragraph">
              Gastorganisatie {p.hostName} · {p.budget.name} ({BUDGET_STATUS_LABELS[p.budget.status].toLowerCase()},
              laatst gewijzigd {formatDate(p.budget.updatedAt)}) · sleutel: {p.keyText}
            </p>
            <DataTable<{ label: string; amounts: Record<number, number> }>
              label={`Bijdrage ${p.memberName} aan ${p.collaborationName}`}
              caption="Bijdrage per jaar"
              hideCaption
              rows={[
                { label: 'Bijdrage (samen)', amounts: p.contribution.totals.total },
                { label: 'Alleen (eigen begroting)', amounts: p.aloneTogether.alone },
              ]}
              rowKey={(r) => r.label}
              columns={[
                { key: 'label', header: 'Onderdeel', rowHeader: true, cell: (r) => r.label },
                ...yearColumns<{ amounts: Record<number, number> }>(p.years, (r, y) => formatEuro(r.amounts[y] ?? 0)),
                { key: 'total', header: 'Totaal', numeric: true, cell: (r) => formatEuro(sum(r.amounts)) },
              ]}
            />
            <p className="utrecht-paragraph utrecht-paragraph--small">{p.remainderRule}</p>
          </div>
        );
      })}
    </section>
  );
}
