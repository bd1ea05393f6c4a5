import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../../api/session.ts';
import { SignInForm } from '../start/SignInForm.tsx';
import { Alert, Loading } from '../../ui/Feedback.tsx';
import { safeReturnPath } from './session-expiry.ts';

/** /inloggen: the sign-in form; afterwards back to where the user was (?terug=…). */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useQuery(sessionQuery);
  const target = safeReturnPath(params.get('terug'));
  useEffect(() => {
    if (session.data) void navigate(target, { replace: true });
  }, [session.data, navigate, target]);
  if (session.isPending) return <Loading what="Sessie" />;
  if (session.data) return <Navigate to={target} replace />;
  return (
    <div className="app-stack">
      {params.get('terug') ? (
        <Alert type="warning">Uw sessie is verlopen of u bent afgemeld. Meld u opnieuw aan om verder te gaan.</Alert>
      ) : null}
      <SignInForm />
    </div>
  );
}
