import {
  BudgetDetailSchema,
  BudgetImportCommitParamsSchema,
  BudgetImportPreviewSchema,
  BudgetParamsSchema,
  ScenarioCreateSchema,
} from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { scopedRoutes } from '../scoped-routes.ts';
import { readUpload, uploadErrors } from './upload.ts';
import { previewBudgetImport } from '../../services/imports/preview-budget-import.ts';
import { commitBudgetImport } from '../../services/imports/commit-budget-import.ts';

/** Upload an edited export back: preview of the changes, then a new scenario with them. */
export const budgetImportRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['budgets'], errors: uploadErrors });

  routes.post(
    '/budgets/:id/imports',
    {
      params: BudgetParamsSchema,
      consumes: ['multipart/form-data'],
      description:
        'Lees een bewerkte Excel-export van deze begroting in (veld "file"); antwoord: wat er verandert, per cel.',
      created: BudgetImportPreviewSchema,
    },
    async (scope, { params }, { request }) => {
      const { fileName, buffer } = await readUpload(request);
      return previewBudgetImport(scope, params.id, fileName, buffer);
    },
  );
  routes.post(
    '/budgets/:id/imports/:importId/commit',
    { params: BudgetImportCommitParamsSchema, body: ScenarioCreateSchema, created: BudgetDetailSchema },
    (scope, { params, body }) => commitBudgetImport(scope, params.id, params.importId, body.scenarioName),
  );
};
