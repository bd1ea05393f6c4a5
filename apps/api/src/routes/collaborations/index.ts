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
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { listCollaborations } from '../../services/collaborations/list-collaborations.ts';
import { createCollaboration } from '../../services/collaborations/create-collaboration.ts';
import { getCollaboration } from '../../services/collaborations/get-collaboration.ts';
import { computeAllocation } from '../../services/collaborations/compute-allocation.ts';
import { updateAllocationKeys } from '../../services/collaborations/update-allocation-keys.ts';
import { grantPartner } from '../../services/collaborations/grant-partner.ts';
import { revokePartner } from '../../services/collaborations/revoke-partner.ts';
import { listPartnerContributions } from '../../services/collaborations/list-partner-contributions.ts';
import { exportAllocationWorkbook } from '../../services/collaborations/export-allocation-workbook.ts';
import { exportMemberContribution } from '../../services/collaborations/export-member-contribution.ts';
import { sendFile } from '../send-file.ts';

const errors = errorAnswers(400, 404, 409);
const tags = ['collaborations'];

export const collaborationRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags, errors });
  const budget = { params: CollaborationBudgetParamsSchema };
  const member = { params: CollaborationMemberParamsSchema };

  routes.get('/', { ok: CollaborationListSchema, errors: errorAnswers() }, (scope) => listCollaborations(scope));
  routes.post('/', { body: CollaborationCreateSchema, created: CollaborationDetailSchema }, (scope, { body }) =>
    createCollaboration(scope, body),
  );
  routes.get('/:id', { params: CollaborationParamsSchema, ok: CollaborationDetailSchema }, (scope, { params }) =>
    getCollaboration(scope, params.id),
  );

  routes.get('/:id/budgets/:budgetId/allocation', { ...budget, ok: AllocationResponseSchema }, (scope, { params }) =>
    computeAllocation(scope, params.id, params.budgetId),
  );
  routes.put(
    '/:id/budgets/:budgetId/keys',
    { ...budget, body: AllocationKeysUpdateSchema, ok: AllocationResponseSchema },
    (scope, { params, body }) => updateAllocationKeys(scope, params.id, params.budgetId, body),
  );

  routes.get(
    '/:id/budgets/:budgetId/allocation.xlsx',
    {
      ...budget,
      description:
        'De gezamenlijke begroting als .xlsx met het werkblad Verdeling (live formules: sleutels als invoer).',
    },
    async (scope, { params }, { reply }) =>
      sendFile(reply, await exportAllocationWorkbook(scope, params.id, params.budgetId)),
  );
  for (const format of ['pdf', 'csv'] as const) {
    routes.get(
      `/:id/budgets/:budgetId/members/:memberId/contribution.${format}`,
      {
        params: CollaborationMemberExportParamsSchema,
        description: `Bijdrage per deelnemer als .${format}: dezelfde cijfers als de verdeling.`,
      },
      async (scope, { params }, { reply }) =>
        sendFile(reply, await exportMemberContribution(scope, params.id, params.budgetId, params.memberId, format)),
    );
  }

  routes.put(
    '/:id/members/:memberId/partner',
    { ...member, body: PartnerGrantSchema, ok: CollaborationDetailSchema },
    (scope, { params, body }) => grantPartner(scope, params.id, params.memberId, body),
  );
  routes.delete('/:id/members/:memberId/partner', { ...member, ok: CollaborationDetailSchema }, (scope, { params }) =>
    revokePartner(scope, params.id, params.memberId),
  );
};

/** A member organisation's own contributions (partner role granted by the host). */
export const partnerContributionRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags });
  routes.get('/', { ok: PartnerContributionListSchema }, (scope) => listPartnerContributions(scope));
};
