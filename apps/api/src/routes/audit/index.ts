import { AuditEntryListSchema, AuditQuerySchema, ErrorResponseSchema, WorkflowParamsSchema } from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { listAudit } from '../../services/audit/list-audit.ts';
import { exportAuditCsv } from '../../services/audit/export-audit-csv.ts';

const tags = ['audit'];
const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
};

/** History of a budget under /api/budgets: JSON and CSV. */
export const auditRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get(
    '/:id/audit',
    {
      schema: {
        tags,
        params: WorkflowParamsSchema,
        querystring: AuditQuerySchema,
        response: { 200: AuditEntryListSchema, ...errors },
      },
    },
    async (request) =>
      listAudit(scopeOf(request), request.params.id, { lineId: request.query.lineId, limit: request.query.limit }),
  );

  app.get(
    '/:id/audit.csv',
    { schema: { tags, params: WorkflowParamsSchema, querystring: AuditQuerySchema } },
    async (request, reply) => {
      const csv = await exportAuditCsv(scopeOf(request), request.params.id, request.query.lineId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="historie-${request.params.id}.csv"`)
        .send(csv);
    },
  );
};
