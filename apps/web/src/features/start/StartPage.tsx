import { TableWrap } from '../../ui/TableWrap.tsx';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../../api/client.ts';
import { budgetQueries, catalogQueries } from '../../api/queries.ts';
import type { Municipality } from '../../api/types.ts';
import { BudgetDetailSchema } from '@app/schemas';
import { scaleRatio } from '@app/engine';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { formatDate, formatInteger, formatRatio, parseDutchNumber, countText } from '../../lib/format.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';
import { BudgetList } from './BudgetList.tsx';
import { useCan } from '../auth/permissions.ts';
import { sessionQuery } from '../../api/session.ts';
import { ModelOverview } from './ModelOverview.tsx';
import { departmentsSuggestionText, staffSuggestionText } from './staff-suggestion.ts';

const nextYear = () => new Date().getFullYear() + 1;

export function StartPage() {
  usePageTitle('Start');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
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
  const create = useMutation({
    mutationFn: (body: unknown) => api.post('/budgets', body, BudgetDetailSchema),
    onSuccess: (budget) => {
      void queryClient.invalidateQueries({ queryKey: budgetQueries.list().queryKey });
      queryClient.setQueryData(budgetQueries.detail(budget.id).queryKey, budget);
      void navigate(`/begrotingen/${budget.id}`);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!municipality) return;
    const e = parseDutchNumber(employees);
    const d = parseDutchNumber(departments);
    const y = parseDutchNumber(firstYear);
    const next: Record<string, string> = {};
    if (e === null || e < 1 || !Number.isInteger(e)) next.employees = 'Vul een heel aantal medewerkers in (minimaal 1).';
    if (d === null || d < 1 || !Number.isInteger(d)) next.departments = 'Vul een heel aantal afdelingen in (minimaal 1).';
    if (y === null || !Number.isInteger(y) || y < 2000 || y > 2100) next.firstYear = 'Vul een jaartal in, bijvoorbeeld 2027.';
    if (name.trim().length === 0) next.name = 'Geef de begroting een naam.';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    create.mutate({
      name: name.trim(),
      cbsCode: municipality.cbsCode,
      profile: { name: municipality.name, inhabitants: municipality.inhabitants, employees: e, departments: d },
      firstYear: y,
    });
  };

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
        {/* While the edition loads, a stand-in of about the same length keeps the page from jumping. */}
        {model
          ? ` (${countText(model.inhabitants, 'inwoner', 'inwoners')}, ${countText(model.employees, 'medewerker', 'medewerkers')}, ${countText(model.departments, 'afdeling', 'afdelingen')})`
          : ' (… inwoners, … medewerkers, … afdelingen)'}{' '}
        en schaalt alle
        ontwikkelingen en ICT-begrotingsregels naar de omvang van uw gemeente.
        Zo bouwt u in een paar minuten een meerjarige ICT-begroting die u kunt aanpassen, met scenario&apos;s kunt vergelijken en kunt exporteren.
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
            <TableWrap label="Gemeenteprofiel">
              <table className="utrecht-table utrecht-table--html-table app-grid-table">
                <caption className="utrecht-table__caption app-visually-hidden">Omvang van {municipality.name} ten opzichte van de Modelgemeente</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Kenmerk</th>
                    <th scope="col" className="utrecht-table__header-cell">{municipality.name}</th>
                    <th scope="col" className="utrecht-table__header-cell app-num">Modelgemeente</th>
                    <th scope="col" className="utrecht-table__header-cell app-num">Verhouding</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">Inwoners</th>
                    <td className="utrecht-table__cell">
                      {formatInteger(municipality.inhabitants)}{' '}
                      <span className="app-model-value">
                        CBS, {formatDate(municipality.referenceDate)} ({municipality.source})
                      </span>
                    </td>
                    <td className="utrecht-table__cell app-num">{model ? formatInteger(model.inhabitants) : '—'}</td>
                    <td className="utrecht-table__cell app-num">{ratio('inhabitants', String(municipality.inhabitants))}</td>
                  </tr>
                  <tr className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">Medewerkers</th>
                    <td className="utrecht-table__cell">
                      <TextField
                        label="Medewerkers"
                        inputMode="numeric"
                        className="app-input-narrow"
                        value={employees}
                        onChange={(e) => setEmployees(e.target.value)}
                        description={staffSuggestionText(municipality)}
                        error={errors.employees}
                      />
                    </td>
                    <td className="utrecht-table__cell app-num">{model ? formatInteger(model.employees) : '—'}</td>
                    <td className="utrecht-table__cell app-num">{ratio('employees', employees)}</td>
                  </tr>
                  <tr className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">Afdelingen</th>
                    <td className="utrecht-table__cell">
                      <TextField
                        label="Afdelingen"
                        inputMode="numeric"
                        className="app-input-narrow"
                        value={departments}
                        onChange={(e) => setDepartments(e.target.value)}
                        description={departmentsSuggestionText(municipality)}
                        error={errors.departments}
                      />
                    </td>
                    <td className="utrecht-table__cell app-num">{model ? formatInteger(model.departments) : '—'}</td>
                    <td className="utrecht-table__cell app-num">{ratio('departments', departments)}</td>
                  </tr>
                </tbody>
              </table>
            </TableWrap>
            <div className="app-row">
              <TextField label="Eerste begrotingsjaar" className="app-input-narrow" inputMode="numeric" value={firstYear} onChange={(e) => setFirstYear(e.target.value)} error={errors.firstYear} />
              <TextField label="Naam van de begroting" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} size={40} />
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
              <p className="utrecht-paragraph">Alleen een informatieadviseur kan een begroting maken; u kunt bestaande begrotingen hieronder bekijken.</p>
            )}
          </form>
        ) : null}
      </section>

      {signedIn ? <BudgetList /> : null}
      <ModelOverview firstYear={nextYear()} />
    </div>
  );
}
