import {
  ErrorResponseSchema,
  UserCreateSchema,
  UserListSchema,
  UserParamsSchema,
  UserPatchSchema,
  UserSchema,
} from '@app/schemas';
import type { FastifyRequest } from 'fastify';
import type { RoutePlugin } from '../index.ts';
import { requestScope } from '../../plugins/request-scope.ts';
import { listUsers } from '../../services/users/list-users.ts';
import { createUser } from '../../services/users/create-user.ts';
import { updateUser } from '../../services/users/update-user.ts';

const tags = ['users'];
const errors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
};

/** Users of the own organisation (administrators only; see plugins/auth-policy.ts). */
export const userRoutes: RoutePlugin = async (app, { deps }) => {
  const scopeOf = (request: FastifyRequest) => requestScope(deps, request);

  app.get('/', { schema: { tags, response: { 200: UserListSchema, ...errors } } }, async (request) =>
    listUsers(scopeOf(request)),
  );

  app.post(
    '/',
    { schema: { tags, body: UserCreateSchema, response: { 201: UserSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await createUser(scopeOf(request), request.body)),
  );

  app.patch(
    '/:id',
    { schema: { tags, params: UserParamsSchema, body: UserPatchSchema, response: { 200: UserSchema, ...errors } } },
    async (request) => updateUser(scopeOf(request), request.params.id, request.body),
  );
};
