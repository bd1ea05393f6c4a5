import { HealthSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { checkHealth } from '../../services/check-health.ts';

export const healthRoutes: RoutePlugin = async (app, { deps }) => {
  app.get('/health', { schema: { tags: ['system'], response: { 200: HealthSchema } } }, async () => checkHealth(deps.db, deps.dbKind));
};
