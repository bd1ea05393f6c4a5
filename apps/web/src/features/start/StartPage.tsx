import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import { catalogQueries } from '../../api/queries.ts';
import type { Municipality } from '../../api/types.ts';
import { scaleRatio } from '@app/engine';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { formatDate, formatInteger, formatRatio, parseDutchNumber, countText } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';
import { BudgetList } from './BudgetList.tsx';
import { useCan } from '../auth/permissions.ts';
import { sessionQuery } from '../../api/session.ts';
import { ModelOverview } from './ModelOverview.tsx';
import { departmentsSuggestionText, staffSuggestionText } from './staff-suggestion.ts';
import { useCreateBudget } from './mutations.ts';

const nextYear = () => new Date().getFullYear() + 1;

export function StartPage() {
  usePageTitle('Start');
  const navigate = useNavigate();
  const { data: catalog } = useQuery(catalogQueries.tree());
  const model = catalog?.edition.modelProfile;
  const [municipality, setMunicipality] = useState<Municipality | null>(null);
  const [employees, setEmployees] = useState('');
  const [departments, setDepartments] = useState('');
  const [firstYear, setFirstYear] = useState(String(nextYear()));
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const pick = (m: Municipality) => {
    setMunicipality(m);
    setEmployees(String(m.suggestedEmployees));
    setDepartments(String(m.suggestedDepartments));
    setName(`ICT-begroting ${m.name} ${firstYear}`);
    setErrors({});
  };

  const signedIn = !!useQuery(sessionQuery).data;
  const mayCreate = useCan('edit-budget');
  const create = useCreateBudget();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!municipality) return;
    const e = parseDutchNumber(employees);
    const d = parseDutchNumber(departments);
    const y = parseDutchNumber(firstYear);
    const next: Record<string, string> = {};
    if (e === null || e < 1 || !Number.isInteger(e))
      next.employees = 'Vul een heel aantal medewerkers in (minimaal 1).';
    if (d === null || d < 1 || !Number.isInteger(d))
      next.departments = 'Vul een heel aantal afdelingen in (minimaal 1).';
    if (y === null || !Number.isInteger(y) || y < 2000 || y > 2100)
      next.firstYear = 'Vul een jaartal in, bijvoorbeeld 2027.';
    if (name.trim().length === 0) next.name = 'Geef de begroting een naam.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate(
      {
        name: name.trim(),
        cbsCode: municipality.cbsCode,
        profile: { name: municipality.name, inhabitants: municipality.inhabitants, employees: e, departments: d },
        firstYear: y,
      },
      { onSuccess: (budget) => void navigate(`/begrotingen/${budget.id}`) },
    );
  };

  // The own size the user may correct (the CBS inhabitants are a fact, not an input).
  const sizeField = (
    label: string,
    value: string,
    set: (text: string) => void,
    description: string,
    error: string | undefined,
  ) => (
    <TextField
      label={label}
      inputMode="numeric"
      className="app-input-narrow"
      value={value}
      onChange={(e) => set(e.target.value)}
      description={description}
      error={error}
    />
  );

  // The size ratio is the engine's (scaleRatio); input it cannot scale by shows a dash.
  const ratio = (driver: 'inhabitants' | 'employees' | 'departments', own: string) => {
    const n = parseDutchNumber(own);
    if (n === null || !model) return '—';
    try {
      return formatRatio(scaleRatio(driver, { ...model, [driver]: n }, model));
    } catch {
      return '—';
    }
  };

  return (
    <div className="app-stack">
      <h1 className="utrecht-heading-1">ICT-begrotingsplanner</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        Deze planner neemt de Modelgemeente van M&amp;I/Partners
        {/* While the edition loads, stand-ins of the same width keep the text from re-wrapping (CLS). */}
        {model ? (
          ` (${countText(model.inhabitants, 'inwoner', 'inwoners')}, ${countText(model.employees, 'medewerker', 'medewerkers')}, ${countText(model.departments, 'afdeling', 'afdelingen')})`
        ) : (
          <LoadingModelFigures />
        )}{' '}
        en schaalt alle ontwikkelingen en ICT-begrotingsregels naar de omvang van uw gemeente. Zo bouwt u in een paar
        minuten een meerjarige ICT-begroting die u kunt aanpassen, met scenario&apos;s kunt vergelijken en kunt
        exporteren.
      </p>

      <section aria-labelledby="begin-heading" className="app-card app-stack">
        <h2 id="begin-heading" className="utrecht-heading-2">
          Begin met uw gemeente
        </h2>
        <MunicipalityPicker onSelect={pick} />
        {municipality ? (
          <form onSubmit={submit} className="app-stack" noValidate aria-labelledby="profile-heading">
            <h3 id="profile-heading" className="utrecht-heading-3">
              Gemeenteprofiel {municipality.name} ({municipality.cbsCode})
            </h3>
            <DataTable
              label="Gemeenteprofiel"
              caption={`Omvang van ${municipality.name} ten opzichte van de Modelgemeente`}
              hideCaption
              rows={[
                {
                  driver: 'inhabitants' as const,
                  label: 'Inwoners',
                  own: String(municipality.inhabitants),
                  input: (
                    <>
                      {formatInteger(municipality.inhabitants)}{' '}
                      <span className="app-model-value">
                        CBS, {formatDate(municipality.referenceDate)} ({municipality.source})
                      </span>
                    </>
                  ),
                },
                {
                  driver: 'employees' as const,
                  label: 'Medewerkers',
                  own: employees,
                  input: sizeField(
                    'Medewerkers',
                    employees,
                    setEmployees,
                    staffSuggestionText(municipality),
                    errors.employees,
                  ),
                },
                {
                  driver: 'departments' as const,
                  label: 'Afdelingen',
                  own: departments,
                  input: sizeField(
                    'Afdelingen',
                    departments,
                    setDepartments,
                    departmentsSuggestionText(municipality),
                    errors.departments,
                  ),
                },
              ]}
              rowKey={(row) => row.driver}
              columns={[
                { key: 'label', header: 'Kenmerk', rowHeader: true, cell: (row) => row.label },
                { key: 'own', header: municipality.name, cell: (row) => row.input },
                {
                  key: 'model',
                  header: 'Modelgemeente',
                  numeric: true,
                  cell: (row) => (model ? formatInteger(model[row.driver]) : '—'),
                },
                { key: 'ratio', header: 'Verhouding', numeric: true, cell: (row) => ratio(row.driver, row.own) },
              ]}
            />
            <div className="app-row">
              <TextField
                label="Eerste begrotingsjaar"
                className="app-input-narrow"
                inputMode="numeric"
                value={firstYear}
                onChange={(e) => setFirstYear(e.target.value)}
                error={errors.firstYear}
              />
              <TextField
                label="Naam van de begroting"
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={errors.name}
                size={40}
              />
            </div>
            {create.error ? <Alert type="error">{errorMessage(create.error)}</Alert> : null}
            {!signedIn ? (
              <p className="utrecht-paragraph">
                <Link to="/inloggen" className="utrecht-link">
                  Meld u aan
                </Link>{' '}
                om een begroting voor {municipality.name} te maken en op te slaan.
              </p>
            ) : mayCreate ? (
              <Button appearance="primary" type="submit" disabled={create.isPending} busy={create.isPending}>
                {create.isPending ? 'Begroting maken…' : 'Begroting maken'}
              </Button>
            ) : (
              <p className="utrecht-paragraph">
                Alleen een informatieadviseur kan een begroting maken; u kunt bestaande begrotingen hieronder bekijken.
              </p>
            )}
          </form>
        ) : null}
      </section>

      {signedIn ? <BudgetList /> : null}
      <ModelOverview firstYear={nextYear()} />
    </div>
  );
}

/** The Modelgemeente's figures as invisible stand-ins of their usual width, while the edition loads. */
function LoadingModelFigures() {
  const figure = (text: string) => <span className="app-pending-figure">{text}</span>;
  return (
    <>
      {' ('}
      {figure('100.000')} inwoners, {figure('1.000')} medewerkers, {figure('40')} afdelingen)
    </>
  );
}
