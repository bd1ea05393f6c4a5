import {
  BudgetParamsSchema,
  ErrorResponseSchema,
  FundingCreateSchema,
  FundingOverviewSchema,
  FundingParamsSchema,
  FundingPatchSchema,
  FundLimitListSchema,
  VersionQuerySchema,
  AmendmentQuerySchema,
  AmendmentResponseSchema,
  FundingSettingsSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope, requestScope } from '../../plugins/request-scope.ts';
import { getFundingOverview } from '../../services/funding/get-funding-overview.ts';
import { addFunding } from '../../services/funding/add-funding.ts';
import { updateFunding } from '../../services/funding/update-funding.ts';
import { deleteFunding } from '../../services/funding/delete-funding.ts';
import { listFundLimits } from '../../services/funding/list-fund-limits.ts';
import { getBudgetAmendment } from '../../services/funding/get-budget-amendment.ts';
import { exportBudgetAmendment } from '../../services/funding/export-budget-amendment.ts';
import { getFundingSettings } from '../../services/funding/get-funding-settings.ts';
import { updateFundingSettings } from '../../services/funding/update-funding-settings.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['funding'];

/** Dekking of a budget (registered without a prefix: it serves /budgets/… and /reference-data/…). */
export const fundingRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/reference-data/fund-limits',
    { schema: { tags, response: { 200: FundLimitListSchema } } },
    async (request) => listFundLimits(publicScope(deps, request)),
  );

  app.get(
    '/funding-settings',
    { schema: { tags, response: { 200: FundingSettingsSchema, ...errors } } },
    async (request) => getFundingSettings(requestScope(deps, request)),
  );

  app.put(
    '/funding-settings',
    { schema: { tags, body: FundingSettingsSchema, response: { 200: FundingSettingsSchema, ...errors } } },
    async (request) => updateFundingSettings(requestScope(deps, request), request.body),
  );

  app.get(
    '/budgets/:id/funding',
    { schema: { tags, params: BudgetParamsSchema, response: { 200: FundingOverviewSchema, ...errors } } },
    async (request) => getFundingOverview(requestScope(deps, request), request.params.id),
  );

  app.get(
    '/budgets/:id/begrotingswijziging',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        querystring: AmendmentQuerySchema,
        response: { 200: AmendmentResponseSchema, ...errors },
      },
    },
    async (request) => getBudgetAmendment(requestScope(deps, request), request.params.id, request.query),
  );

  const CONTENT_TYPES = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pdf: 'application/pdf',
  } as const;
  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/budgets/:id/begrotingswijziging.${format}`,
      {
        schema: {
          tags,
          params: BudgetParamsSchema,
          querystring: AmendmentQuerySchema,
          description: `Begrotingswijziging als .${format}-download; dezelfde cijfers als GET /api/budgets/:id/begrotingswijziging.`,
        },
      },
      async (request, reply) => {
        const { body, fileName } = await exportBudgetAmendment(
          requestScope(deps, request),
          request.params.id,
          request.query,
          format,
          new Date(),
        );
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .send(body);
      },
    );
  }

  app.post(
    '/budgets/:id/funding',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        body: FundingCreateSchema,
        response: { 201: FundingOverviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { overview, fundingId } = await addFunding(requestScope(deps, request), request.params.id, request.body);
      return reply
        .status(201)
        .header('location', `/api/budgets/${overview.budgetId}/funding/${fundingId}`)
        .send(overview);
    },
  );

  app.patch(
    '/budgets/:id/funding/:fundingId',
    {
      schema: {
        tags,
        params: FundingParamsSchema,
        body: FundingPatchSchema,
        response: { 200: FundingOverviewSchema, ...errors },
      },
    },
    async (request) =>
      updateFunding(requestScope(deps, request), request.params.id, request.params.fundingId, request.body),
  );

  app.delete(
    '/budgets/:id/funding/:fundingId',
    {
      schema: {
        tags,
        params: FundingParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: FundingOverviewSchema, ...errors },
      },
    },
    async (request) =>
      deleteFunding(requestScope(deps, request), request.params.id, request.params.fundingId, request.query.version),
  );
};
