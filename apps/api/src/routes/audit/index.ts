import { AuditEntryListSchema, AuditQuerySchema, ErrorResponseSchema, WorkflowParamsSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { signedInContext } from '../../plugins/request-scope.ts';
import { auditToCsv, listAudit } from '../../services/list-audit.ts';
import { listOrgUnits } from '../../services/org-units.ts';

const tags = ['audit'];
const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };

/** History of a budget under /api/budgets: JSON and CSV. */
export const auditRoutes: RoutePlugin = async (app, { deps }) => {
  app.get(
    '/:id/audit',
    { schema: { tags, params: WorkflowParamsSchema, querystring: AuditQuerySchema, response: { 200: AuditEntryListSchema, ...errors } } },
    async (request) => listAudit(deps.db, signedInContext(request).organisationId, request.params.id, { lineId: request.query.lineId, limit: request.query.limit }),
  );

  app.get('/:id/audit.csv', { schema: { tags, params: WorkflowParamsSchema, querystring: AuditQuerySchema } }, async (request, reply) => {
    const entries = await listAudit(deps.db, signedInContext(request).organisationId, request.params.id, { lineId: request.query.lineId, limit: 100_000 });
    const units = await listOrgUnits(deps.db, signedInContext(request).organisationId);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="historie-${request.params.id}.csv"`)
      .send(auditToCsv(entries, new Map(units.map((u) => [u.id, u.name]))));
  });
};
