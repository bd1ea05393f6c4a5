import {
  BudgetCommentListSchema,
  BudgetCommentSchema,
  BudgetVersionInfoSchema,
  CommentCreateSchema,
  NewVersionResultSchema,
  SendBackSchema,
  WorkflowParamsSchema,
  WorkflowStepResultSchema,
  WorkflowStepSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { adoptBudget } from '../../services/workflow/adopt-budget.ts';
import { addBudgetComment } from '../../services/workflow/add-budget-comment.ts';
import { listBudgetComments } from '../../services/workflow/list-budget-comments.ts';
import { getBudgetVersions } from '../../services/workflow/get-budget-versions.ts';
import { newBudgetVersion } from '../../services/workflow/new-budget-version.ts';
import { sendBackBudget } from '../../services/workflow/send-back-budget.ts';
import { submitBudget } from '../../services/workflow/submit-budget.ts';

const errors = errorAnswers(400, 401, 403, 404, 409);

/** Budget workflow under /api/budgets: submit, adopt, send back, comments, new version. */
export const workflowRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['workflow'], errors });
  const budget = { params: WorkflowParamsSchema };
  const step = { ...budget, body: WorkflowStepSchema.nullish(), ok: WorkflowStepResultSchema };

  routes.post('/:id/submit', step, async (scope, { params, body }) => {
    await submitBudget(scope, params.id, body?.comment);
    return { id: params.id, status: 'submitted' as const };
  });
  routes.post('/:id/adopt', step, async (scope, { params, body }) => {
    await adoptBudget(scope, params.id, body?.comment);
    return { id: params.id, status: 'adopted' as const };
  });
  routes.post('/:id/send-back', { ...step, body: SendBackSchema }, async (scope, { params, body }) => {
    await sendBackBudget(scope, params.id, body.comment);
    return { id: params.id, status: 'draft' as const };
  });

  routes.get('/:id/comments', { ...budget, ok: BudgetCommentListSchema }, (scope, { params }) =>
    listBudgetComments(scope, params.id),
  );
  routes.post('/:id/comments', { ...budget, body: CommentCreateSchema, created: BudgetCommentSchema }, (scope, input) =>
    addBudgetComment(scope, input.params.id, input.body.body),
  );

  routes.post('/:id/new-version', { ...budget, created: NewVersionResultSchema }, async (scope, { params }) => ({
    id: await newBudgetVersion(scope, params.id),
    versionOfBudgetId: params.id,
  }));
  routes.get('/:id/versions', { ...budget, ok: BudgetVersionInfoSchema }, (scope, { params }) =>
    getBudgetVersions(scope, params.id),
  );
};
