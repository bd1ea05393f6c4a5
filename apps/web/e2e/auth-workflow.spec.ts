import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, showAllCharts } from './helpers.ts';
import { DEMO_PASSWORD, signInAs, signInWithForm, signOut } from './helpers/sign-in.ts';

/** Records every CSP violation the page reports (the API serves the app with a strict CSP). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function pageViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

async function createBudget(page: Page, csrfToken: string, name: string): Promise<string> {
  const response = await page.request.post('/api/budgets', {
    data: { name, cbsCode: 'GM0310', firstYear: 2027 },
    headers: { 'x-csrf-token': csrfToken, origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('the built app runs under the strict CSP: no violations on any main screen, charts included', async ({ page }) => {
  const consoleViolations = await watchCsp(page);
  const document = await page.request.get('/');
  const csp = document.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');

  const csrf = await signInAs(page, 'advisor');
  const id = await createBudget(page, csrf, 'CSP-controle');
  const seen: string[] = [];
  for (const path of [
    '/',
    '/catalogus',
    `/begrotingen/${id}`,
    `/begrotingen/${id}/uitgangspunten`,
    `/begrotingen/${id}/scenarios`,
    `/begrotingen/${id}/dashboard`,
    `/begrotingen/${id}/historie`,
    '/beheer',
  ]) {
    await page.goto(path);
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    if (path.endsWith('/dashboard')) await showAllCharts(page);
    seen.push(...(await pageViolations(page)).map((v) => `${path}: ${v}`));
  }
  expect([...seen, ...consoleViolations]).toEqual([]);
});

test('signed out, a protected screen asks to sign in; an expired session goes to /inloggen and back', async ({
  page,
  context,
}) => {
  await page.goto('/begrotingen');
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await expectNoAxeViolations(page, 'aanmelden');

  await signInWithForm(page, 'advisor');
  await expect(page.getByRole('banner').getByText('Demo Informatieadviseur')).toBeVisible();
  await expect(page.getByRole('banner').getByText(/informatieadviseur · Demo-gemeente/)).toBeVisible();
  const csrf = await page.request
    .get('/api/auth/me')
    .then(async (r) => ((await r.json()) as { csrfToken: string }).csrfToken);
  const id = await createBudget(page, csrf, 'Sessie verloopt');
  await page.goto(`/begrotingen/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sessie verloopt' })).toBeVisible();

  // The session ends behind the page's back: the next request answers 401.
  await context.clearCookies();
  await page.getByRole('link', { name: 'Status en historie' }).click();
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await expect(page.getByText(/sessie is verlopen/)).toBeVisible();
  await page.getByLabel('E-mailadres').fill('advisor@demo.example');
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${id}/historie$`));
  await expect(page.getByRole('heading', { name: 'Wijzigingshistorie' })).toBeVisible();

  await signOut(page);
});

test('workflow in the browser: advisor submits, manager reads without edit controls and adopts, advisor continues in a new version', async ({
  page,
}) => {
  const csrf = await signInAs(page, 'advisor');
  const id = await createBudget(page, csrf, 'Werkstroom 2027');
  await page.goto(`/begrotingen/${id}`);
  await expect(page.getByRole('button', { name: /^Aanpassen: / }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Status en historie' }).click();
  await page.getByLabel('Toelichting (optioneel)').fill('Graag vaststellen');
  await page.getByRole('button', { name: 'Indienen ter vaststelling' }).click();
  await expect(page.getByRole('heading', { name: /Status: Ingediend/ })).toBeVisible();
  await expect(page.getByRole('paragraph').filter({ hasText: 'Graag vaststellen' })).toBeVisible();
  await page.goto(`/begrotingen/${id}`);
  await expect(page.getByText(/ingediend ter vaststelling/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aanpassen: / })).toHaveCount(0);
  await signOut(page);

  await signInAs(page, 'manager', `/begrotingen/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkstroom 2027' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aanpassen: / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Status en historie' }).click();
  await expect(page.getByRole('button', { name: 'Indienen ter vaststelling' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Terugsturen' }).click();
  await expect(page.getByText(/toelichting is verplicht bij terugsturen/)).toBeVisible();
  await expectNoAxeViolations(page, 'status en historie (manager)');
  await page.getByRole('button', { name: 'Vaststellen' }).click();
  await page
    .getByRole('dialog', { name: /vaststellen\?/ })
    .getByRole('button', { name: 'Ja, vaststellen' })
    .click();
  await expect(page.getByRole('heading', { name: /Status: Vastgesteld/ })).toBeVisible();
  await expect(page.getByText(/De begroting is vastgesteld en verandert niet meer/)).toBeVisible();
  await expect(page.getByRole('table', { name: /Wie wijzigde wat/ }).getByText('Begroting vastgesteld')).toBeVisible();
  await signOut(page);

  await signInAs(page, 'advisor', `/begrotingen/${id}/historie`);
  await page.getByRole('button', { name: 'Nieuwe versie maken' }).click();
  await page
    .getByRole('dialog', { name: /Nieuwe versie maken/ })
    .getByRole('button', { name: 'Ja, nieuwe versie maken' })
    .click();
  await expect(page.getByText(/Nieuwe versie gemaakt van "Werkstroom 2027"/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkstroom 2027 (versie 2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aanpassen: / }).first()).toBeVisible();
  // The adopted budget now points at its new version instead of offering a second one, and the
  // family's stable link opens the new version.
  await page.goto(`/begrotingen/${id}/historie`);
  await expect(page.getByText(/bestaat al een nieuwe versie/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuwe versie maken' })).toHaveCount(0);
  await page.getByRole('link', { name: /^Vaste link/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkstroom 2027 (versie 2)' })).toBeVisible();
});

test('an administrator adds a manager, who can sign in; other roles see no user management', async ({ page }) => {
  await signInAs(page, 'admin', '/beheer');
  const users = page.getByRole('region', { name: 'Gebruikers' });
  await expect(users.getByRole('cell', { name: 'manager@demo.example' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Gebruiker toevoegen' });
  await form.getByLabel('Naam').fill('Test Manager');
  await form.getByLabel('E-mailadres').fill('test-manager@demo.example');
  await form.getByLabel('Rol').selectOption('manager');
  await form.getByLabel(/Wachtwoord/).fill('kort');
  await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await expect(form.getByText(/minstens 12 tekens hebben/)).toBeVisible();
  await form.getByLabel(/Wachtwoord/).fill('een-lang-wachtwoord-1');
  await form.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await expect(users.getByRole('cell', { name: 'test-manager@demo.example' })).toBeVisible();
  await expectNoAxeViolations(page, 'beheer met gebruikers');
  await signOut(page);

  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('test-manager@demo.example');
  await page.getByLabel('Wachtwoord').fill('een-lang-wachtwoord-1');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('banner').getByText('Test Manager')).toBeVisible();
  await page.goto('/beheer');
  await expect(page.getByRole('heading', { name: 'Gebruikers' })).toHaveCount(0);
});
