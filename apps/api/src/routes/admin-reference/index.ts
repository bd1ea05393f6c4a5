import {
  BenchmarkCreateSchema,
  BenchmarkPatchSchema,
  BenchmarkSchema,
  OrganisationDefaultsPatchSchema,
  OrganisationDefaultsSchema,
  RateCardAdminSchema,
  RateCardCreateSchema,
  RateCardPatchSchema,
  RateCardWriteResultSchema,
  ReferenceAdminSchema,
  ReferenceIdParamsSchema,
  SalaryTableAdminSchema,
  SalaryTableCreateSchema,
  SalaryTablePatchSchema,
  SharedReferenceChangeListSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { createBenchmark } from '../../services/reference-data/create-benchmark.ts';
import { createRateCard } from '../../services/reference-data/create-rate-card.ts';
import { createSalaryTable } from '../../services/reference-data/create-salary-table.ts';
import { getReferenceAdmin } from '../../services/reference-data/get-reference-admin.ts';
import { updateBenchmark } from '../../services/reference-data/update-benchmark.ts';
import { updateRateCard } from '../../services/reference-data/update-rate-card.ts';
import { updateSalaryTable } from '../../services/reference-data/update-salary-table.ts';
import { resetOrganisationDefaults } from '../../services/reference-data/reset-organisation-defaults.ts';
import { updateOrganisationDefaults } from '../../services/reference-data/update-organisation-defaults.ts';
import { listSharedReferenceChanges } from '../../services/reference-data/list-shared-reference-changes.ts';

const errors = errorAnswers(400, 404, 409);

/** Administrator: versioned salary tables and rate cards, benchmarks, the organisation's default assumptions. */
export const adminReferenceRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['reference-admin'], errors });
  const byId = { params: ReferenceIdParamsSchema };

  routes.get(
    '/admin',
    {
      description: 'Referentiegegevens voor Beheer, met de standaarden van de eigen organisatie.',
      ok: ReferenceAdminSchema,
      errors: errorAnswers(),
    },
    (scope) => getReferenceAdmin(scope),
  );
  routes.get(
    '/history',
    {
      description:
        'Laatste wijzigingen in gedeelde referentiegegevens (catalogusedities, salaristabellen, tarieven, benchmarks), voor elke beheerder.',
      ok: SharedReferenceChangeListSchema,
      errors: errorAnswers(),
    },
    (scope) => listSharedReferenceChanges(scope),
  );

  routes.post('/salary-tables', { body: SalaryTableCreateSchema, created: SalaryTableAdminSchema }, (scope, { body }) =>
    createSalaryTable(scope, body),
  );
  routes.patch(
    '/salary-tables/:id',
    { ...byId, body: SalaryTablePatchSchema, ok: SalaryTableAdminSchema },
    (scope, { params, body }) => updateSalaryTable(scope, params.id, body),
  );

  routes.post('/rate-cards', { body: RateCardCreateSchema, created: RateCardWriteResultSchema }, (scope, { body }) =>
    createRateCard(scope, body),
  );
  routes.patch('/rate-cards/:id', { ...byId, body: RateCardPatchSchema, ok: RateCardAdminSchema }, (scope, input) =>
    updateRateCard(scope, input.params.id, input.body),
  );

  routes.post('/benchmarks', { body: BenchmarkCreateSchema, created: BenchmarkSchema }, (scope, { body }) =>
    createBenchmark(scope, body),
  );
  routes.patch('/benchmarks/:id', { ...byId, body: BenchmarkPatchSchema, ok: BenchmarkSchema }, (scope, input) =>
    updateBenchmark(scope, input.params.id, input.body),
  );

  routes.patch(
    '/organisation-defaults',
    {
      description:
        'Standaardaannames voor nieuwe begrotingen van de eigen organisatie; elke gewijzigde waarde met bron.',
      body: OrganisationDefaultsPatchSchema,
      ok: OrganisationDefaultsSchema,
    },
    (scope, { body }) => updateOrganisationDefaults(scope, body),
  );
  routes.delete(
    '/organisation-defaults',
    {
      description: 'Terug naar de meegeleverde standaarden: de eigen standaarden van de organisatie vervallen.',
      ok: OrganisationDefaultsSchema,
    },
    (scope) => resetOrganisationDefaults(scope),
  );
};
