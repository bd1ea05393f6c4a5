import {
  BudgetArchiveResultSchema,
  BudgetFamilyPageSchema,
  BudgetFamilyParamsSchema,
  BudgetFamilyQuerySchema,
  BudgetFamilySchema,
  BudgetCreateSchema,
  BudgetDetailSchema,
  BudgetDevelopmentParamsSchema,
  BudgetDevelopmentPatchSchema,
  BudgetLineWriteResultSchema,
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
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { trustedJsonSerializer } from '../../plugins/trusted-json.ts';
import { listBudgets } from '../../services/budgets/list-budgets.ts';
import { createBudget } from '../../services/budgets/create-budget.ts';
import { readBudgetDetail } from '../../services/budget-read/read-budget-detail.ts';
import { sendCachedJson, sendJson } from '../../plugins/cached-json.ts';
import { updateBudget } from '../../services/budgets/update-budget.ts';
import { deleteBudget } from '../../services/budgets/delete-budget.ts';
import { computeBudget } from '../../services/budgets/compute-budget.ts';
import { updateBudgetDevelopment } from '../../services/budgets/update-budget-development.ts';
import { writeLineOverride } from '../../services/budgets/override-line.ts';
import { toLineWriteResult, type LineWrite } from '../../services/budgets/budget-mutation.ts';
import { describeBudget } from '../../services/budgets/budget-aggregate.ts';
import { resetLineOverride } from '../../services/budgets/reset-line-override.ts';
import { addCustomLine } from '../../services/budgets/add-custom-line.ts';
import { deleteCustomLine } from '../../services/budgets/delete-custom-line.ts';
import { createScenario } from '../../services/budgets/create-scenario.ts';
import { promoteScenario } from '../../services/budgets/promote-scenario.ts';
import { compareBudgets } from '../../services/budgets/compare-budgets.ts';
import { listBudgetFamilies } from '../../services/budgets/list-budget-families.ts';
import { getBudgetFamily } from '../../services/budgets/get-budget-family.ts';
import { setBudgetArchived } from '../../services/budgets/archive-budget.ts';
import { addBudgetContribution } from '../../services/collaborations/add-budget-contribution.ts';
import { removeBudgetContribution } from '../../services/collaborations/remove-budget-contribution.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['budgets'];

/** RFC 7240: `Prefer: return=minimal` (among other preferences) asks for the short answer. */
const prefersMinimal = (request: FastifyRequest) =>
  /(^|[,;\s])return=minimal\b/i.test(String(request.headers.prefer ?? ''));

export const budgetRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get('/', { schema: { tags, response: { 200: BudgetListSchema } } }, async (request) =>
    listBudgets(scopeOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, body: BudgetCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } },
    async (request, reply) => sendJson(request, reply.status(201), await createBudget(scopeOf(request), request.body)),
  );

  // Before '/:id' so "compare" is never read as an id.
  app.get(
    '/compare',
    { schema: { tags, querystring: CompareQuerySchema, response: { 200: CompareResponseSchema, ...errors } } },
    async (request) => compareBudgets(scopeOf(request), request.query.ids),
  );

  // Families: a base with its scenarios and versions; /families/:familyId is the stable address of
  // the current base (it survives a promote and a new version). Static segments win over '/:id'.
  app.get(
    '/families',
    { schema: { tags, querystring: BudgetFamilyQuerySchema, response: { 200: BudgetFamilyPageSchema, ...errors } } },
    async (request) => listBudgetFamilies(scopeOf(request), request.query),
  );

  app.get(
    '/families/:familyId',
    { schema: { tags, params: BudgetFamilyParamsSchema, response: { 200: BudgetFamilySchema, ...errors } } },
    async (request) => getBudgetFamily(scopeOf(request), request.params.familyId),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const)
    app.post(
      `/:id/${action}`,
      { schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetArchiveResultSchema, ...errors } } },
      async (request) => setBudgetArchived(scopeOf(request), request.params.id, archived),
    );

  // Built once per state of the budget and sent as stored bytes (services/budget-read, ADR 0018).
  app.get(
    '/:id',
    { schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request, reply) =>
      sendCachedJson(request, reply, await readBudgetDetail(scopeOf(request), request.params.id)),
  );

  app.patch(
    '/:id',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        body: BudgetPatchSchema,
        response: { 200: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendJson(request, reply, await updateBudget(scopeOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/:id',
    { schema: { tags, params: BudgetParamsSchema, response: { 204: NoContentSchema, ...errors } } },
    async (request, reply) => {
      await deleteBudget(scopeOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/calculation',
    {
      serializerCompiler: trustedJsonSerializer,
      schema: {
        tags,
        params: BudgetParamsSchema,
        querystring: CalculationQuerySchema,
        response: { 200: CalculationResponseSchema, ...errors },
      },
    },
    async (request) => computeBudget(scopeOf(request), request.params.id, request.query.traces),
  );

  app.patch(
    '/:id/developments/:budgetDevelopmentId',
    {
      schema: {
        tags,
        params: BudgetDevelopmentParamsSchema,
        body: BudgetDevelopmentPatchSchema,
        response: { 200: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendJson(
        request,
        reply,
        await updateBudgetDevelopment(
          scopeOf(request),
          request.params.id,
          request.params.budgetDevelopmentId,
          request.body,
        ),
      ),
  );

  // Line writes answer the whole detail, or with `Prefer: return=minimal` only what changed (the
  // builder patches its cached detail with it; ADR 0028).
  const lineWriteResponse = { 200: z.union([BudgetDetailSchema, BudgetLineWriteResultSchema]), ...errors };
  const sendLineWrite = async (request: FastifyRequest, reply: FastifyReply, write: LineWrite) => {
    void reply.header('vary', 'prefer');
    if (!prefersMinimal(request))
      return sendJson(request, reply, await describeBudget(scopeOf(request), write.aggregate));
    return sendJson(request, reply.header('preference-applied', 'return=minimal'), toLineWriteResult(write));
  };

  app.put(
    '/:id/lines/:budgetLineId/override',
    { schema: { tags, params: BudgetLineParamsSchema, body: LineOverrideSchema, response: lineWriteResponse } },
    async (request, reply) =>
      sendLineWrite(
        request,
        reply,
        await writeLineOverride(scopeOf(request), request.params.id, request.params.budgetLineId, request.body),
      ),
  );

  app.delete(
    '/:id/lines/:budgetLineId/override',
    { schema: { tags, params: BudgetLineParamsSchema, querystring: VersionQuerySchema, response: lineWriteResponse } },
    async (request, reply) =>
      sendLineWrite(
        request,
        reply,
        await resetLineOverride(
          scopeOf(request),
          request.params.id,
          request.params.budgetLineId,
          request.query.version,
        ),
      ),
  );

  app.post(
    '/:id/lines',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        body: CustomLineCreateSchema,
        response: { 201: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { detail, lineId } = await addCustomLine(scopeOf(request), request.params.id, request.body);
      return sendJson(
        request,
        reply.status(201).header('location', `/api/budgets/${detail.id}/lines/${lineId}`),
        detail,
      );
    },
  );

  app.delete(
    '/:id/lines/:budgetLineId',
    {
      schema: {
        tags,
        params: BudgetLineParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendJson(
        request,
        reply,
        await deleteCustomLine(scopeOf(request), request.params.id, request.params.budgetLineId, request.query.version),
      ),
  );

  // Contribution to a collaboration as one line of a member's own budget (ADR 0023).
  app.post(
    '/:id/contributions',
    {
      serializerCompiler: trustedJsonSerializer,
      schema: {
        tags,
        params: BudgetParamsSchema,
        body: ContributionCreateSchema,
        response: { 201: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { detail, contributionId } = await addBudgetContribution(scopeOf(request), request.params.id, request.body);
      return reply
        .status(201)
        .header('location', `/api/budgets/${detail.id}/contributions/${contributionId}`)
        .send(detail);
    },
  );

  app.delete(
    '/:id/contributions/:contributionId',
    {
      serializerCompiler: trustedJsonSerializer,
      schema: {
        tags,
        params: ContributionParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: BudgetDetailSchema, ...errors },
      },
    },
    async (request) =>
      removeBudgetContribution(
        scopeOf(request),
        request.params.id,
        request.params.contributionId,
        request.query.version,
      ),
  );

  app.post(
    '/:id/scenarios',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        body: ScenarioCreateSchema,
        response: { 201: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      sendJson(request, reply.status(201), await createScenario(scopeOf(request), request.params.id, request.body)),
  );

  app.post(
    '/:id/promote',
    { schema: { tags, params: BudgetParamsSchema, response: { 200: BudgetDetailSchema, ...errors } } },
    async (request, reply) => sendJson(request, reply, await promoteScenario(scopeOf(request), request.params.id)),
  );
};
