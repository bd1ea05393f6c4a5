import {
  BudgetCommentListSchema,
  BudgetCommentSchema,
  BudgetVersionInfoSchema,
  CommentCreateSchema,
  ErrorResponseSchema,
  NewVersionResultSchema,
  SendBackSchema,
  WorkflowParamsSchema,
  WorkflowStepResultSchema,
  WorkflowStepSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { adoptBudget } from '../../services/workflow/adopt-budget.ts';
import { addBudgetComment } from '../../services/workflow/add-budget-comment.ts';
import { listBudgetComments } from '../../services/workflow/list-budget-comments.ts';
import { getBudgetVersions } from '../../services/workflow/get-budget-versions.ts';
import { newBudgetVersion } from '../../services/workflow/new-budget-version.ts';
import { sendBackBudget } from '../../services/workflow/send-back-budget.ts';
import { submitBudget } from '../../services/workflow/submit-budget.ts';

const tags = ['workflow'];
const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};

/** Budget workflow under /api/budgets: submit, adopt, send back, comments, new version. */
export const workflowRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);
  const step = {
    params: WorkflowParamsSchema,
    body: WorkflowStepSchema.nullish(),
    response: { 200: WorkflowStepResultSchema, ...errors },
  };

  app.post('/:id/submit', { schema: { tags, ...step } }, async (request) => {
    await submitBudget(scopeOf(request), request.params.id, request.body?.comment);
    return { id: request.params.id, status: 'submitted' as const };
  });

  app.post('/:id/adopt', { schema: { tags, ...step } }, async (request) => {
    await adoptBudget(scopeOf(request), request.params.id, request.body?.comment);
    return { id: request.params.id, status: 'adopted' as const };
  });

  app.post(
    '/:id/send-back',
    {
      schema: {
        tags,
        params: WorkflowParamsSchema,
        body: SendBackSchema,
        response: { 200: WorkflowStepResultSchema, ...errors },
      },
    },
    async (request) => {
      await sendBackBudget(scopeOf(request), request.params.id, request.body.comment);
      return { id: request.params.id, status: 'draft' as const };
    },
  );

  app.get(
    '/:id/comments',
    { schema: { tags, params: WorkflowParamsSchema, response: { 200: BudgetCommentListSchema, ...errors } } },
    async (request) => listBudgetComments(scopeOf(request), request.params.id),
  );

  app.post(
    '/:id/comments',
    {
      schema: {
        tags,
        params: WorkflowParamsSchema,
        body: CommentCreateSchema,
        response: { 201: BudgetCommentSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addBudgetComment(scopeOf(request), request.params.id, request.body.body)),
  );

  app.post(
    '/:id/new-version',
    { schema: { tags, params: WorkflowParamsSchema, response: { 201: NewVersionResultSchema, ...errors } } },
    async (request, reply) => {
      const id = await newBudgetVersion(scopeOf(request), request.params.id);
      return reply.status(201).send({ id, versionOfBudgetId: request.params.id });
    },
  );

  app.get(
    '/:id/versions',
    { schema: { tags, params: WorkflowParamsSchema, response: { 200: BudgetVersionInfoSchema, ...errors } } },
    async (request) => getBudgetVersions(scopeOf(request), request.params.id),
  );
};
