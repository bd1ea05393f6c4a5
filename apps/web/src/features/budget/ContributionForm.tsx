import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ContributionLine } from '@app/schemas';
import { collaborationQueries } from '../collaborations/queries.ts';
import { useAddContribution } from './mutations.ts';
import { apiProblems } from '../../lib/form-errors.ts';
import { isVersionConflict } from './conflict.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { Alert } from '../../ui/Feedback.tsx';

/**
 * "Bijdrage samenwerking toevoegen": one line per collaboration the organisation is partner in
 * (granted by the host); its amounts follow the member's allocation in the shared budget (ADR 0023).
 */
export function ContributionForm({ budgetId, existing }: { budgetId: string; existing: readonly ContributionLine[] }) {
  const partner = useQuery(collaborationQueries.partner());
  const add = useAddContribution(budgetId);
  const [choice, setChoice] = useState('');
  const taken = new Set(existing.map((c) => c.collaborationId));
  const options = (partner.data ?? []).filter((p) => !taken.has(p.collaborationId));
  if (!partner.data || (partner.data.length === 0 && existing.length === 0)) return null;
  const problems = add.error && !isVersionConflict(add.error) ? apiProblems(add.error) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const collaborationId = choice || options[0]?.collaborationId;
    if (!collaborationId) return;
    add.mutate({ collaborationId }, { onSuccess: () => setChoice('') });
  };
  return (
    <form className="app-editor app-stack" onSubmit={submit} noValidate aria-labelledby="contribution-heading">
      <h3 id="contribution-heading" className="utrecht-heading-3">
        Bijdrage aan een samenwerking
      </h3>
      {options.length === 0 ? (
        <p className="utrecht-paragraph">
          De bijdragen aan alle samenwerkingen waarin uw organisatie partner is, staan al in deze begroting.
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Eén regel per samenwerking. De bedragen per jaar zijn uw bijdrage volgens de verdeelsleutel van de gedeelde
            begroting en volgen die begroting; bij indienen of vaststellen worden ze vastgelegd.
          </p>
          <SelectField
            label="Samenwerking"
            options={options.map((p) => ({
              value: p.collaborationId,
              label: `${p.collaborationName} (${p.hostName})`,
            }))}
            value={choice || options[0]?.collaborationId || ''}
            onChange={(e) => setChoice(e.target.value)}
          />
          {problems.length > 0 ? (
            <Alert type="error">De bijdrage is niet toegevoegd: {problems.map((p) => p.message).join('; ')}</Alert>
          ) : null}
          <div className="app-row">
            <Button appearance="primary" type="submit" disabled={add.isPending} busy={add.isPending}>
              Bijdrage samenwerking toevoegen
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
