import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './helpers.ts';

test('signed out, the start page opens on the Modelgemeente with its multi-year budget', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'De Modelgemeente' })).toBeVisible();
  await expect(
    page.getByText(/100\.000 inwoners, 1\.000 medewerkers, 40 afdelingen; 6 domeinen, 40 ontwikkelingen/),
  ).toBeVisible();

  // The table shows the API's (engine's) totals for the model profile, to the euro.
  const year = new Date().getFullYear() + 1;
  const api = await request.post('/api/calculations', {
    data: { profile: { inhabitants: 100_000, employees: 1_000, departments: 40 }, firstYear: year },
  });
  const { result } = (await api.json()) as { result: { totals: { total: Record<string, number> } } };
  const expected = `€ ${(result.totals.total[String(year)]! / 100).toLocaleString('nl-NL')}`;
  const totalRow = page
    .getByRole('table', { name: /ICT-begroting van de Modelgemeente/ })
    .getByRole('row', { name: /^Totaal/ });
  await expect.poll(async () => ((await totalRow.textContent()) ?? '').replace(/\s/g, ' ')).toContain(expected);

  // Picking a municipality works signed out; creating a budget asks to sign in.
  await page.getByRole('combobox', { name: /gemeente/i }).fill('De Bilt');
  await page.getByRole('option', { name: /De Bilt/ }).click();
  await expect(page.getByRole('link', { name: 'Meld u aan' })).toBeVisible();
  await expectNoAxeViolations(page, 'start (afgemeld)');
});

test('signed in, a reload of the start page still shows the Modelgemeente budget (no CSRF race)', async ({ page }) => {
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/calculations') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
  });
  await signIn(page);
  await page.goto('/');
  await expect(
    page.getByRole('table', { name: /ICT-begroting van de Modelgemeente/ }).getByRole('row', { name: /^Totaal/ }),
  ).toBeVisible();
  expect(refused).toEqual([]);
});

test('a wrong password says so in the form and keeps the user where they are', async ({ page }) => {
  // A screen that needs a session shows the sign-in form in place of itself.
  await page.goto('/begrotingen');
  await page.getByLabel('E-mailadres').fill('advisor@demo.example');
  await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.locator('form .utrecht-alert, form [role="alert"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\/begrotingen$/);
  await expect(page.getByText(/sessie is verlopen/)).toHaveCount(0);
});
