import { createBrowserRouter } from 'react-router';
import { AppLayout, RouteError } from './layout/AppLayout.tsx';

// Route-level code splitting: each screen is its own chunk, so the initial JS stays small and
// recharts only loads with the dashboard.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first screen's lazy chunk loads (without it React Router warns in the console).
    hydrateFallbackElement: (
      <p className="utrecht-paragraph" role="status">
        Laden…
      </p>
    ),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./features/start/StartPage.tsx')).StartPage }) },
      {
        path: 'catalogus',
        lazy: async () => ({ Component: (await import('./features/catalog/CatalogPage.tsx')).CatalogPage }),
      },
      // The stable address of a budget family: always opens its current base (features/start/FamilyRedirect.tsx).
      {
        path: 'begrotingen/familie/:familyId/*',
        lazy: async () => ({ Component: (await import('./features/start/FamilyRedirect.tsx')).FamilyRedirect }),
      },
      {
        path: 'begrotingen',
        lazy: async () => ({ Component: (await import('./features/start/BudgetListPage.tsx')).BudgetListPage }),
      },
      {
        path: 'begrotingen/:budgetId',
        lazy: async () => ({ Component: (await import('./features/budget/BudgetLayout.tsx')).BudgetLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('./features/budget/BuilderPage.tsx')).BuilderPage }),
          },
          {
            path: 'uitgangspunten',
            lazy: async () => ({
              Component: (await import('./features/assumptions/AssumptionsPage.tsx')).AssumptionsPage,
            }),
          },
          {
            path: 'scenarios',
            lazy: async () => ({ Component: (await import('./features/scenarios/ScenariosPage.tsx')).ScenariosPage }),
          },
          {
            path: 'dekking',
            lazy: async () => ({ Component: (await import('./features/funding/FundingPage.tsx')).FundingPage }),
          },
          {
            path: 'begrotingswijziging',
            lazy: async () => ({ Component: (await import('./features/funding/AmendmentPage.tsx')).AmendmentPage }),
          },
          {
            path: 'dashboard',
            lazy: async () => ({ Component: (await import('./features/dashboard/DashboardPage.tsx')).DashboardPage }),
          },
          {
            path: 'historie',
            lazy: async () => ({ Component: (await import('./features/audit/HistoryPage.tsx')).HistoryPage }),
          },
          {
            path: 'exporteren',
            lazy: async () => ({ Component: (await import('./features/exports/ExportPage.tsx')).ExportPage }),
          },
        ],
      },
      {
        path: 'samenwerkingen',
        lazy: async () => ({
          Component: (await import('./features/collaborations/CollaborationsPage.tsx')).CollaborationsPage,
        }),
      },
      {
        path: 'samenwerkingen/:collaborationId',
        lazy: async () => ({
          Component: (await import('./features/collaborations/CollaborationPage.tsx')).CollaborationPage,
        }),
      },
      {
        path: 'inloggen',
        lazy: async () => ({ Component: (await import('./features/auth/SignInPage.tsx')).SignInPage }),
      },
      { path: 'beheer', lazy: async () => ({ Component: (await import('./features/admin/AdminPage.tsx')).AdminPage }) },
      {
        path: 'beheer/referentiegegevens',
        lazy: async () => ({
          Component: (await import('./features/reference-admin/ReferenceAdminPage.tsx')).ReferenceAdminPage,
        }),
      },
      {
        path: 'beheer/catalogus',
        lazy: async () => ({
          Component: (await import('./features/catalog-admin/CatalogAdminPage.tsx')).CatalogAdminPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./features/start/NotFoundPage.tsx')).NotFoundPage }),
      },
    ],
  },
]);
