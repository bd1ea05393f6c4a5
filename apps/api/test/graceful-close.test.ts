import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { buildApp } from '../src/app.ts';

// What app.close() does to requests (server.ts calls it on SIGTERM; the process-level test with
// the production bundle is server-process.test.ts).

let handle: TestDbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

it('while closing: the request in flight completes with Connection: close, a request read meanwhile gets 503 with Retry-After in the API shape', async () => {
  const app = await buildApp({ db: handle, demoPassword: null });
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  app.get('/api/health/__test-slow', { schema: { hide: true } }, async () => {
    started();
    await released;
    return { done: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };

  const open = () => {
    const socket = connect({ host: '127.0.0.1', port });
    const state = { received: '', ended: new Promise<void>((resolve) => socket.on('close', () => resolve())) };
    socket.setEncoding('utf8').on('data', (chunk: string) => (state.received += chunk));
    return Object.assign(state, { socket });
  };
  // A: the request in flight. B: a request whose headers are half sent when closing begins, so
  // the server reads it only while closing.
  const a = open();
  a.socket.write('GET /api/health/__test-slow HTTP/1.1\r\nHost: x\r\n\r\n');
  await running;
  const b = open();
  b.socket.write('GET /api/health/live HTTP/1.1\r\nHost: x\r\n');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const closed = app.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  b.socket.write('\r\n');
  await b.ended;
  expect(b.received).toMatch(/^HTTP\/1\.1 503/);
  expect(b.received).toMatch(/\r\nretry-after: \d+\r\n/i);
  expect(b.received).toMatch(/\r\nconnection: close\r\n/i);
  expect(b.received).toContain('"code":"UNAVAILABLE"');

  release();
  await a.ended;
  expect(a.received).toMatch(/^HTTP\/1\.1 200/);
  expect(a.received).toMatch(/\r\nconnection: close\r\n/i);
  expect(a.received).toContain('{"done":true}');
  await closed;
});
