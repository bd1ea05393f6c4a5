import { ErrorResponseSchema, NoContentSchema } from '@app/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteDeps, RoutePlugin } from './index.ts';
import { publicScope, requestScope } from '../plugins/request-scope.ts';
import type { PublicScope, RequestScope } from '../services/request-scope.ts';

type App = Parameters<RoutePlugin>[0];
type Schema = z.ZodType;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Error answers a route documents, by status (the error handler writes their bodies). */
export type ErrorAnswers = Record<number, Schema>;

/**
 * The error answers of these statuses, all in the one error shape; `errorAnswers()` (none) for a
 * route that reads nothing it could refuse, such as a plain list.
 */
export function errorAnswers(...statuses: number[]): ErrorAnswers {
  return Object.fromEntries(statuses.map((status) => [status, ErrorResponseSchema]));
}

/**
 * One route: what it reads (shared schemas from @app/schemas) and its answer. `ok` answers 200 with
 * that shape, `created` 201, `noContent` 204 with an empty body; a route with none of the three
 * (a download) sends its own answer through `http.reply` and documents no response.
 */
export interface RouteSpec {
  description?: string;
  params?: Schema;
  querystring?: Schema;
  body?: Schema;
  consumes?: string[];
  ok?: Schema;
  created?: Schema;
  noContent?: true;
  /** Instead of the group's error answers. */
  errors?: ErrorAnswers;
}

type Parsed<S, K extends keyof RouteSpec> = S extends { [P in K]: infer T extends Schema } ? z.output<T> : undefined;

/** The request's parsed params, query string and body, typed by the route's schemas. */
export interface RouteInput<S> {
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'querystring'>;
  body: Parsed<S, 'body'>;
}

type Answer<S> = S extends { ok: infer R extends Schema }
  ? z.output<R> | FastifyReply
  : S extends { created: infer R extends Schema }
    ? z.output<R>
    : S extends { noContent: true }
      ? void
      : FastifyReply;

type Handler<Scope, S> = (
  scope: Scope,
  input: RouteInput<S>,
  http: { request: FastifyRequest; reply: FastifyReply },
) => Promise<Answer<S>>;

type AddRoute<Scope> = <S extends RouteSpec>(url: string, spec: S, handler: Handler<Scope, S>) => void;

export interface RouteGroup<Scope> {
  get: AddRoute<Scope>;
  post: AddRoute<Scope>;
  put: AddRoute<Scope>;
  patch: AddRoute<Scope>;
  delete: AddRoute<Scope>;
}

interface GroupDefaults {
  tags: string[];
  errors?: ErrorAnswers;
}

function successOf(spec: RouteSpec): { status: 200 | 201 | 204; schema: Schema } | undefined {
  if (spec.ok) return { status: 200, schema: spec.ok };
  if (spec.created) return { status: 201, schema: spec.created };
  if (spec.noContent) return { status: 204, schema: NoContentSchema };
  return undefined;
}

function routeGroup<Scope>(
  app: App,
  scopeOf: (request: FastifyRequest) => Scope,
  defaults: GroupDefaults,
): RouteGroup<Scope> {
  const add =
    (method: Method): AddRoute<Scope> =>
    (url, spec, handler) => {
      const success = successOf(spec);
      const { description, params, querystring, body, consumes } = spec;
      const schema = Object.fromEntries(
        Object.entries({
          tags: defaults.tags,
          description,
          params,
          querystring,
          body,
          consumes,
          response: success && { [success.status]: success.schema, ...(spec.errors ?? defaults.errors) },
        }).filter(([, value]) => value !== undefined),
      );
      app.route({
        method,
        url,
        schema,
        handler: async (request: FastifyRequest, reply: FastifyReply) => {
          const input = { params: request.params, query: request.query, body: request.body } as RouteInput<typeof spec>;
          const result = await handler(scopeOf(request), input, { request, reply });
          if (!success || success.status === 200) return result;
          return reply.status(success.status).send(success.status === 204 ? null : result);
        },
      });
    };
  return { get: add('GET'), post: add('POST'), put: add('PUT'), patch: add('PATCH'), delete: add('DELETE') };
}

/**
 * The routes of a signed-in area: each handler gets the request scope (built once, per request),
 * the parsed input and, for what only HTTP knows (uploads, downloads, headers), the request and reply.
 */
export function scopedRoutes(app: App, deps: RouteDeps, defaults: GroupDefaults): RouteGroup<RequestScope> {
  return routeGroup(app, (request) => requestScope(deps, request), defaults);
}

/** The same for public routes: the scope's organisation, user and role are null when nobody is signed in. */
export function publicRoutes(app: App, deps: RouteDeps, defaults: GroupDefaults): RouteGroup<PublicScope> {
  return routeGroup(app, (request) => publicScope(deps, request), defaults);
}
