/**
 * National scale (issue 14 point 2): all 342 municipalities as organisations, 10 budgets each
 * (bases, scenarios, an adopted earlier version), ≈ 500.000 budget lines, in a separate database on
 * a real PostgreSQL; then the budget list, families, detail and a line override as a signed-in
 * advisor of one municipality, beside /api/health; query plans (EXPLAIN ANALYZE) of the hot
 * queries; and the time the newest migration(s) take on that data.
 *
 * Run: `npx tsx apps/api/bench-national.ts` (part of `pnpm bench`). Env: BENCH_ADMIN_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_NATIONAL_DB (default bench_national; dropped
 * and rebuilt each run), BENCH_ORGS (default 342), BENCH_SECONDS (default 6), BENCH_CONNECTIONS
 * (default "50,10"), BENCH_MIGRATIONS_BACK (default 0; N builds the dataset before the newest N
 * migrations, which are then applied and timed — possible only when the services that make the
 * template budget do not need them yet, so not by default). Not a test; prints only.
 *
 * The data is built in SQL from one template budget made by the API's own services (so every row
 * is what the application writes): `INSERT … SELECT` over the organisations × budgets, one
 * statement per table — seconds, not minutes.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, migrate, openDb, users, type DbHandle } from '@app/db';
import { seed } from '@app/db/seed';
import { BudgetCreateSchema, CustomLineCreateSchema } from '@app/schemas';
import { buildApp } from './src/app.ts';
import { createReferenceCache } from './src/services/reference-data/reference-cache.ts';
import { createResultCache } from './src/services/budget-read/result-cache.ts';
import { createBudget } from './src/services/budgets/create-budget.ts';
import { addCustomLine } from './src/services/budgets/add-custom-line.ts';
import { hashPassword } from './src/services/auth/password-hash.ts';
import { load, type LoadOptions, type LoadResult } from './bench/load.ts';

const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB_NAME = process.env.BENCH_NATIONAL_DB ?? 'bench_national';
const ORGS = Number(process.env.BENCH_ORGS ?? 342);
const seconds = Number(process.env.BENCH_SECONDS ?? 6);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '50,10').split(',').map(Number);
const migrationsBack = Number(process.env.BENCH_MIGRATIONS_BACK ?? 0);
const CUSTOM_LINES = 25;
const PASSWORD = 'bench-national-password';
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error('BENCH_NATIONAL_DB: letters, digits and _ only');

const since = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

async function freshDatabase(): Promise<DbHandle> {
  const admin = await openDb({ databaseUrl: adminUrl });
  try {
    await admin.db.execute(sql.raw(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
    await admin.db.execute(sql.raw(`CREATE DATABASE ${DB_NAME}`));
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${DB_NAME}`;
  return openDb({ databaseUrl: url.toString() });
}

/** The committed migrations without the newest `back` of them, in a temporary folder. */
function olderMigrations(back: number): { folder: string; pending: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'bench-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const keep = Math.max(0, journal.entries.length - back);
  const pending = journal.entries.slice(keep).map((entry) => entry.tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, keep) }));
  return { folder, pending };
}

