import type { UserRole } from '@app/db';
import { ROLE_ACTIONS } from '@app/schemas';

// Who may call which route. One table for the whole API, matched on the route pattern (not the raw
// URL), so an id in the path cannot change the decision. Read it top to bottom: first match wins.
// Rules name prefixes, so a route added later under an existing resource is covered by its
// resource's rule; a write to an unknown area is denied (deny by default).

/**
 * `platform`: an administrator with the platform capability (users.platform_admin). Reference data
 * that every organisation shares — catalog editions, salary tables, rate cards, benchmarks — has one
 * owner: the platform, not whichever organisation's administrator gets there first (ADR 0009).
 */
export type Access = 'public' | 'signed-in' | 'platform' | readonly UserRole[];

// Role lists come from the one role × action table (ROLE_ACTIONS in @app/schemas), shared with the web app.
export const ALL_ROLES: readonly UserRole[] = ROLE_ACTIONS['read-budgets'];
const ADVISOR: readonly UserRole[] = ROLE_ACTIONS['edit-budget'];
const ADMIN: readonly UserRole[] = ROLE_ACTIONS['manage-organisation'];

interface Rule {
  methods: readonly string[] | '*';
  /** Route pattern (`/api/budgets/:id/submit`); a trailing `*` matches the rest. */
  pattern: string;
  access: Access;
  /** For docs/security.md and the policy test. */
  why: string;
}

