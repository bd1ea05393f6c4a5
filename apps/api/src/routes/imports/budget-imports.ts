import {
  BudgetDetailSchema,
  BudgetImportCommitParamsSchema,
  BudgetImportPreviewSchema,
  BudgetParamsSchema,
  ErrorResponseSchema,
  ScenarioCreateSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { readUpload } from './upload.ts';
import { previewBudgetImport } from '../../services/imports/preview-budget-import.ts';
import { commitBudgetImport } from '../../services/imports/commit-budget-import.ts';

const errors = {
  400: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  413: ErrorResponseSchema,
};
const tags = ['budgets'];

/** Upload an edited export back: preview of the changes, then a new scenario with them. */
export const budgetImportRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.post(
    '/budgets/:id/imports',
    {
      schema: {
        tags,
        params: BudgetParamsSchema,
        consumes: ['multipart/form-data'],
        description:
          'Lees een bewerkte Excel-export van deze begroting in (veld "file"); antwoord: wat er verandert, per cel.',
        response: { 201: BudgetImportPreviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { fileName, buffer } = await readUpload(request);
      const preview = await previewBudgetImport(scopeOf(request), request.params.id, fileName, buffer);
      return reply.status(201).send(preview);
    },
  );

  app.post(
    '/budgets/:id/imports/:importId/commit',
    {
      schema: {
        tags,
        params: BudgetImportCommitParamsSchema,
        body: ScenarioCreateSchema,
        response: { 201: BudgetDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await commitBudgetImport(
            scopeOf(request),
            request.params.id,
            request.params.importId,
            request.body.scenarioName,
          ),
        ),
  );
};
