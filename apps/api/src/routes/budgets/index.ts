import {
  BudgetArchiveResultSchema,
  BudgetFamilyListSchema,
  BudgetFamilyParamsSchema,
  BudgetFamilyQuerySchema,
  BudgetFamilySchema,
  BudgetCreateSchema,
  BudgetDetailSchema,
  BudgetDevelopmentParamsSchema,
  BudgetDevelopmentPatchSchema,
  BudgetLineParamsSchema,
  BudgetListSchema,
  BudgetParamsSchema,
  BudgetPatchSchema,
  CalculationQuerySchema,
  CalculationResponseSchema,
  CompareQuerySchema,
  CompareResponseSchema,
  ContributionCreateSchema,
  ContributionParamsSchema,
  CustomLineCreateSchema,
  ErrorResponseSchema,
  NoContentSchema,
  LineOverrideSchema,
  ScenarioCreateSchema,
  VersionQuerySchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { trustedJsonSerializer } from '../../plugins/trusted-json.ts';
import { listBudgets } from '../../services/list-budgets.ts';
import { createBudget } from '../../services/create-budget.ts';
import { getBudgetDetail } from '../../services/budget-aggregate.ts';
import { updateBudget } from '../../services/update-budget.ts';
import { deleteBudget } from '../../services/delete-budget.ts';
import { computeBudget } from '../../services/compute-budget.ts';
import { updateBudgetDevelopment } from '../../services/update-budget-development.ts';
import { overrideLine } from '../../services/override-line.ts';
import { resetLineOverride } from '../../services/reset-line-override.ts';
import { addCustomLine } from '../../services/add-custom-line.ts';
import { deleteCustomLine } from '../../services/delete-custom-line.ts';
import { addBudgetContribution } from '../../services/collaborations/add-budget-contribution.ts';
import { removeBudgetContribution } from '../../services/collaborations/remove-budget-contribution.ts';
import { createScenario } from '../../services/create-scenario.ts';
import { promoteScenario } from '../../services/promote-scenario.ts';
import { compareBudgets } from '../../services/compare-budgets.ts';
import { getBudgetFamily, listBudgetFamilies } from '../../services/budget-families.ts';
import { setBudgetArchived } from '../../services/archive-budget.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['budgets'];

export const budgetRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get('/', { schema: { tags, response: { 200: BudgetListSchema } } }, async (request) =>
    listBudgets(scopeOf(request)),
  );

  app.post('/', { serializerCompiler: trustedJsonSerializer, schema: { tags, body: BudgetCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } }, async (request, reply) => {
    const detail = await createBudget(scopeOf(request), request.body);
    return reply.status(201).send(detail);
  });

  // Before '/:id' so "compare" is never read as an id.
  app.get('/compare', { schema: { tags, querystring: CompareQuerySchema, response: { 200: CompareResponseSchema, ...errors } } }, async (request) =>
    compareBudgets(scopeOf(request), request.query.ids),
  );

  // Families: a base with its scenarios and versions; /families/:familyId is the stable address of
  // the current base (it survives a promote and a new version). Static segments win over '/:id'.
  app.get('/families', { schema: { tags, querystring: BudgetFamilyQuerySchema, response: { 200: BudgetFamilyListSchema, ...errors } } }, async (request) =>
    listBudgetFamilies(scopeOf(request), { includeArchived: request.query.includeArchived }),
  );

  app.get('/families/:familyId', { schema: { tags, params: BudgetFamilyParamsSchema, response: { 200: BudgetFamilySchema, ...errors } } }, async (request) =>
    getBudgetFamily(scopeOf(request), request.params.familyId),
  );

  app.post('/:id/archive', { schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetArchiveResultSchema, ...errors } } }, async (request) =>
    setBudgetArchived(scopeOf(request), request.params.id, true),
  );

  app.post('/:id/unarchive', { schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetArchiveResultSchema, ...errors } } }, async (request) =>
    setBudgetArchived(scopeOf(request), request.params.id, false),
  );

  app.get('/:id', { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetDetailSchema, ...errors } } }, async (request) =>
    getBudgetDetail(scopeOf(request), request.params.id),
  );

  app.patch(
    '/:id',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, body: BudgetPatchSchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => updateBudget(scopeOf(request), request.params.id, request.body),
  );

  app.delete('/:id', { schema: { tags, params: BudgetParamsSchema, response: { 204: NoContentSchema, ...errors } } }, async (request, reply) => {
    await deleteBudget(scopeOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get(
    '/:id/calculation',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, querystring: CalculationQuerySchema, response: { 200: CalculationResponseSchema, ...errors } } },
    async (request) => computeBudget(scopeOf(request), request.params.id, request.query.traces),
  );

  app.patch(
    '/:id/developments/:budgetDevelopmentId',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetDevelopmentParamsSchema, body: BudgetDevelopmentPatchSchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => updateBudgetDevelopment(scopeOf(request), request.params.id, request.params.budgetDevelopmentId, request.body),
  );

  app.put(
    '/:id/lines/:budgetLineId/override',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetLineParamsSchema, body: LineOverrideSchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => overrideLine(scopeOf(request), request.params.id, request.params.budgetLineId, request.body),
  );

  app.delete(
    '/:id/lines/:budgetLineId/override',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetLineParamsSchema, querystring: VersionQuerySchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => resetLineOverride(scopeOf(request), request.params.id, request.params.budgetLineId, request.query.version),
  );

  app.post(
    '/:id/lines',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, body: CustomLineCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } },
    async (request, reply) => {
      const { detail, lineId } = await addCustomLine(scopeOf(request), request.params.id, request.body);
      return reply.status(201).header('location', `/api/budgets/${detail.id}/lines/${lineId}`).send(detail);
    },
  );

  app.delete(
    '/:id/lines/:budgetLineId',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetLineParamsSchema, querystring: VersionQuerySchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => deleteCustomLine(scopeOf(request), request.params.id, request.params.budgetLineId, request.query.version),
  );

  // Contribution to a collaboration as one line of a member's own budget (ADR 0701).
  app.post(
    '/:id/contributions',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, body: ContributionCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } },
    async (request, reply) => {
      const { detail, contributionId } = await addBudgetContribution(scopeOf(request), request.params.id, request.body);
      return reply.status(201).header('location', `/api/budgets/${detail.id}/contributions/${contributionId}`).send(detail);
    },
  );

  app.delete(
    '/:id/contributions/:contributionId',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: ContributionParamsSchema, querystring: VersionQuerySchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request) => removeBudgetContribution(scopeOf(request), request.params.id, request.params.contributionId, request.query.version),
  );

  app.post(
    '/:id/scenarios',
    { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, body: ScenarioCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createScenario(scopeOf(request), request.params.id, request.body)),
  );

  app.post('/:id/promote', { serializerCompiler: trustedJsonSerializer, schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetDetailSchema, ...errors } } }, async (request) =>
    promoteScenario(scopeOf(request), request.params.id),
  );
};
