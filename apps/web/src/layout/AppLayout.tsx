import { NavLink, Outlet, useNavigation } from 'react-router';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

const navItems = [
  { to: '/', label: 'Start', end: true },
  { to: '/catalogus', label: 'Catalogus', end: false },
  { to: '/begrotingen', label: 'Begrotingen', end: false },
  { to: '/beheer', label: 'Beheer', end: false },
];

/** Skip link, landmarks and the main navigation shared by every screen. */
export function AppLayout() {
  const navigation = useNavigation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
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
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef} aria-busy={navigation.state === 'loading' || undefined}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer__content">
          <p className="utrecht-paragraph utrecht-paragraph--small">
            Gebaseerd op de Modelgemeente van M&amp;I/Partners. Voorbeeldregels zijn aannames van deze applicatie, geen Modelgemeente-cijfers.
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
        Deze pagina kon niet worden geladen. <a href="/" className="utrecht-link">Terug naar de startpagina</a>.
      </p>
    </div>
  );
}
