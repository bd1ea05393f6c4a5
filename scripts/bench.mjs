// `pnpm bench`: every benchmark script in turn. Each prints its own figures; nothing asserts.
// Record the results in docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['Engine', 'tsx packages/engine/bench.ts'],
  ['API', 'tsx apps/api/bench.ts'],
  ['Budget reads and writes beside /api/health (real PostgreSQL)', 'tsx apps/api/bench-budgets.ts'],
  ['National scale: 342 organisations × 10 budgets (real PostgreSQL)', 'tsx apps/api/bench-national.ts'],
  // 60 s here; `npx tsx apps/api/bench-soak.ts` alone runs the full 10 minutes.
  [
    'Soak: mixed reads and writes, 5xx and RSS over time (real PostgreSQL)',
    'BENCH_SOAK_SECONDS=${BENCH_SOAK_SECONDS:-60} BENCH_SOAK_SAMPLE_SECONDS=${BENCH_SOAK_SAMPLE_SECONDS:-10} tsx apps/api/bench-soak.ts',
  ],
  ['Web (bundle + edit latency)', 'pnpm --filter @app/web build >/dev/null && tsx apps/web/bench.ts'],
  ['Builder in the browser (2.000-line budget)', 'tsx apps/api/bench-builder.ts'],
  ['Lighthouse (start page, builder, dashboard)', 'tsx apps/api/bench-lighthouse.ts'],
  ['Exports', 'tsx packages/export/bench.ts'],
];
let failed = 0;
for (const [name, cmd] of steps) {
  const file = cmd.split(' ').find((part) => part.endsWith('.ts'));
  if (file && !existsSync(file)) continue;
  console.log(`\n=== ${name} ===`);
  const { status } = spawnSync(cmd, { stdio: 'inherit', shell: '/bin/sh' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
