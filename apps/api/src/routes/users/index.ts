import { ErrorResponseSchema, UserCreateSchema, UserListSchema, UserParamsSchema, UserPatchSchema, UserSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { signedInContext } from '../../plugins/request-scope.ts';
import { createUser, listUsers, updateUser } from '../../services/manage-users.ts';

const tags = ['users'];
const errors = { 400: ErrorResponseSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema, 409: ErrorResponseSchema };
const actorOf = (ctx: { organisationId: string; userId: string | null }) => ({ organisationId: ctx.organisationId, userId: ctx.userId });

/** Users of the own organisation (administrators only; see plugins/auth-policy.ts). */
export const userRoutes: RoutePlugin = async (app, { deps }) => {

  app.get('/', { schema: { tags, response: { 200: UserListSchema, ...errors } } }, async (request) => listUsers(deps.db, signedInContext(request).organisationId));

  app.post('/', { schema: { tags, body: UserCreateSchema, response: { 201: UserSchema, ...errors } } }, async (request, reply) => {
    const user = await createUser(deps.db, actorOf(signedInContext(request)), request.body);
    return reply.status(201).send(user);
  });

  app.patch('/:id', { schema: { tags, params: UserParamsSchema, body: UserPatchSchema, response: { 200: UserSchema, ...errors } } }, async (request) =>
    updateUser(deps.db, actorOf(signedInContext(request)), request.params.id, request.body),
  );
};
