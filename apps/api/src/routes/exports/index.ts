import { buildBudgetJson, buildBudgetPdf, buildBudgetWorkbook, buildLinesCsv, buildTotalsCsv } from '@app/export';
import { BudgetParamsSchema, CalculationRequestSchema } from '@app/schemas';
import type { FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import type { RoutePlugin } from '../index.ts';
import { publicScope, requestScope } from '../../plugins/request-scope.ts';
import { catalogImportRoutes } from './catalog-imports.ts';
import { MAX_UPLOAD_BYTES } from './upload.ts';
import { budgetImportRoutes } from './budget-imports.ts';
import { loadBudgetExport, loadCalculationExport, type ExportPayload } from '../../services/export-budget.ts';

const FORMATS = {
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', build: buildBudgetWorkbook },
  pdf: { type: 'application/pdf', build: buildBudgetPdf },
  csv: { type: 'text/csv; charset=utf-8', build: async (d: ExportPayload['data']) => Buffer.from(buildLinesCsv(d), 'utf8') },
  /** Every total split by provenance (Totalen per herkomst). */
  'totalen.csv': { type: 'text/csv; charset=utf-8', build: async (d: ExportPayload['data']) => Buffer.from(buildTotalsCsv(d), 'utf8') },
  json: { type: 'application/json; charset=utf-8', build: async (d: ExportPayload['data']) => Buffer.from(buildBudgetJson(d), 'utf8') },
} as const;
type Format = keyof typeof FORMATS;

async function sendExport(reply: FastifyReply, payload: ExportPayload, format: Format) {
  const { type, build } = FORMATS[format];
  const body = await build(payload.data);
  const file = `${payload.fileBase}.${format}`;
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(file)}`)
    .header('cache-control', 'no-store')
    .send(body);
}

const tags = ['exports'];

/** Downloads: a stored budget (or scenario) in five formats (the totals CSV beside the line CSV), and a stateless calculation as .xlsx. */
export const exportRoutes: RoutePlugin = async (app, { deps }) => {
  // Uploads (catalog and budget imports) only in this plugin's scope: one file, at most 10 MB.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(catalogImportRoutes, { deps });
  await app.register(budgetImportRoutes, { deps });

  for (const format of Object.keys(FORMATS) as Format[]) {
    app.get(
      `/budgets/:id/export.${format}`,
      {
        schema: {
          tags,
          params: BudgetParamsSchema,
          description: `Begroting (of scenario) als .${format}-download; dezelfde cijfers als GET /api/budgets/:id/calculation.`,
        },
      },
      async (request, reply) => {
        return sendExport(reply, await loadBudgetExport(requestScope(deps, request), request.params.id, new Date()), format);
      },
    );
  }

  app.post(
    '/calculations/export.xlsx',
    {
      schema: {
        tags,
        body: CalculationRequestSchema,
        description: 'Stateless berekening (zelfde body als POST /api/calculations) als Excel-werkmap met live formules.',
      },
    },
    async (request, reply) =>
      sendExport(reply, await loadCalculationExport(publicScope(deps, request), request.body, new Date()), 'xlsx'),
  );
};
