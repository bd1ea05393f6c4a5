import { AuditEntryListSchema, AuditQuerySchema, WorkflowParamsSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { listAudit } from '../../services/audit/list-audit.ts';
import { exportAuditCsv } from '../../services/audit/export-audit-csv.ts';

const errors = errorAnswers(400, 401, 403, 404);

/** History of a budget under /api/budgets: JSON and CSV. */
export const auditRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['audit'], errors });
  const input = { params: WorkflowParamsSchema, querystring: AuditQuerySchema };

  routes.get('/:id/audit', { ...input, ok: AuditEntryListSchema }, (scope, { params, query }) =>
    listAudit(scope, params.id, { lineId: query.lineId, limit: query.limit }),
  );
  routes.get('/:id/audit.csv', input, async (scope, { params, query }, { reply }) => {
    const csv = await exportAuditCsv(scope, params.id, query.lineId);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="historie-${params.id}.csv"`)
      .send(csv);
  });
};
