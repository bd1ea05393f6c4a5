import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbKind } from '@app/db';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@app/db/testing';

// The production build as an operator runs it: `node build.mjs` bundles the API (ADR 0019) into a
// temporary folder, and the bundle runs as a child process with `node` (no tsx) on a fresh
// database: PGlite always, the real PostgreSQL too when TEST_DATABASE_URL is set (always in CI).
// It must migrate, seed, serve the web app, sign in (rate-limiter-flexible imports drizzle-orm
// itself), export a PDF (pdfmake's fonts), log JSON lines with request ids, expose metrics only
// with the token, and on SIGTERM finish the request in flight, refuse new connections and exit 0.

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const METRICS_TOKEN = 'test-metrics-token-0123456789abcdef';
const scratch = mkdtempSync(join(tmpdir(), 'begroting-server-process-'));
const outdir = join(scratch, 'dist');
const webDist = join(scratch, 'web');

beforeAll(() => {
  execFileSync(process.execPath, [join(apiDir, 'build.mjs'), outdir], { stdio: 'pipe' });
  // A stand-in for apps/web/dist (not built yet when the unit tests run in CI).
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="nl"><title>Begrotingsplanner (test)</title></html>',
  );
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Server {
  child: ChildProcess;
  port: number;
  /** Every stdout line so far. */
  lines: string[];
  exited: Promise<number | null>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--enable-source-maps', join(outdir, 'server.js')], {
    // Only what the server needs: no TEST_DATABASE_URL, no tsx loader inherited from the test runner.
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      WEB_DIST: webDist,
      METRICS_TOKEN,
      SHUTDOWN_TIMEOUT_SECONDS: '20',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop()!;
    lines.push(...parts);
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close', not 'exit': 'exit' can fire before the last stdout chunk (the "stopped" line) is read.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const banner = lines.map((line) => /draait op http:\/\/127\.0\.0\.1:(\d+)/.exec(line)).find(Boolean);
      if (banner) {
        clearInterval(timer);
        resolve(Number(banner[1]));
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`server exited (${code}) before listening: ${stderr}\n${lines.join('\n')}`));
    });
  });
  return { child, port, lines, exited };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(
  port: number,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; agent?: Agent } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, headers: options.headers, agent: options.agent },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** JSON log lines (everything on stdout but the two human start-up lines). */
const jsonLines = (server: Server) =>
  server.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: Error & { code?: string }) => resolve(error.code === 'ECONNREFUSED'));
  });

