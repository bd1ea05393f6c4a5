import http from 'node:http';

/**
 * A lean HTTP load generator for the benches: `connections` keep-alive connections, each sending
 * its next request as soon as the previous answer has been read, for `seconds`. Bodies are drained
 * without decoding (autocannon turns every response body into a string, which for a 300 kB budget
 * costs the load generator more CPU than the server spends on it, on the same 2 cores).
 */
export interface LoadOptions {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** The body of the i-th request of connection c (JSON text), if any. */
  body?: (i: number, c: number) => string | undefined;
  /** The path of the i-th request of connection c, when it varies (default: the url's path). */
  path?: (i: number, c: number) => string;
  /** Method, path and body of the i-th request of connection c, for a mixed workload (overrides the above). */
  request?: (i: number, c: number) => { method: string; path: string; body?: string };
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Responses by status code; `error` counts failed connections. */
  statuses: Record<string, number>;
  fivexx: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const start = performance.now();
  const end = start + options.seconds * 1000;
  const one = (i: number, c: number) =>
    new Promise<void>((resolve) => {
      const mixed = options.request?.(i, c);
      const body = mixed ? mixed.body : options.body?.(i, c);
      const headers: Record<string, string | number> = { ...options.headers };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      // A JSON content type without a body is a 400 (e.g. a DELETE in a mixed workload).
      else delete headers['content-type'];
      const method = mixed?.method ?? options.method ?? 'GET';
      const path = mixed?.path ?? options.path?.(i, c) ?? `${target.pathname}${target.search}`;
      const sent = performance.now();
      const request = http.request(
        { agent, host: target.hostname, port: target.port, method, path, headers },
        (response) => {
          response.on('end', () => {
            latencies.push(performance.now() - sent);
            statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
            resolve();
          });
          response.resume();
        },
      );
      request.on('error', () => {
        statuses.error = (statuses.error ?? 0) + 1;
        resolve();
      });
      request.end(body);
    });
  await Promise.all(
    Array.from({ length: options.connections }, async (_, c) => {
      for (let i = 0; performance.now() < end; i++) await one(i, c);
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const fivexx = Object.entries(statuses).reduce((n, [code, count]) => (code.startsWith('5') ? n + count : n), 0);
  return {
    requests: sorted.length,
    rps: sorted.length / elapsed,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    statuses,
    fivexx,
  };
}
