import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db, DbKind } from '@app/db';
import type { ReferenceCache } from '../services/reference-data/reference-cache.ts';
import type { ResultCache } from '../services/budget-read/result-cache.ts';
import { healthRoutes } from './health/index.ts';
import { catalogRoutes } from './catalog/index.ts';
import { municipalityRoutes } from './municipalities/index.ts';
import { referenceDataRoutes } from './reference-data/index.ts';
import { calculationRoutes } from './calculations/index.ts';
import { budgetRoutes } from './budgets/index.ts';
import { orgUnitRoutes } from './org-units/index.ts';
import { authRoutes } from './auth/index.ts';
import { userRoutes } from './users/index.ts';
import { workflowRoutes } from './workflow/index.ts';
import { auditRoutes } from './audit/index.ts';
import { exportRoutes } from './exports/index.ts';
import { importRoutes } from './imports/index.ts';
import { adminReferenceRoutes } from './admin-reference/index.ts';
import { catalogEditingRoutes } from './catalog-editing/index.ts';
import { collaborationRoutes, partnerContributionRoutes } from './collaborations/index.ts';
import { fundingRoutes } from './funding/index.ts';

/** What every route plugin receives. */
export interface RouteDeps {
  db: Db;
  dbKind: DbKind;
  cache: ReferenceCache;
  results: ResultCache;
  /** Sign-in attempts allowed per minute per client address and e-mail address. */
  signInAttemptsPerMinute: number;
}

export type RoutePlugin = FastifyPluginAsyncZod<{ deps: RouteDeps }>;

/**
 * Every /api route plugin, with its prefix under /api. To add a resource (e.g. exports), write
 * src/routes/<resource>/index.ts exporting a RoutePlugin and append ONE line here.
 */
export const apiRoutes: { prefix: string; plugin: RoutePlugin }[] = [
  { prefix: '', plugin: healthRoutes },
  { prefix: '/catalog', plugin: catalogRoutes },
  { prefix: '/municipalities', plugin: municipalityRoutes },
  { prefix: '/reference-data', plugin: referenceDataRoutes },
  { prefix: '/calculations', plugin: calculationRoutes },
  { prefix: '/budgets', plugin: budgetRoutes },
  { prefix: '/org-units', plugin: orgUnitRoutes },
  { prefix: '/auth', plugin: authRoutes },
  { prefix: '/users', plugin: userRoutes },
  { prefix: '/budgets', plugin: workflowRoutes },
  { prefix: '/budgets', plugin: auditRoutes },
  { prefix: '', plugin: exportRoutes },
  { prefix: '', plugin: importRoutes },
  { prefix: '/reference-data', plugin: adminReferenceRoutes },
  { prefix: '/catalog', plugin: catalogEditingRoutes },
  { prefix: '/collaborations', plugin: collaborationRoutes },
  { prefix: '/partner-contributions', plugin: partnerContributionRoutes },
  { prefix: '', plugin: fundingRoutes },
];
