import { UserCreateSchema, UserListSchema, UserParamsSchema, UserPatchSchema, UserSchema } from '@app/schemas';
import type { RoutePlugin } from '../index.ts';
import { errorAnswers, scopedRoutes } from '../scoped-routes.ts';
import { listUsers } from '../../services/users/list-users.ts';
import { createUser } from '../../services/users/create-user.ts';
import { updateUser } from '../../services/users/update-user.ts';

const errors = errorAnswers(400, 401, 403, 404, 409);

/** Users of the own organisation (administrators only; see plugins/auth-policy.ts). */
export const userRoutes: RoutePlugin = async (app, { deps }) => {
  const routes = scopedRoutes(app, deps, { tags: ['users'], errors });

  routes.get('/', { ok: UserListSchema }, (scope) => listUsers(scope));
  routes.post('/', { body: UserCreateSchema, created: UserSchema }, (scope, { body }) => createUser(scope, body));
  routes.patch('/:id', { params: UserParamsSchema, body: UserPatchSchema, ok: UserSchema }, (scope, { params, body }) =>
    updateUser(scope, params.id, body),
  );
};
