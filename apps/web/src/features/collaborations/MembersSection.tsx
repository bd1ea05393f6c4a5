import { useState, type FormEvent } from 'react';
import type { CollaborationDetail } from '@app/schemas';
import { errorMessage } from '../../api/client.ts';
import { Alert } from '../../ui/Feedback.tsx';
import { Button } from '../../ui/Button.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { useCan } from '../auth/permissions.ts';
import { apiProblems, problemFor } from '../../lib/form-errors.ts';
import { formatDate, formatInteger } from '../../lib/format.ts';
import { usePartnerRole } from './queries.ts';

type Member = CollaborationDetail['membersDetail'][number];

/** The members with their key figures and partner access; the host's administrator can grant access. */
export function MembersSection({ collaboration }: { collaboration: CollaborationDetail }) {
  const mayGrant = useCan('grant-partner');
  return (
    <section aria-labelledby="members" className="app-stack">
      <h2 id="members" className="utrecht-heading-2">
        Deelnemers
      </h2>
      <DataTable<Member>
        label="Deelnemers"
        caption="Deelnemers met hun kerngegevens"
        hideCaption
        rows={collaboration.membersDetail}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'name',
            header: 'Deelnemer',
            rowHeader: true,
            cell: (m) => (
              <>
                {m.name} {m.cbsCode ? <span className="app-model-value">{m.cbsCode}</span> : null}
              </>
            ),
          },
          { key: 'inhabitants', header: 'Inwoners', numeric: true, cell: (m) => formatInteger(m.inhabitants) },
          { key: 'employees', header: 'Medewerkers', numeric: true, cell: (m) => formatInteger(m.employees) },
          {
            key: 'source',
            header: 'Bron en peildatum',
            cell: (m) => `${m.source}${m.referenceDate ? `, ${formatDate(m.referenceDate)}` : ''}`,
          },
          {
            key: 'partner',
            header: 'Eigen omgeving (partner)',
            cell: (m) => (m.partner ? `${m.partner.organisationName} (sinds ${formatDate(m.partner.grantedAt)})` : '—'),
          },
        ]}
      />
      {mayGrant ? <PartnerForm collaboration={collaboration} /> : null}
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Medewerkers: een voorstel uit de formatie per 1.000 inwoners (referentiegegevens). De sleutels rekenen met de
        kerngegevens die bij de begroting horen; die past u aan onder Sleutels wijzigen.
      </p>
    </section>
  );
}

/** The host's administrator gives a member's own organisation read access to that member's contribution. */
function PartnerForm({ collaboration }: { collaboration: CollaborationDetail }) {
  const role = usePartnerRole(collaboration.id);
  const [memberId, setMemberId] = useState(collaboration.membersDetail[0]?.id ?? '');
  const [slug, setSlug] = useState('');
  const member = collaboration.membersDetail.find((m) => m.id === memberId);
  const problems = role.error ? apiProblems(role.error) : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    role.mutate({ memberId, organisationSlug: slug.trim() }, { onSuccess: () => setSlug('') });
  };
  return (
    <form onSubmit={submit} className="app-card app-stack" noValidate aria-labelledby="partner-form">
      <h3 id="partner-form" className="utrecht-heading-3">
        Deelnemer toegang geven
      </h3>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Een deelnemer met een eigen omgeving in deze applicatie ziet dan zijn eigen bijdrage (alleen lezen), niets
        anders van uw organisatie. Intrekken kan altijd; beide worden vastgelegd.
      </p>
      <div className="app-row">
        <SelectField
          label="Deelnemer"
          value={memberId}
          onChange={(e) => setMemberId(e.target.value)}
          options={collaboration.membersDetail.map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField
          label="Code van de organisatie"
          description="De korte code (slug) van de omgeving van de deelnemer"
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={problemFor(problems, 'organisationSlug')}
          size={18}
        />
      </div>
      {role.error && !problemFor(problems, 'organisationSlug') ? (
        <Alert type="error">{errorMessage(role.error)}</Alert>
      ) : null}
      <div className="app-row">
        <Button type="submit" appearance="primary" disabled={role.isPending || slug.trim() === ''}>
          Toegang geven
        </Button>
        {member?.partner ? (
          <Button
            appearance="danger"
            disabled={role.isPending}
            onClick={() => role.mutate({ memberId, organisationSlug: null })}
          >
            Toegang van {member.partner.organisationName} intrekken
          </Button>
        ) : null}
      </div>
    </form>
  );
}
