import { BudgetParamsSchema, CalculationRequestSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { publicScope, requestScope } from '../../plugins/request-scope.ts';
import { EXPORT_FORMAT_NAMES } from '../../services/exports/export-file.ts';
import { sendFile } from '../send-file.ts';
import { exportBudget } from '../../services/exports/export-budget.ts';
import { exportCalculation } from '../../services/exports/export-calculation.ts';

const tags = ['exports'];

/** Downloads: a stored budget (or scenario) in five formats (the totals CSV beside the line CSV), and a stateless calculation as .xlsx. */
export const exportRoutes: RoutePlugin = async (app, { deps }) => {
  for (const format of EXPORT_FORMAT_NAMES) {
    app.get(
      `/budgets/:id/export.${format}`,
      {
        schema: {
          tags,
          params: BudgetParamsSchema,
          description: `Begroting (of scenario) als .${format}-download; dezelfde cijfers als GET /api/budgets/:id/calculation.`,
        },
      },
      async (request, reply) =>
        sendFile(reply, await exportBudget(requestScope(deps, request), request.params.id, format, new Date())),
    );
  }

  app.post(
    '/calculations/export.xlsx',
    {
      schema: {
        tags,
        body: CalculationRequestSchema,
        description:
          'Stateless berekening (zelfde body als POST /api/calculations) als Excel-werkmap met live formules.',
      },
    },
    async (request, reply) =>
      sendFile(reply, await exportCalculation(publicScope(deps, request), request.body, new Date())),
  );
};
