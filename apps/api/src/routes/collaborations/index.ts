import {
  AllocationKeysUpdateSchema,
  AllocationResponseSchema,
  CollaborationBudgetParamsSchema,
  CollaborationCreateSchema,
  CollaborationDetailSchema,
  CollaborationListSchema,
  CollaborationMemberExportParamsSchema,
  CollaborationMemberParamsSchema,
  PartnerContributionListSchema,
  PartnerGrantSchema,
  CollaborationParamsSchema,
  ErrorResponseSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { listCollaborations } from '../../services/collaborations/list-collaborations.ts';
import { createCollaboration } from '../../services/collaborations/create-collaboration.ts';
import { getCollaboration } from '../../services/collaborations/get-collaboration.ts';
import { computeAllocation } from '../../services/collaborations/compute-allocation.ts';
import { updateAllocationKeys } from '../../services/collaborations/update-allocation-keys.ts';
import { grantPartner, revokePartner } from '../../services/collaborations/grant-partner.ts';
import { listPartnerContributions } from '../../services/collaborations/list-partner-contributions.ts';
import {
  exportAllocationWorkbook,
  exportMemberContribution,
} from '../../services/collaborations/export-collaboration.ts';
import { sendFile } from '../send-file.ts';

const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const tags = ['collaborations'];

export const collaborationRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get('/', { schema: { tags, response: { 200: CollaborationListSchema } } }, async (request) =>
    listCollaborations(scopeOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, body: CollaborationCreateSchema, response: { 201: CollaborationDetailSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createCollaboration(scopeOf(request), request.body)),
  );

  app.get(
    '/:id',
    { schema: { tags, params: CollaborationParamsSchema, response: { 200: CollaborationDetailSchema, ...errors } } },
    async (request) => getCollaboration(scopeOf(request), request.params.id),
  );

  app.get(
    '/:id/budgets/:budgetId/allocation',
    {
      schema: { tags, params: CollaborationBudgetParamsSchema, response: { 200: AllocationResponseSchema, ...errors } },
    },
    async (request) => computeAllocation(scopeOf(request), request.params.id, request.params.budgetId),
  );

  app.put(
    '/:id/budgets/:budgetId/keys',
    {
      schema: {
        tags,
        params: CollaborationBudgetParamsSchema,
        body: AllocationKeysUpdateSchema,
        response: { 200: AllocationResponseSchema, ...errors },
      },
    },
    async (request) => updateAllocationKeys(scopeOf(request), request.params.id, request.params.budgetId, request.body),
  );

  app.get(
    '/:id/budgets/:budgetId/allocation.xlsx',
    {
      schema: {
        tags,
        params: CollaborationBudgetParamsSchema,
        description:
          'De gezamenlijke begroting als .xlsx met het werkblad Verdeling (live formules: sleutels als invoer).',
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportAllocationWorkbook(scopeOf(request), request.params.id, request.params.budgetId)),
  );

  for (const format of ['pdf', 'csv'] as const) {
    app.get(
      `/:id/budgets/:budgetId/members/:memberId/contribution.${format}`,
      {
        schema: {
          tags,
          params: CollaborationMemberExportParamsSchema,
          description: `Bijdrage per deelnemer als .${format}: dezelfde cijfers als de verdeling.`,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await exportMemberContribution(
            scopeOf(request),
            request.params.id,
            request.params.budgetId,
            request.params.memberId,
            format,
          ),
        ),
    );
  }

  app.put(
    '/:id/members/:memberId/partner',
    {
      schema: {
        tags,
        params: CollaborationMemberParamsSchema,
        body: PartnerGrantSchema,
        response: { 200: CollaborationDetailSchema, ...errors },
      },
    },
    async (request) => grantPartner(scopeOf(request), request.params.id, request.params.memberId, request.body),
  );

  app.delete(
    '/:id/members/:memberId/partner',
    {
      schema: {
        tags,
        params: CollaborationMemberParamsSchema,
        response: { 200: CollaborationDetailSchema, ...errors },
      },
    },
    async (request) => revokePartner(scopeOf(request), request.params.id, request.params.memberId),
  );
};

/** A member organisation's own contributions (partner role granted by the host). */
export const partnerContributionRoutes: RoutePlugin = async (app, { deps }) => {
  app.get('/', { schema: { tags, response: { 200: PartnerContributionListSchema } } }, async (request) =>
    listPartnerContributions(requestScope(deps, request)),
  );
};