describe.each(testDatabaseKinds())('the production bundle as a process (%s)', (kind: DbKind) => {
  let database: TestDatabase | undefined;
  let server: Server;

  beforeAll(async () => {
    let env: Record<string, string>;
    if (kind === 'postgres') {
      database = await createTestDatabase();
      env = { DATABASE_URL: database.url };
    } else {
      env = { DATA_DIR: join(scratch, `pglite-${kind}`) };
    }
    server = await startServer(env);
  }, 120_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await database?.drop();
  });

  it('serves the web app, the probes and the API from compiled JavaScript', async () => {
    const page = await send(server.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Begrotingsplanner (test)');
    expect(JSON.parse((await send(server.port, 'GET', '/api/health/live')).body)).toEqual({ status: 'ok' });
    expect(JSON.parse((await send(server.port, 'GET', '/api/health/ready')).body)).toEqual({
      status: 'ok',
      database: kind,
    });
    expect(JSON.parse((await send(server.port, 'GET', '/api/health')).body)).toEqual({ status: 'ok', database: kind });
    const origin = `http://127.0.0.1:${server.port}`;
    const signIn = await send(server.port, 'POST', '/api/auth/sign-in', {
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: 'advisor@demo.example', password: 'begroting-demo-2026' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = String(signIn.headers['set-cookie']![0]).split(';')[0]!;
    const csrf = (JSON.parse(signIn.body) as { csrfToken: string }).csrfToken;
    const created = await send(server.port, 'POST', '/api/budgets', {
      headers: { 'content-type': 'application/json', origin, cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ name: 'Productiebundel', cbsCode: 'GM0310', firstYear: 2027 }),
    });
    expect(created.status).toBe(201);
    const pdf = await send(
      server.port,
      'GET',
      `/api/budgets/${(JSON.parse(created.body) as { id: string }).id}/export.pdf`,
      { headers: { cookie } },
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
  }, 60_000);

  it('logs JSON lines carrying the request id, keeps a sane incoming X-Request-Id and echoes it', async () => {
    // Probes log only warnings (a load balancer sends one every few seconds); ordinary routes log each request.
    expect(
      (await send(server.port, 'GET', '/api/health/ready', { headers: { 'x-request-id': 'probe-1' } })).headers[
        'x-request-id'
      ],
    ).toBe('probe-1');
    const kept = await send(server.port, 'GET', '/api/municipalities/GM0310', {
      headers: { 'x-request-id': 'lb-7f3a.2026:ab' },
    });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.2026:ab');
    const insane = await send(server.port, 'GET', '/api/municipalities/GM0310', {
      headers: { 'x-request-id': `x"}{${'a'.repeat(200)}` },
    });
    expect(insane.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await send(server.port, 'GET', '/api/nope');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await until('the completion log line', () =>
      jsonLines(server).some((l) => l.reqId === 'lb-7f3a.2026:ab' && l.msg === 'request completed'),
    );
    expect(jsonLines(server).filter((l) => l.reqId === 'probe-1')).toEqual([]);
    const logged = jsonLines(server).filter((l) => l.reqId === 'lb-7f3a.2026:ab');
    expect(logged.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(logged[1]).toMatchObject({ level: 30, res: { statusCode: 200 } });
    await until('the generated id in the log', () =>
      jsonLines(server).some((l) => l.reqId === insane.headers['x-request-id']),
    );
  });

  it('exposes Prometheus metrics only with the token, without tenant data', async () => {
    expect((await send(server.port, 'GET', '/api/metrics')).status).toBe(401);
    expect(
      (
        await send(server.port, 'GET', '/api/metrics', {
          headers: { authorization: 'Bearer wrong-token-wrong-token-wrong' },
        })
      ).status,
    ).toBe(401);
    const scrape = await send(server.port, 'GET', '/api/metrics', {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(scrape.status).toBe(200);
    expect(scrape.headers['content-type']).toContain('text/plain');
    expect(scrape.body).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/budgets\/:id\/export\.pdf",status_code="200"\} 1$/m,
    );
    expect(scrape.body).toMatch(
      /^http_request_duration_seconds_count\{method="POST",route="\/api\/auth\/sign-in",status_code="200"\} 1$/m,
    );
    expect(scrape.body).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="unmatched",status_code="404"\} 1$/m,
    );
    expect(scrape.body).toMatch(/^engine_duration_seconds_count\{operation="calculate"\} [1-9]/m);
    expect(scrape.body).toMatch(/^process_cpu_seconds_total /m);
    if (kind === 'postgres') {
      expect(scrape.body).toMatch(/^db_pool_max 10$/m);
      expect(scrape.body).toMatch(/^db_pool_connections [1-9]/m);
    } else {
      expect(scrape.body).not.toMatch(/^db_pool_connections /m);
    }
    // No ids, names or e-mail addresses: only route patterns.
    expect(scrape.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|@demo\.example|Productiebundel|GM0310|lb-7f3a/);
  });

  it('on SIGTERM finishes the request in flight, refuses new connections and exits 0', async () => {
    const origin = `http://127.0.0.1:${server.port}`;
    const body = JSON.stringify({ email: 'manager@demo.example', password: 'begroting-demo-2026' });
    // A client on a kept-alive connection, as a load balancer keeps them, sends half its body now
    // and the rest only after the signal: the request is in flight throughout the shutdown.
    const agent = new Agent({ keepAlive: true });
    let answered: Answer | undefined;
    const slow = new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/auth/sign-in',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            origin,
            'x-request-id': 'slow-one',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve((answered = { status: res.statusCode!, headers: res.headers, body: text })));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      void until('the slow request to arrive', () =>
        jsonLines(server).some((l) => l.reqId === 'slow-one' && l.msg === 'incoming request'),
      ).then(() => {
        server.child.kill('SIGTERM');
        void until('the shutdown to start', () =>
          jsonLines(server).some((l) => l.msg === 'shutting down: finishing requests in flight'),
        )
          .then(() => until('the listener to close', () => refused(server.port)))
          .then(() => {
            // Still running, still waiting for this request.
            expect(server.child.exitCode).toBeNull();
            expect(answered).toBeUndefined();
            req.end(body.slice(10));
          })
          .catch(reject);
      });
    });
    const response = await slow;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toHaveProperty('csrfToken');
    expect(response.headers.connection).toBe('close');
    // The kept-alive connection is closed after the answer; the process ends on its own, cleanly.
    expect(await server.exited, server.lines.slice(-4).join('\n')).toBe(0);
    agent.destroy();
    const messages = jsonLines(server).map((l) => l.msg);
    expect(
      messages.indexOf('request completed', messages.indexOf('shutting down: finishing requests in flight')),
    ).toBeGreaterThan(0);
    // Fastify logs "request completed" from the response's finish handler, which can run after the
    // server has closed; so "stopped" is in the log, not always its last line.
    expect(jsonLines(server)).toContainEqual(expect.objectContaining({ msg: 'stopped', exitCode: 0 }));
  }, 60_000);
});

describe('the shutdown deadline (production bundle, PGlite)', () => {
  it('exits 1 once SHUTDOWN_TIMEOUT_SECONDS have passed with a request still running', async () => {
    const server = await startServer({ DATA_DIR: join(scratch, 'pglite-deadline'), SHUTDOWN_TIMEOUT_SECONDS: '1' });
    try {
      // A body that never finishes: the request stays in flight for good.
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/auth/sign-in',
        headers: { 'content-type': 'application/json', 'content-length': '1000', 'x-request-id': 'never-ends' },
      });
      req.on('error', () => undefined);
      req.write('{"email":');
      await until('the request to arrive', () => jsonLines(server).some((l) => l.reqId === 'never-ends'));
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(1);
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(900);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(
        jsonLines(server).some(
          (l) => l.msg === 'requests still running at the shutdown deadline; exiting without them' && l.level === 50,
        ),
      ).toBe(true);
      req.destroy();
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 120_000);
});