const READ = ['GET', 'HEAD'] as const;
const WRITE = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const POLICY: readonly Rule[] = [
  // Administrator-only reads that live under otherwise public prefixes: they must come first.
  {
    methods: READ,
    pattern: '/api/reference-data/admin',
    access: ADMIN,
    why: "administrator's view of reference data and the organisation defaults",
  },
  {
    methods: READ,
    pattern: '/api/reference-data/history',
    access: ADMIN,
    why: 'every administrator sees who changed the shared reference data',
  },
  {
    methods: READ,
    pattern: '/api/catalog/editions/:editionId/editing',
    access: 'platform',
    why: 'platform administrator edits draft editions (retired lines included)',
  },

  // Public integration points and the things a signed-out browser needs.
  { methods: READ, pattern: '/api/health*', access: 'public', why: 'readiness and liveness probes' },
  {
    methods: READ,
    pattern: '/api/metrics',
    access: 'public',
    why: 'Prometheus scrape, guarded by METRICS_TOKEN instead (plugins/metrics.ts)',
  },
  { methods: READ, pattern: '/api/openapi.json', access: 'public', why: 'API description' },
  { methods: READ, pattern: '/api/docs*', access: 'public', why: 'Swagger UI' },
  { methods: ['POST'], pattern: '/api/auth/sign-in', access: 'public', why: 'signing in' },
  { methods: ['POST'], pattern: '/api/auth/sign-out', access: 'public', why: 'signing out always succeeds' },
  { methods: READ, pattern: '/api/catalog*', access: 'public', why: 'published Modelgemeente catalog' },
  { methods: READ, pattern: '/api/municipalities*', access: 'public', why: 'public CBS list' },
  { methods: READ, pattern: '/api/reference-data*', access: 'public', why: 'published reference data' },
  {
    methods: ['POST'],
    pattern: '/api/calculations*',
    access: 'public',
    why: 'stateless calculation (integration point)',
  },

  // Own account.
  { methods: '*', pattern: '/api/auth/*', access: 'signed-in', why: 'own session and password' },

  // Budget workflow: each step belongs to one role.
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/submit',
    access: ROLE_ACTIONS.submit,
    why: 'advisor submits for approval',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/adopt',
    access: ROLE_ACTIONS.adopt,
    why: 'manager adopts (vaststellen)',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/send-back',
    access: ROLE_ACTIONS['send-back'],
    why: 'manager sends back with a comment',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/comments',
    access: ROLE_ACTIONS.comment,
    why: 'discussion on a budget',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/new-version',
    access: ROLE_ACTIONS['new-version'],
    why: 'new draft from an adopted budget',
  },
  {
    methods: READ,
    pattern: '/api/budgets/families*',
    access: ALL_ROLES,
    why: 'everyone in the organisation sees the budget families and follows the stable address of a current base',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/archive',
    access: ADVISOR,
    why: 'advisor archives adopted budgets and old versions (hidden from the default list)',
  },
  {
    methods: ['POST'],
    pattern: '/api/budgets/:id/unarchive',
    access: ADVISOR,
    why: 'advisor brings an archived budget back into the list',
  },
  {
    methods: READ,
    pattern: '/api/budgets*',
    access: ALL_ROLES,
    why: 'everyone in the organisation reads budgets, audit, exports',
  },
  { methods: WRITE, pattern: '/api/budgets*', access: ADVISOR, why: 'only advisors build and edit budgets' },

  // Samenwerking: the host organisation's collaborations, shared budgets' keys and member exports.
  {
    methods: WRITE,
    pattern: '/api/collaborations/:id/members/:memberId/partner',
    access: ROLE_ACTIONS['grant-partner'],
    why: "the host's administrator grants or revokes a member organisation's partner role (cross-tenant read of that member's contribution)",
  },
  {
    methods: READ,
    pattern: '/api/partner-contributions*',
    access: ROLE_ACTIONS['read-collaborations'],
    why: 'a member organisation reads its own contributions to collaborations it is a partner in',
  },
  {
    methods: READ,
    pattern: '/api/collaborations*',
    access: ROLE_ACTIONS['read-collaborations'],
    why: 'everyone in the host organisation reads its collaborations, allocations and member exports',
  },
  {
    methods: WRITE,
    pattern: '/api/collaborations*',
    access: ROLE_ACTIONS['manage-collaborations'],
    why: 'advisor creates collaborations and sets allocation keys',
  },

  // Organisation management.
  { methods: READ, pattern: '/api/org-units*', access: ALL_ROLES, why: 'owner units are shown on budgets' },
  { methods: WRITE, pattern: '/api/org-units*', access: ADMIN, why: 'administrator manages org units' },
  { methods: '*', pattern: '/api/users*', access: ADMIN, why: 'administrator manages users' },
  {
    methods: WRITE,
    pattern: '/api/reference-data/organisation-defaults',
    access: ADMIN,
    why: "administrator sets the own organisation's default assumptions",
  },
  {
    methods: READ,
    pattern: '/api/funding-settings',
    access: ALL_ROLES,
    why: 'everyone in the organisation reads its P&C rules for dekking (they shape the Dekking and Begrotingswijziging screens)',
  },
  {
    methods: WRITE,
    pattern: '/api/funding-settings',
    access: ADMIN,
    why: "administrator sets the own organisation's P&C rules for dekking (incidental rule, reporting threshold)",
  },
  {
    methods: WRITE,
    pattern: '/api/reference-data*',
    access: 'platform',
    why: 'shared salary tables, rate cards and benchmarks: platform administrator only',
  },
  {
    methods: WRITE,
    pattern: '/api/catalog*',
    access: 'platform',
    why: 'shared catalog editions (drafts, imports, publishing): platform administrator only',
  },
  { methods: WRITE, pattern: '/api/calculations*', access: 'public', why: 'calculation exports are stateless' },

  // Anything else: reads need a session, writes are refused until a rule names them.
  { methods: READ, pattern: '/api/*', access: ALL_ROLES, why: 'default: signed-in read' },
  { methods: '*', pattern: '/api/*', access: [], why: 'default: deny unknown writes' },
];

function matches(pattern: string, url: string): boolean {
  if (pattern.endsWith('*')) {
    const stem = pattern.slice(0, -1);
    return stem.endsWith('/') ? url.startsWith(stem) : url === stem || url.startsWith(`${stem}/`);
  }
  return url === pattern;
}

/** The rule for a route (pattern as registered, e.g. `/api/budgets/:id`). */
export function accessFor(method: string, routeUrl: string): Rule {
  const rule = POLICY.find((r) => (r.methods === '*' || r.methods.includes(method)) && matches(r.pattern, routeUrl));
  // The last rules match every /api route. Outside /api only reads are public (the served web app);
  // any other route without a rule is denied (deny by default).
  if (rule) return rule;
  const read = (READ as readonly string[]).includes(method);
  return {
    methods: '*',
    pattern: routeUrl,
    access: read ? 'public' : [],
    why: read ? 'not an API route: served web app' : 'default: deny unknown writes',
  };
}

export function roleAllowed(access: Access, role: UserRole | undefined, platformAdmin = false): boolean {
  if (access === 'public') return true;
  if (!role) return false;
  if (access === 'signed-in') return true;
  if (access === 'platform') return role === 'admin' && platformAdmin;
  return access.includes(role);
}
