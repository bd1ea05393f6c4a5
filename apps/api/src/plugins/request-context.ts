// The request context now comes from the session (issue 6): see plugins/auth.ts for the hook that
// resolves the cookie, applies the access policy (plugins/auth-policy.ts) and checks CSRF.
// Tests sign in with test/helpers/auth.ts: `const headers = await signIn(app, 'advisor')`.
export { authPlugin as requestContextPlugin, DEMO_ORGANISATION_SLUG } from './auth.ts';
export type { RequestContext, Role } from './auth.ts';
