import { useState, type FormEvent } from 'react';
import { useSignIn } from '../../api/session.ts';
import { errorMessage } from '../../api/client.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { Alert } from '../../ui/Feedback.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** Shown in place of any screen that needs a session. */
export function SignInForm() {
  usePageTitle('Aanmelden');
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };
  return (
    <div className="app-stack" style={{ maxWidth: '32rem' }}>
      <h1 className="utrecht-heading-1">Aanmelden</h1>
      <p className="utrecht-paragraph">
        Meld u aan om begrotingen te bekijken en te maken. De catalogus is zonder aanmelden te bekijken.
      </p>
      <form onSubmit={submit} className="app-stack app-card">
        <TextField
          label="E-mailadres"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <TextField
          label="Wachtwoord"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {signIn.error ? <Alert type="error">{errorMessage(signIn.error)}</Alert> : null}
        <Button appearance="primary" type="submit" disabled={signIn.isPending} busy={signIn.isPending}>
          Aanmelden
        </Button>
      </form>
      <p className="utrecht-paragraph utrecht-paragraph--small">
        Demo-omgeving: de demo-accounts (advisor@demo.example, manager@demo.example, admin@demo.example) en hun
        wachtwoord staan in de README en worden bij het starten van de server getoond.
      </p>
    </div>
  );
}
