import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UserRole } from '@app/schemas';
import { errorMessage, ApiError } from '../../api/client.ts';
import { sessionQuery, ROLE_LABEL } from '../../api/session.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { useCreateUser, useUpdateUser } from './mutations.ts';
import { useCan } from './permissions.ts';
import { userQueries } from './queries.ts';

const ROLE_OPTIONS = (['advisor', 'manager', 'admin'] as const).map((role) => ({
  value: role,
  label: ROLE_LABEL[role] ?? role,
}));

/** Beheer → Gebruikers: administrators add users, change roles and disable accounts. */
export function UsersAdmin() {
  const isAdmin = useCan('manage-organisation');
  if (!isAdmin) return null;
  return <UsersSection />;
}

function UsersSection() {
  const me = useQuery(sessionQuery).data?.user.id;
  const users = useQuery(userQueries.list());
  const update = useUpdateUser();
  const create = useCreateUser();
  const [form, setForm] = useState({ email: '', displayName: '', role: 'advisor' as UserRole, password: '' });
  const fieldError = (path: string) =>
    create.error instanceof ApiError
      ? (create.error.fields.find((f) => f.path === `body.${path}`)?.message ?? null)
      : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { ...form, email: form.email.trim(), displayName: form.displayName.trim() },
      { onSuccess: () => setForm({ email: '', displayName: '', role: 'advisor', password: '' }) },
    );
  };

  return (
    <section aria-labelledby="users-heading" className="app-card app-stack">
      <h2 id="users-heading" className="utrecht-heading-2">
        Gebruikers
      </h2>
      <p className="utrecht-paragraph">
        Een informatieadviseur maakt en wijzigt begrotingen; een manager leest alles, geeft opmerkingen en stelt vast;
        een beheerder beheert gebruikers, organisatie-eenheden en referentiegegevens.
      </p>
      {users.isPending ? <Loading what="Gebruikers" /> : null}
      {users.error ? <Alert type="error">{errorMessage(users.error)}</Alert> : null}
      {update.error ? <Alert type="error">{errorMessage(update.error)}</Alert> : null}
      {users.data ? (
        <DataTable
          label="Gebruikers"
          caption="Gebruikers van uw organisatie"
          rows={users.data}
          rowKey={(u) => u.id}
          columns={[
            {
              key: 'name',
              header: 'Naam',
              rowHeader: true,
              cell: (u) => (
                <>
                  {u.displayName} {u.id === me ? <Badge tone="info">u</Badge> : null}
                </>
              ),
            },
            { key: 'email', header: 'E-mailadres', cell: (u) => u.email },
            {
              key: 'role',
              header: 'Rol',
              cell: (u) => (
                <SelectField
                  label={`Rol van ${u.displayName}`}
                  options={ROLE_OPTIONS}
                  value={u.role}
                  disabled={u.id === me || update.isPending}
                  onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as UserRole } })}
                />
              ),
            },
            {
              key: 'account',
              header: 'Account',
              cell: (u) =>
                u.id === me ? (
                  'Actief'
                ) : (
                  <Button
                    onClick={() => update.mutate({ id: u.id, patch: { disabled: !u.disabled } })}
                    disabled={update.isPending}
                    aria-label={`${u.disabled ? 'Activeren' : 'Uitschakelen'}: ${u.displayName}`}
                  >
                    {u.disabled ? 'Activeren' : 'Uitschakelen'}
                  </Button>
                ),
            },
          ]}
        />
      ) : null}
      <form onSubmit={submit} className="app-stack" noValidate aria-labelledby="new-user-heading">
        <h3 id="new-user-heading" className="utrecht-heading-3">
          Gebruiker toevoegen
        </h3>
        <div className="app-row">
          <TextField
            label="Naam"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            error={fieldError('displayName')}
          />
          <TextField
            label="E-mailadres"
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={fieldError('email')}
          />
          <SelectField
            label="Rol"
            options={ROLE_OPTIONS}
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })}
          />
          <TextField
            label="Wachtwoord (minstens 12 tekens)"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={fieldError('password')}
          />
        </div>
        {create.error && !(create.error instanceof ApiError && create.error.fields.length > 0) ? (
          <Alert type="error">{errorMessage(create.error)}</Alert>
        ) : null}
        {create.isSuccess ? <Alert type="ok">Gebruiker toegevoegd.</Alert> : null}
        <div>
          <Button appearance="primary" type="submit" disabled={create.isPending} busy={create.isPending}>
            Gebruiker toevoegen
          </Button>
        </div>
      </form>
    </section>
  );
}
