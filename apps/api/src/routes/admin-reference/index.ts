import {
  BenchmarkCreateSchema,
  BenchmarkPatchSchema,
  BenchmarkSchema,
  ErrorResponseSchema,
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
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import {
  createBenchmark,
  createRateCard,
  createSalaryTable,
} from '../../services/reference-data/create-reference-data.ts';
import { getReferenceAdmin } from '../../services/reference-data/get-reference-admin.ts';
import {
  updateBenchmark,
  updateRateCard,
  updateSalaryTable,
} from '../../services/reference-data/update-reference-data.ts';
import {
  resetOrganisationDefaults,
  updateOrganisationDefaults,
} from '../../services/reference-data/update-organisation-defaults.ts';
import { listSharedReferenceChanges } from '../../services/reference-data/list-shared-reference-changes.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['reference-admin'];

/** Administrator: versioned salary tables and rate cards, benchmarks, the organisation's default assumptions. */
export const adminReferenceRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);
  app.get(
    '/admin',
    {
      schema: {
        tags,
        description: 'Referentiegegevens voor Beheer, met de standaarden van de eigen organisatie.',
        response: { 200: ReferenceAdminSchema },
      },
    },
    async (request) => getReferenceAdmin(scopeOf(request)),
  );

  app.get(
    '/history',
    {
      schema: {
        tags,
        description:
          'Laatste wijzigingen in gedeelde referentiegegevens (catalogusedities, salaristabellen, tarieven, benchmarks), voor elke beheerder.',
        response: { 200: SharedReferenceChangeListSchema },
      },
    },
    async (request) => listSharedReferenceChanges(scopeOf(request)),
  );

  app.post(
    '/salary-tables',
    { schema: { tags, body: SalaryTableCreateSchema, response: { 201: SalaryTableAdminSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createSalaryTable(scopeOf(request), request.body)),
  );
  app.patch(
    '/salary-tables/:id',
    {
      schema: {
        tags,
        params: ReferenceIdParamsSchema,
        body: SalaryTablePatchSchema,
        response: { 200: SalaryTableAdminSchema, ...errors },
      },
    },
    async (request) => updateSalaryTable(scopeOf(request), request.params.id, request.body),
  );

  app.post(
    '/rate-cards',
    { schema: { tags, body: RateCardCreateSchema, response: { 201: RateCardWriteResultSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createRateCard(scopeOf(request), request.body)),
  );
  app.patch(
    '/rate-cards/:id',
    {
      schema: {
        tags,
        params: ReferenceIdParamsSchema,
        body: RateCardPatchSchema,
        response: { 200: RateCardAdminSchema, ...errors },
      },
    },
    async (request) => updateRateCard(scopeOf(request), request.params.id, request.body),
  );

  app.post(
    '/benchmarks',
    { schema: { tags, body: BenchmarkCreateSchema, response: { 201: BenchmarkSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createBenchmark(scopeOf(request), request.body)),
  );
  app.patch(
    '/benchmarks/:id',
    {
      schema: {
        tags,
        params: ReferenceIdParamsSchema,
        body: BenchmarkPatchSchema,
        response: { 200: BenchmarkSchema, ...errors },
      },
    },
    async (request) => updateBenchmark(scopeOf(request), request.params.id, request.body),
  );

  app.patch(
    '/organisation-defaults',
    {
      schema: {
        tags,
        description:
          'Standaardaannames voor nieuwe begrotingen van de eigen organisatie; elke gewijzigde waarde met bron.',
        body: OrganisationDefaultsPatchSchema,
        response: { 200: OrganisationDefaultsSchema, ...errors },
      },
    },
    async (request) => updateOrganisationDefaults(scopeOf(request), request.body),
  );
  app.delete(
    '/organisation-defaults',
    {
      schema: {
        tags,
        description: 'Terug naar de meegeleverde standaarden: de eigen standaarden van de organisatie vervallen.',
        response: { 200: OrganisationDefaultsSchema, ...errors },
      },
    },
    async (request) => resetOrganisationDefaults(scopeOf(request)),
  );
};
