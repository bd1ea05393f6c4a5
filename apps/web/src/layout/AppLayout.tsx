import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ROLE_LABEL, sessionQuery, useSignOut } from '../api/session.ts';
import { SignInForm } from '../features/start/SignInForm.tsx';
import { Button } from '../ui/Button.tsx';
import { Loading } from '../ui/Feedback.tsx';

/** Screens that show public data and work without a session (the start page shows the Modelgemeente). */
const PUBLIC_PATHS = ['/catalogus', '/inloggen'];
const isPublicPath = (path: string) => path === '/' || PUBLIC_PATHS.some((p) => path.startsWith(p));

const navItems = [
  { to: '/', label: 'Start', end: true },
  { to: '/catalogus', label: 'Catalogus', end: false },
  { to: '/begrotingen', label: 'Begrotingen', end: false },
  { to: '/samenwerkingen', label: 'Samenwerking', end: false },
  { to: '/beheer', label: 'Beheer', end: false },
];

/** Skip link, landmarks and the main navigation shared by every screen. */
export function AppLayout() {
  const navigation = useNavigation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const session = useQuery(sessionQuery);
  const signOut = useSignOut();
  // Signing in replaces the form with the page: continue from the top of the new content.
  const wasSignedOut = useRef(false);
  useEffect(() => {
    if (session.data === null) wasSignedOut.current = true;
    else if (session.data && wasSignedOut.current) {
      wasSignedOut.current = false;
      mainRef.current?.focus({ preventScroll: true });
    }
  }, [session.data]);
  const isPublic = isPublicPath(location.pathname);
  // After a route change, move focus to main so screen-reader users land on the new page.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="utrecht-page app-page">
      <a className="app-skip-link utrecht-link" href="#main">
        Naar de inhoud
      </a>
      <header className="app-header">
        <div className="app-header__content">
          <NavLink to="/" className="app-brand">
            ICT-begrotingsplanner
          </NavLink>
          <nav className="app-nav" aria-label="Hoofdmenu">
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="utrecht-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-user">
            {session.data ? (
              <>
                <span title={session.data.user.organisation.name}>
                  {session.data.user.displayName}
                  <span className="app-model-value">
                    {ROLE_LABEL[session.data.user.role] ?? session.data.user.role} ·{' '}
                    {session.data.user.organisation.name}
                  </span>
                </span>{' '}
                <Button appearance="subtle" onClick={() => signOut.mutate()}>
                  Afmelden
                </Button>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main
        id="main"
        className="app-main"
        tabIndex={-1}
        ref={mainRef}
        aria-busy={navigation.state === 'loading' || undefined}
      >
        {session.isPending && !isPublic ? (
          <Loading what="Sessie" />
        ) : session.data || isPublic ? (
          <Outlet />
        ) : (
          <SignInForm />
        )}
      </main>
      {/* A new screen starts at the top (after "Begroting maken" the builder opened halfway down);
          keyed by path, so filters and domain links in the query string keep the position. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
      <footer className="app-footer">
        <div className="app-footer__content">
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Gebaseerd op de Modelgemeente van M&amp;I/Partners. Voorbeeldregels zijn aannames van deze applicatie, geen
            Modelgemeente-cijfers.
          </p>
        </div>
      </footer>
    </div>
  );
}

export function RouteError() {
  return (
    <div className="app-main">
      <h1 className="utrecht-heading-1">Er ging iets mis</h1>
      <p className="utrecht-paragraph">
        Deze pagina kon niet worden geladen.{' '}
        <a href="/" className="utrecht-link">
          Terug naar de startpagina
        </a>
        .
      </p>
    </div>
  );
}