let handle: DbHandle;
try {
  handle = await freshDatabase();
} catch (error) {
  console.log(`No PostgreSQL at ${adminUrl} (${(error as Error).message}): skipped. Set BENCH_ADMIN_URL.`);
  process.exit(0);
}
const { db } = handle;
const exec = (text: string) => db.execute(sql.raw(text));
const rowsOf = async <T>(text: string) => ((await db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;

// 1. Schema (all but the newest migrations), catalog and reference data.
const older = olderMigrations(migrationsBack);
let start = performance.now();
await migrate(handle, { migrationsFolder: older.folder });
await seed(db);
console.log(`Schema without ${older.pending.join(', ') || '(nothing)'} + seed: ${since(start)}`);

// 2. One template budget (De Bilt) with CUSTOM_LINES own lines, made by the services themselves.
const [demo] = await rowsOf<{ id: string }>(`select id from organisations where slug = 'demo'`);
const scope = {
  db,
  cache: createReferenceCache(),
  results: createResultCache(0),
  organisationId: demo!.id,
  userId: null,
  role: 'advisor' as const,
};
const template = await createBudget(
  scope,
  BudgetCreateSchema.parse({ name: 'Sjabloon', cbsCode: 'GM0310', firstYear: 2027 }),
);
const otherDevelopment = template.developments[3]!;
for (let i = 0; i < CUSTOM_LINES; i++) {
  await addCustomLine(
    scope,
    template.id,
    CustomLineCreateSchema.parse({
      developmentId: otherDevelopment.id,
      description: `Eigen regel ${i + 1}`,
      kind: i % 2 ? 'structural' : 'incidental',
      costBasis: 'amount',
      costPool: 'software',
      amountCents: 100_000 + i * 1_000,
      indexation: 'none',
    }),
  );
}
const linesPerBudget = template.lines.length + CUSTOM_LINES;

// 3. Organisations (one per municipality) with an advisor each, and 10 budgets per organisation.
//    Per organisation: family A = base (draft) + 3 scenarios + its adopted, archived previous
//    version; family B = base + 2 scenarios; family C = base + 1 scenario (10 budgets).
const passwordHash = await hashPassword(PASSWORD);
await exec(`insert into organisations (slug, name)
  select lower(cbs_code), 'Gemeente ' || name from (select cbs_code, name from municipalities order by cbs_code limit ${ORGS}) m`);
const orgRows = await rowsOf<{ id: string; slug: string }>(
  `select id, slug from organisations where slug <> 'demo' order by slug`,
);
await db.insert(users).values(
  orgRows.map((org) => ({
    organisationId: org.id,
    email: `advisor@${org.slug}.example`,
    role: 'advisor' as const,
    displayName: `Adviseur ${org.slug}`,
    passwordHash,
  })),
);
await exec(
  `create temporary table bench_plan (k int primary key, base_k int, family text, status text, archived boolean, scenario text, version_of_k int)`,
);
await exec(`insert into bench_plan values
  (1, null, 'A', 'draft', false, null, 5), (2, 1, 'A', 'draft', false, 'Scenario laag', null), (3, 1, 'A', 'draft', false, 'Scenario hoog', null),
  (4, 1, 'A', 'draft', false, 'Scenario cloud', null), (5, null, 'A', 'adopted', true, null, null),
  (6, null, 'B', 'draft', false, null, null), (7, 6, 'B', 'draft', false, 'Variant 1', null), (8, 6, 'B', 'draft', false, 'Variant 2', null),
  (9, null, 'C', 'draft', false, null, null), (10, 9, 'C', 'draft', false, 'Alternatief', null)`);
await exec(`create temporary table bench_budget as
  select o.id as organisation_id, p.*, gen_random_uuid() as id, f.family_id
  from organisations o cross join bench_plan p
  join (select o2.id as org, fam, gen_random_uuid() as family_id from organisations o2 cross join (values ('A'), ('B'), ('C')) v(fam)) f on f.org = o.id and f.fam = p.family
  where o.slug <> 'demo'`);
start = performance.now();
await exec(`insert into budgets (id, organisation_id, name, status, version, first_year, horizon_years, edition_id, cbs_code, profile_name, profile_inhabitants,
    profile_employees, profile_departments, profile_reference_date, assumptions, include_examples, base_budget_id, scenario_name, family_id, archived_at, created_at, updated_at)
  select b.id, b.organisation_id, 'ICT-begroting ' || m.name || ' ' || case b.family when 'A' then '2027' when 'B' then '2028' else '2029' end,
    b.status::budget_status, 1 + b.k, t.first_year, t.horizon_years, t.edition_id, m.cbs_code, m.name, m.inhabitants, t.profile_employees, t.profile_departments,
    t.profile_reference_date, t.assumptions, t.include_examples, base.id, b.scenario, b.family_id, case when b.archived then now() end,
    now() - (b.k || ' hours')::interval, now() - (b.k || ' minutes')::interval
  from bench_budget b
  join organisations o on o.id = b.organisation_id
  join municipalities m on lower(m.cbs_code) = o.slug
  left join bench_budget base on base.organisation_id = b.organisation_id and base.k = b.base_k
  cross join (select * from budgets where id = '${template.id}') t`);
await exec(`insert into budget_versions (budget_id, version_of_budget_id)
  select b.id, prev.id from bench_budget b join bench_budget prev on prev.organisation_id = b.organisation_id and prev.k = b.version_of_k`);
await exec(`insert into budget_developments (budget_id, development_id, enabled, start_year, owner_unit_id, priority, note)
  select b.id, d.development_id, d.enabled or (b.k % 3 = 0), d.start_year, null, d.priority, d.note
  from bench_budget b cross join (select * from budget_developments where budget_id = '${template.id}') d`);
await exec(`insert into budget_lines (budget_id, catalog_line_id, development_id, custom_line, overrides, justification, overridden_at, created_at)
  select b.id, l.catalog_line_id, l.development_id,
    case when l.custom_line is null then null else jsonb_set(l.custom_line, '{amountCents}', to_jsonb(((l.custom_line->>'amountCents')::bigint + b.k * 10000))) end,
    l.overrides, l.justification, l.overridden_at, l.created_at
  from bench_budget b cross join (select * from budget_lines where budget_id = '${template.id}') l`);
await exec('analyze');
const [counts] = await rowsOf<{
  organisations: number;
  budgets: number;
  developments: number;
  lines: number;
  mb: number;
}>(`select
  (select count(*) from organisations)::int as organisations, (select count(*) from budgets)::int as budgets,
  (select count(*) from budget_developments)::int as developments, (select count(*) from budget_lines)::int as lines,
  (pg_database_size(current_database()) / 1048576)::int as mb`);
console.log(
  `Dataset: ${counts!.organisations} organisations, ${counts!.budgets.toLocaleString('nl-NL')} budgets, ${counts!.developments.toLocaleString('nl-NL')} budget developments, ` +
    `${counts!.lines.toLocaleString('nl-NL')} budget lines (${linesPerBudget} per budget), ${counts!.mb} MB; built in ${since(start)}`,
);

// 4. The newest migration(s) on that data, then a no-op migrate as every instance runs at start.
start = performance.now();
await migrate(handle);
console.log(`Migrations ${older.pending.join(', ') || '(none pending)'} on this data: ${since(start)}`);
start = performance.now();
await migrate(handle);
console.log(`migrate() with nothing pending (each instance's start): ${(performance.now() - start).toFixed(0)} ms`);

// 5. Query plans of the hot paths, for a budget of one organisation in the middle.
const org = orgRows[Math.floor(orgRows.length / 2)]!;
const [target] = await rowsOf<{ id: string }>(
  `select b.id from budgets b where b.organisation_id = '${org.id}' and b.base_budget_id is null and b.status = 'draft' order by b.created_at limit 1`,
);
const budgetId = target!.id;
const plans: [string, string][] = [
  [
    'budget row + scenarios + units (detail, every request)',
    `select b.*, (select coalesce(json_agg(json_build_object('id', s.id, 'scenarioName', s.scenario_name) order by s.created_at), '[]'::json) from budgets s where s.organisation_id = b.organisation_id and s.base_budget_id = coalesce(b.base_budget_id, b.id)), (select coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name), '[]'::json) from org_units u where u.organisation_id = b.organisation_id) from budgets b where b.id = '${budgetId}' and b.organisation_id = '${org.id}'`,
  ],
  [
    'lines of a budget (detail miss, write)',
    `select * from budget_lines where budget_id = '${budgetId}' order by created_at, id`,
  ],
  ['developments of a budget', `select * from budget_developments where budget_id = '${budgetId}'`],
  [
    "an organisation's budgets (list, families)",
    `select * from budgets where organisation_id = '${org.id}' order by created_at, id`,
  ],
  [
    'version links of the families',
    `select budget_id, version_of_budget_id from budget_versions where budget_id in (select id from budgets where organisation_id = '${org.id}')`,
  ],
  [
    'session lookup (every signed-in request)',
    `select s.id from sessions s join users u on u.id = s.user_id join organisations o on o.id = u.organisation_id where s.token_hash = 'x' and s.expires_at > now() and u.disabled_at is null limit 1`,
  ],
  [
    'history of a budget',
    `select * from audit_entries where organisation_id = '${org.id}' and budget_id = '${budgetId}' order by at desc limit 50`,
  ],
];
console.log('\nQuery plans (EXPLAIN ANALYZE; scan nodes and execution time):');
for (const [label, query] of plans) {
  const plan = (
    await rowsOf<{ 'QUERY PLAN': string }>(`explain (analyze, costs off, timing off, summary on) ${query}`)
  ).map((r) => r['QUERY PLAN']);
  const scans = [
    ...new Set(
      plan
        .map(
          (line) =>
            /((?:Parallel )?(?:Seq|Index|Index Only|Bitmap Heap|Bitmap Index) Scan(?: using \S+)? on \S+)/.exec(
              line,
            )?.[1],
        )
        .filter((s): s is string => Boolean(s)),
    ),
  ];
  const execution = plan.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
  const seqTables = scans.filter((s) => s.startsWith('Seq Scan')).map((s) => s.split(' on ')[1]!);
  const sizes = await Promise.all(
    seqTables.map(
      async (table) =>
        `${table} ${(await rowsOf<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n} rows`,
    ),
  );
  console.log(
    `  ${label}: ${execution}; ${scans.join(', ')}${sizes.length ? `   (sequential scan of a small table: ${sizes.join(', ')})` : ''}`,
  );
}

// 6. Latencies through the API as that organisation's advisor.
const app = await buildApp({ db: handle, demoPassword: null, signInAttemptsPerMinute: 1000 });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const signIn = await fetch(`${base}/api/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: base },
  body: JSON.stringify({ email: `advisor@${org.slug}.example`, password: PASSWORD }),
});
if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
const cookie = signIn.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const { csrfToken } = (await signIn.json()) as { csrfToken: string };
const browser = { cookie, 'accept-encoding': 'gzip, deflate, br' };
const writeHeaders = { ...browser, 'x-csrf-token': csrfToken, origin: base, 'content-type': 'application/json' };
const ownBudgets = (await (await fetch(`${base}/api/budgets`, { headers: { cookie } })).json()) as {
  id: string;
  status: string;
}[];
const drafts = ownBudgets.filter((b) => b.status === 'draft');
const lineIds = new Map<string, string>();
for (const draft of drafts) {
  const detail = (await (await fetch(`${base}/api/budgets/${draft.id}`, { headers: { cookie } })).json()) as {
    lines: { id: string; custom: boolean }[];
  };
  lineIds.set(draft.id, detail.lines.find((l) => l.custom)!.id);
}
const routes: Record<string, Omit<LoadOptions, 'connections' | 'seconds'>> = {
  'budget list': { url: `${base}/api/budgets`, headers: browser },
  // The first page, as the budget list asks for it (apps/web queries.ts: 20 families a page).
  'families (first page of 20)': { url: `${base}/api/budgets/families?limit=20`, headers: browser },
  'detail (br)': { url: `${base}/api/budgets/${budgetId}`, headers: browser },
  // As the builder sends it: the short answer (changed line, totals, version).
  'override (own budget per connection)': {
    url: base,
    method: 'PUT',
    headers: { ...writeHeaders, prefer: 'return=minimal' },
    path: (_i, c) => {
      const id = drafts[c % drafts.length]!.id;
      return `/api/budgets/${id}/lines/${lineIds.get(id)}/override`;
    },
    body: (i) =>
      JSON.stringify({ fields: { amountCents: 200_000 + (i % 500) * 100 }, justification: 'Offerte (bench)' }),
  },
};
const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   5xx ${r.fivexx}`;
for (const options of Object.values(routes)) await load({ ...options, connections: 5, seconds: 1 });
console.log(
  `\nAs the advisor of ${org.slug} (${ownBudgets.length} budgets; own-budget writes spread over its ${drafts.length} drafts), load average ${loadavg()[0]!.toFixed(1)}:`,
);
for (const connections of connectionCounts) {
  console.log(`${connections} connections, ${seconds} s each:`);
  for (const [name, options] of Object.entries(routes)) {
    const health = await load({ url: `${base}/api/health`, connections, seconds });
    const result = await load({ ...options, connections, seconds });
    console.log(`  health ${fmt(health)}`);
    console.log(
      `  ${name.padEnd(36)} ${fmt(result)}   → ${((result.rps / health.rps) * 100).toFixed(0)} % of health's req/s, p99 ${(result.p99 / health.p99).toFixed(1)} × health's`,
    );
  }
}
await app.close();
await handle.close();
