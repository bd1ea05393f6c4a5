import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import {
  BudgetDetailSchema,
  BudgetFamilyPageSchema,
  BudgetFamilySchema,
  BudgetListSchema,
  CalculationResponseSchema,
  CatalogEditionListSchema,
  CatalogSchema,
  CompareResponseSchema,
  MunicipalityListSchema,
  MunicipalitySchema,
  OrgUnitListSchema,
  ReferenceDataSchema,
} from '@app/schemas';

/** Query-key factories: every key the app uses, so mutations can invalidate the narrowest one. */
export const municipalityQueries = {
  search: (q: string) =>
    queryOptions({
      queryKey: ['municipalities', 'search', q] as const,
      queryFn: () => api.get(`/municipalities?q=${encodeURIComponent(q)}&limit=20`, MunicipalityListSchema),
      staleTime: Infinity,
    }),
  detail: (cbsCode: string) =>
    queryOptions({
      queryKey: ['municipalities', 'detail', cbsCode] as const,
      queryFn: () => api.get(`/municipalities/${encodeURIComponent(cbsCode)}`, MunicipalitySchema),
      staleTime: Infinity,
    }),
};

export const catalogQueries = {
  all: () => ['catalog'] as const,
  editions: () =>
    queryOptions({
      queryKey: ['catalog', 'editions'] as const,
      queryFn: () => api.get('/catalog/editions', CatalogEditionListSchema),
      staleTime: Infinity,
    }),
  /** The whole tree with examples; screens filter in the browser so typing stays instant. */
  tree: (editionId = 'current') =>
    queryOptions({
      queryKey: ['catalog', 'tree', editionId] as const,
      queryFn: () => api.get(`/catalog/editions/${encodeURIComponent(editionId)}?includeExamples=true`, CatalogSchema),
      staleTime: Infinity,
    }),
};

/** Prefix of every model-budget key: it is computed from the current catalog and reference data. */
export const MODEL_BUDGET_KEY = ['model-budget'] as const;

/** The Modelgemeente's own multi-year budget (public stateless calculation with the model profile). */
export const modelBudgetQuery = (
  profile: { inhabitants: number; employees: number; departments: number },
  firstYear: number,
) =>
  queryOptions({
    queryKey: [...MODEL_BUDGET_KEY, profile, firstYear] as const,
    queryFn: () => api.post('/calculations', { profile, firstYear }, CalculationResponseSchema),
    staleTime: Infinity,
  });

export const referenceQueries = {
  all: () =>
    queryOptions({
      queryKey: ['reference-data'] as const,
      queryFn: () => api.get('/reference-data', ReferenceDataSchema),
      staleTime: Infinity,
    }),
};

/** Families per page of the budget list ("Meer begrotingen tonen" loads the next). */
export const FAMILY_PAGE_SIZE = 20;

export const budgetQueries = {
  all: () => ['budgets'] as const,
  list: () =>
    queryOptions({ queryKey: ['budgets', 'list'] as const, queryFn: () => api.get('/budgets', BudgetListSchema) }),
  /** Base, scenarios and versions grouped; archived budgets only when asked. */
  families: (includeArchived: boolean) =>
    infiniteQueryOptions({
      queryKey: ['budgets', 'families', includeArchived] as const,
      queryFn: ({ pageParam }) =>
        api.get(
          `/budgets/families?includeArchived=${includeArchived}&limit=${FAMILY_PAGE_SIZE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`,
          BudgetFamilyPageSchema,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  /** One family and its current base: what the stable address /begrotingen/familie/:id opens. */
  family: (familyId: string) =>
    queryOptions({
      queryKey: ['budgets', 'family', familyId] as const,
      queryFn: () => api.get(`/budgets/families/${encodeURIComponent(familyId)}`, BudgetFamilySchema),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['budgets', 'detail', id] as const,
      queryFn: () => api.get(`/budgets/${encodeURIComponent(id)}`, BudgetDetailSchema),
    }),
  compare: (ids: string[]) =>
    queryOptions({
      queryKey: ['budgets', 'compare', ...ids] as const,
      queryFn: () => api.get(`/budgets/compare?ids=${ids.map(encodeURIComponent).join(',')}`, CompareResponseSchema),
      enabled: ids.length >= 2,
    }),
};

export const orgUnitQueries = {
  list: () =>
    queryOptions({ queryKey: ['org-units'] as const, queryFn: () => api.get('/org-units', OrgUnitListSchema) }),
};
