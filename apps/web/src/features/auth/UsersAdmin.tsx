import { useState, type FormEvent } from 'react';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { UserListSchema, UserSchema, type User, type UserRole } from '@app/schemas';
import { api, errorMessage, ApiError } from '../../api/client.ts';
import { sessionQuery, ROLE_LABEL } from '../../api/session.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { Alert, Badge, Loading } from '../../ui/Feedback.tsx';
import { TableWrap } from '../../ui/TableWrap.tsx';
import { useCan } from './permissions.ts';

const userQueries = {
  list: () => queryOptions({ queryKey: ['users'] as const, queryFn: () => api.get('/users', UserListSchema) }),
};

const ROLE_OPTIONS = (['advisor', 'manager', 'admin'] as const).map((role) => ({ value: role, label: ROLE_LABEL[role] ?? role }));

/** Beheer → Gebruikers: administrators add users, change roles and disable accounts. */
export function UsersAdmin() {
  const isAdmin = useCan('manage-organisation');
  if (!isAdmin) return null;
  return <UsersSection />;
}

function UsersSection() {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQuery).data?.user.id;
  const users = useQuery(userQueries.list());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: userQueries.list().queryKey });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<Pick<User, 'role' | 'disabled'>> }) => api.patch(`/users/${encodeURIComponent(id)}`, patch, UserSchema),
    onSuccess: invalidate,
  });
  const create = useMutation({
    mutationFn: (body: { email: string; displayName: string; role: UserRole; password: string }) => api.post('/users', body, UserSchema),
    onSuccess: invalidate,
  });
  const [form, setForm] = useState({ email: '', displayName: '', role: 'advisor' as UserRole, password: '' });
  const fieldError = (path: string) => (create.error instanceof ApiError ? (create.error.fields.find((f) => f.path === `body.${path}`)?.message ?? null) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ ...form, email: form.email.trim(), displayName: form.displayName.trim() }, { onSuccess: () => setForm({ email: '', displayName: '', role: 'advisor', password: '' }) });
  };

  return (
    <section aria-labelledby="users-heading" className="app-card app-stack">
      <h2 id="users-heading" className="utrecht-heading-2">
        Gebruikers
      </h2>
      <p className="utrecht-paragraph">
        Een informatieadviseur maakt en wijzigt begrotingen; een manager leest alles, geeft opmerkingen en stelt vast; een beheerder beheert gebruikers, organisatie-eenheden en
        referentiegegevens.
      </p>
      {users.isPending ? <Loading what="Gebruikers" /> : null}
      {users.error ? <Alert type="error">{errorMessage(users.error)}</Alert> : null}
      {update.error ? <Alert type="error">{errorMessage(update.error)}</Alert> : null}
      {users.data ? (
        <TableWrap label="Gebruikers">
          <table className="utrecht-table app-table">
            <caption className="utrecht-table__caption">Gebruikers van uw organisatie</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">E-mailadres</th>
                <th scope="col" className="utrecht-table__header-cell">Rol</th>
                <th scope="col" className="utrecht-table__header-cell">Account</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {users.data.map((u) => (
                <tr key={u.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {u.displayName} {u.id === me ? <Badge tone="info">u</Badge> : null}
                  </th>
                  <td className="utrecht-table__cell">{u.email}</td>
                  <td className="utrecht-table__cell">
                    <SelectField
                      label={`Rol van ${u.displayName}`}
                      options={ROLE_OPTIONS}
                      value={u.role}
                      disabled={u.id === me || update.isPending}
                      onChange={(e) => update.mutate({ id: u.id, patch: { role: e.target.value as UserRole } })}
                    />
                  </td>
                  <td className="utrecht-table__cell">
                    {u.id === me ? (
                      'Actief'
                    ) : (
                      <Button onClick={() => update.mutate({ id: u.id, patch: { disabled: !u.disabled } })} disabled={update.isPending} aria-label={`${u.disabled ? 'Activeren' : 'Uitschakelen'}: ${u.displayName}`}>
                        {u.disabled ? 'Activeren' : 'Uitschakelen'}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <form onSubmit={submit} className="app-stack" noValidate aria-labelledby="new-user-heading">
        <h3 id="new-user-heading" className="utrecht-heading-3">
          Gebruiker toevoegen
        </h3>
        <div className="app-row">
          <TextField label="Naam" value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} error={fieldError('displayName')} />
          <TextField label="E-mailadres" type="email" autoComplete="off" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} error={fieldError('email')} />
          <SelectField label="Rol" options={ROLE_OPTIONS} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as UserRole })} />
          <TextField
            label="Wachtwoord (minstens 12 tekens)"
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={fieldError('password')}
          />
        </div>
        {create.error && !(create.error instanceof ApiError && create.error.fields.length > 0) ? <Alert type="error">{errorMessage(create.error)}</Alert> : null}
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
