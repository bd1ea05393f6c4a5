import { randomBytes, scryptSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';

/** The API's password hash format (apps/api/src/services/password-hash.ts): scrypt$N$r$p$salt$hash. */
function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 131_072, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
  return ['scrypt', 131_072, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface PgClient {
  connect(): Promise<void>;
  query<T>(sql: string, values?: unknown[]): Promise<{ rows: T[] }>;
  end(): Promise<void>;
}

// Issue 13 point 5 (second half), ADR 0023: a member organisation with the partner role adds
// "Bijdrage samenwerking BLNP" to its own budget in the builder; axe finds nothing. A second
// organisation needs a database row, so this runs on PostgreSQL (TEST_DATABASE_URL) only. The demo
// BLNP grant is revoked again at the end.

const url = process.env.E2E_DATABASE_URL;
const PASSWORD = 'leusden-e2e-password';

test('a partner adds its contribution to its own budget in the builder', async ({ page, browser }) => {
  test.skip(!url, 'needs TEST_DATABASE_URL (a second organisation is inserted into the database)');
  test.setTimeout(180_000);
  const { Client } = createRequire(join(process.cwd(), 'db/package.json'))('pg') as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  const client = new Client({ connectionString: url! });
  await client.connect();
  const org = await client.query<{ id: string }>(
    `INSERT INTO organisations (slug, name) VALUES ('leusden-e2e', 'Gemeente Leusden (e2e)') ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
  );
  await client.query(
    `INSERT INTO users (organisation_id, email, role, display_name, password_hash) VALUES ($1, 'advisor@leusden-e2e.example', 'advisor', 'Adviseur Leusden', $2) ON CONFLICT (email) DO NOTHING`,
    [org.rows[0]!.id, hashPassword(PASSWORD)],
  );
  await client.end();

  // The host's administrator grants Leusden the partner role on the demo BLNP collaboration.
  await signInAs(page, 'admin', '/samenwerkingen');
  await page.getByRole('link', { name: /^BLNP/ }).click();
  const grant = page.locator('form', { has: page.getByRole('heading', { name: 'Deelnemer toegang geven' }) });
  await grant.getByLabel('Deelnemer').selectOption({ label: 'Leusden' });
  await grant.getByLabel('Code van de organisatie').fill('leusden-e2e');
  await grant.getByRole('button', { name: 'Toegang geven' }).click();
  await expect(page.getByText('Gemeente Leusden (e2e)').first()).toBeVisible();
  const collaborationUrl = page.url();

  // The member's advisor, in a browser of its own.
  const member = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const mp = await member.newPage();
  const signedIn = await mp.request.post('/api/auth/sign-in', {
    data: { email: 'advisor@leusden-e2e.example', password: PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const created = await mp.request.post('/api/budgets', {
    data: { name: 'Leusden ICT 2027', cbsCode: 'GM0327', firstYear: 2027 },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(created.status(), await created.text()).toBe(201);
  const budgetId = ((await created.json()) as { id: string }).id;
  await mp.goto(`/begrotingen/${budgetId}`);
  const form = mp.locator('form', { has: mp.getByRole('heading', { name: 'Bijdrage aan een samenwerking' }) });
  await expect(form.getByLabel('Samenwerking')).toBeVisible();
  await form.getByRole('button', { name: 'Bijdrage samenwerking toevoegen' }).click();
  const row = mp.getByRole('row', { name: /Bijdrage samenwerking BLNP/ });
  await expect(row).toBeVisible();
  await expect(row.getByText('Bijdrage samenwerking', { exact: true })).toBeVisible();
  await expect(row.getByText(/Gedeelde begroting gewijzigd op/)).toBeVisible();
  await expect(form.getByText(/staan al in deze begroting/)).toBeVisible();
  // The grid shows exactly the partner's own contribution (2027).
  const partner = (await (await mp.request.get('/api/partner-contributions')).json()) as {
    years: number[];
    contribution: { totals: { total: Record<string, number> } };
  }[];
  const cents = partner[0]!.contribution.totals.total[2027] ?? 0;
  const euros = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(cents / 100).replace(/\./g, '\\.');
  await expect(row).toContainText(new RegExp(`€\\s${euros}`));
  await expectNoAxeViolations(mp, 'begroting met bijdrage samenwerking');
  await member.close();

  // Leave the demo collaboration as it was: revoke the grant.
  await page.goto(collaborationUrl);
  const revoke = page.locator('form', { has: page.getByRole('heading', { name: 'Deelnemer toegang geven' }) });
  await revoke.getByLabel('Deelnemer').selectOption({ label: 'Leusden' });
  await revoke.getByRole('button', { name: 'Toegang van Gemeente Leusden (e2e) intrekken' }).click();
  await expect(revoke.getByRole('button', { name: /intrekken/ })).toHaveCount(0);
});
