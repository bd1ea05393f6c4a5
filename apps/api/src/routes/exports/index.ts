import { BudgetParamsSchema, CalculationRequestSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicRoutes, scopedRoutes } from '../scoped-routes.ts';
import { EXPORT_FORMAT_NAMES } from '../../services/exports/export-file.ts';
import { sendFile } from '../send-file.ts';
import { exportBudget } from '../../services/exports/export-budget.ts';
import { exportCalculation } from '../../services/exports/export-calculation.ts';

const tags = ['exports'];

/** Downloads: a stored budget (or scenario) in five formats (the totals CSV beside the line CSV), and a stateless calculation as .xlsx. */
export const exportRoutes: RoutePlugin = async (app, { deps }) => {
  const signedIn = scopedRoutes(app, deps, { tags });
  for (const format of EXPORT_FORMAT_NAMES) {
    signedIn.get(
      `/budgets/:id/export.${format}`,
      {
        params: BudgetParamsSchema,
        description: `Begroting (of scenario) als .${format}-download; dezelfde cijfers als GET /api/budgets/:id/calculation.`,
      },
      async (scope, { params }, { reply }) => sendFile(reply, await exportBudget(scope, params.id, format, new Date())),
    );
  }

  publicRoutes(app, deps, { tags }).post(
    '/calculations/export.xlsx',
    {
      body: CalculationRequestSchema,
      description: 'Stateless berekening (zelfde body als POST /api/calculations) als Excel-werkmap met live formules.',
    },
    async (scope, { body }, { reply }) => sendFile(reply, await exportCalculation(scope, body, new Date())),
  );
};
