import { z } from 'zod';
import { BudgetDetailSchema, BudgetParamsSchema, ErrorResponseSchema, ScenarioCreateSchema } from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { readUpload } from './upload.ts';
import { commitBudgetImport, previewBudgetImport } from '../../services/import-budget.ts';

const Change = z.object({ field: z.string(), from: z.number().nullable(), to: z.number() });
const YearTotals = z.record(z.string(), z.number());
export const BudgetImportPreviewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  hasChanges: z.boolean(),
  profile: z.array(Change),
  assumptions: z.array(Change),
  lines: z.array(z.object({ lineId: z.string(), description: z.string(), fields: z.array(Change.extend({ cell: z.string() })) })),
  warnings: z.array(z.object({ cell: z.string(), message: z.string() })),
  totals: z.object({ before: YearTotals, after: YearTotals }),
});

const CommitParams = BudgetParamsSchema.extend({ importId: z.uuid({ error: 'is geen geldig import-id' }) });
const errors = { 400: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema, 413: ErrorResponseSchema };
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
        description: 'Lees een bewerkte Excel-export van deze begroting in (veld "file"); antwoord: wat er verandert, per cel.',
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
    { schema: { tags, params: CommitParams, body: ScenarioCreateSchema, response: { 201: BudgetDetailSchema, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await commitBudgetImport(scopeOf(request), request.params.id, request.params.importId, request.body.scenarioName)),
  );
};
