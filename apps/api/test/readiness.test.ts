import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '@app/db';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp, type App } from '../src/app.ts';
import { READINESS_TIMEOUT_MS } from '../src/services/health/check-health.ts';

// Readiness vs liveness while the database goes away and comes back. The API talks to the real
// PostgreSQL through a TCP proxy in this test, so the database can really disappear: the proxy
// stops listening and drops every connection (PostgreSQL down, failover), or it accepts
// connections and never answers (a network partition: the hardest case, nothing fails by itself).
// Needs the real server; in CI TEST_DATABASE_URL is always set (db/src/testing.ts refuses to run
// without it), so this never skips there.
const realPostgres = Boolean(process.env.TEST_DATABASE_URL);

type Mode = 'forward' | 'blackhole';

class Proxy {
  mode: Mode = 'forward';
  port = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => client.destroy());
      if (this.mode === 'blackhole') return; // accepted, never answered
      const upstream = connect(this.target);
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stops listening and cuts every connection: PostgreSQL is gone. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

let handle: TestDbHandle;
let proxy: Proxy;
let proxied: DbHandle;
let app: App;

const get = (url: string) => app.inject({ method: 'GET', url });
async function timed(url: string) {
  const started = Date.now();
  const response = await get(url);
  return { response, ms: Date.now() - started };
}
async function eventually(url: string, status: number, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const response = await get(url);
    if (response.statusCode === status || Date.now() > deadline) return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectNotReady(response: Awaited<ReturnType<typeof get>>) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toMatch(/^\d+$/);
  expect(response.json().error.code).toBe('UNAVAILABLE');
  expect(response.body).not.toMatch(/ECONN|127\.0\.0\.1|select 1/i);
}

describe.skipIf(!realPostgres)('readiness and liveness while the database goes away (real PostgreSQL)', () => {
  beforeAll(async () => {
    handle = await openTestDb({ kind: 'postgres' });
    const url = new URL(handle.url!);
    proxy = new Proxy({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.up();
    url.host = `127.0.0.1:${proxy.port}`;
    proxied = await openDb({ databaseUrl: url.toString() });
    app = await buildApp({ db: proxied, demoPassword: null });
    await app.ready();
  });
  afterAll(async () => {
    await proxy?.down();
    await app?.close();
    await proxied?.close();
    await handle?.close();
  });

  it('is ready while the database answers', async () => {
    expect((await get('/api/health/ready')).json()).toEqual({ status: 'ok', database: 'postgres' });
    expect((await get('/api/health')).statusCode).toBe(200);
    expect((await get('/api/health/live')).json()).toEqual({ status: 'ok' });
  });

  it('answers 503 with Retry-After while PostgreSQL is down, stays live, and is ready again once it is back', async () => {
    await proxy.down();
    const { response: ready, ms } = await timed('/api/health/ready');
    expectNotReady(ready);
    expect(ms).toBeLessThan(READINESS_TIMEOUT_MS);
    expectNotReady(await get('/api/health'));
    // Liveness says nothing about the database: restarting the process would not bring it back.
    expect((await get('/api/health/live')).statusCode).toBe(200);
    // Ordinary API requests fail the same clean way.
    expectNotReady(await get('/api/municipalities?q=bilt'));

    await proxy.up();
    expect((await eventually('/api/health/ready', 200)).statusCode).toBe(200);
    expect((await get('/api/municipalities?q=bilt')).statusCode).toBe(200);
  });

  it('answers 503 within the readiness timeout when the database accepts connections but never answers', async () => {
    // Idle pool connections would still work through the old proxied sockets: cut them, as a
    // partition does, then let every new connection hang.
    proxy.mode = 'blackhole';
    await proxy.down();
    await proxy.up();
    // Wait until the pool has noticed the cut connections, so the probe must open a new one.
    for (let i = 0; i < 100 && proxied.poolStats!()!.total > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(proxied.poolStats!()!.total).toBe(0);
    const [{ response: ready, ms }, live] = await Promise.all([timed('/api/health/ready'), timed('/api/health/live')]);
    expectNotReady(ready);
    expect(ms).toBeGreaterThanOrEqual(READINESS_TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(READINESS_TIMEOUT_MS + 2_000);
    expect(live.response.statusCode).toBe(200);
    expect(live.ms).toBeLessThan(1_000);

    // The partition heals (the hung connection attempts time out by themselves).
    proxy.mode = 'forward';
    expect((await eventually('/api/health/ready', 200)).statusCode).toBe(200);
  }, 30_000);
});
