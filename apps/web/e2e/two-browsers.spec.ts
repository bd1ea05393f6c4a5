import { expect, test, type Browser, type Page } from '@playwright/test';
import { createBudgetViaApi, expectNoAxeViolations, totalFor } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';
import { formatEuro } from '../src/lib/format.ts';

// Two browsers on one budget: the second, stale write is not lost and does not silently overwrite
// the first — it is refused (409), the user is told, and reapplying it keeps both changes.

interface Calculation {
  result: { totals: { total: Record<string, number> } };
}
interface Detail {
  firstYear: number;
  horizonYears: number;
  lines: {
    effective: { description: string; amountCents: number | null };
    overriddenFields: string[];
    justification: string | null;
  }[];
}

async function openBrowser(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 800 },
  });
  return context.newPage();
}

async function overrideAmount(page: Page, line: string, euros: string, justification: string) {
  await page
    .getByRole('button', { name: `Aanpassen: ${line}` })
    .first()
    .click();
  const editor = page.getByRole('form', { name: new RegExp(`Regel aanpassen: ${line}`) });
  await editor.getByLabel('Bedrag (€) voor deze gemeente').fill(euros);
  await editor.getByLabel('Toelichting (verplicht)').fill(justification);
  await editor.getByRole('button', { name: 'Opslaan' }).click();
}

async function expectTotalsMatchApi(page: Page, budgetId: string) {
  const detail = (await (await page.request.get(`/api/budgets/${budgetId}`)).json()) as Detail;
  const calculation = (await (await page.request.get(`/api/budgets/${budgetId}/calculation`)).json()) as Calculation;
  for (let year = detail.firstYear; year < detail.firstYear + detail.horizonYears; year += 1) {
    await expect.poll(() => totalFor(page, year)).toBe(formatEuro(calculation.result.totals.total[year] ?? 0));
  }
}

test('two browsers editing one budget lose nothing: the stale write gets the conflict alert and is reapplied', async ({
  browser,
  baseURL,
}) => {
  const pageA = await openBrowser(browser, baseURL);
  const pageB = await openBrowser(browser, baseURL);
  await signInAs(pageA, 'advisor', '/');
  const budgetId = await createBudgetViaApi(pageA, 'GM0310', 'Twee browsers De Bilt');
  await signInAs(pageB, 'advisor', `/begrotingen/${budgetId}`);
  await pageA.goto(`/begrotingen/${budgetId}`);
  for (const page of [pageA, pageB])
    await expect(page.getByRole('heading', { level: 1, name: /Twee browsers De Bilt/ })).toBeVisible();

  // A saves first.
  await overrideAmount(pageA, 'Opleiding in VNG methodiek klantreizen', '5000', 'Hele team opleiden (A)');
  await expect(pageA.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');

  // B still has the old version: its save is refused and the alert says so, with focus on it.
  await overrideAmount(pageB, 'Dashboard ontwikkelen', '7500', 'Offerte leverancier (B)');
  const alert = pageB
    .getByRole('alert')
    .filter({ hasText: 'Deze begroting is intussen door iemand anders gewijzigd.' });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  await expect(pageB.getByRole('alert')).toHaveCount(1);
  await expectNoAxeViolations(pageB, 'conflictmelding');
  // Keyboard: both choices are reachable with Tab from the alert.
  await pageB.keyboard.press('Tab');
  await expect(alert.getByRole('button', { name: 'Nieuwste versie laden' })).toBeFocused();
  await pageB.keyboard.press('Tab');
  await expect(alert.getByRole('button', { name: 'Mijn wijziging opnieuw toepassen' })).toBeFocused();
  await pageB.keyboard.press('Enter');
  await expect(alert).toHaveCount(0);

  // Nothing lost: after a reload both browsers show both overrides, and the totals are the API's.
  for (const page of [pageA, pageB]) {
    await page.reload();
    await expect(page.getByText(/Aangepast.*Hele team opleiden \(A\)/)).toBeVisible();
    await expect(page.getByText(/Aangepast.*Offerte leverancier \(B\)/)).toBeVisible();
    await expectTotalsMatchApi(page, budgetId);
  }
  const detail = (await (await pageB.request.get(`/api/budgets/${budgetId}`)).json()) as Detail;
  const line = (prefix: string) => detail.lines.find((l) => l.effective.description.startsWith(prefix));
  expect(line('Opleiding in VNG methodiek klantreizen')).toMatchObject({
    overriddenFields: ['amountCents', 'ownQuantity'],
    justification: 'Hele team opleiden (A)',
    effective: { amountCents: 500_000, ownQuantity: true },
  });
  expect(line('Dashboard ontwikkelen')).toMatchObject({
    overriddenFields: ['amountCents', 'ownQuantity'],
    justification: 'Offerte leverancier (B)',
    effective: { amountCents: 750_000 },
  });

  await pageA.context().close();
  await pageB.context().close();
});

test('"Nieuwste versie laden" drops the stale change and shows the other browser\'s', async ({ browser, baseURL }) => {
  const pageA = await openBrowser(browser, baseURL);
  const pageB = await openBrowser(browser, baseURL);
  await signInAs(pageA, 'advisor', '/');
  const budgetId = await createBudgetViaApi(pageA, 'GM0310', 'Nieuwste versie De Bilt');
  await signInAs(pageB, 'advisor', `/begrotingen/${budgetId}`);
  await pageA.goto(`/begrotingen/${budgetId}`);
  for (const page of [pageA, pageB])
    await expect(page.getByRole('heading', { level: 1, name: /Nieuwste versie De Bilt/ })).toBeVisible();

  await overrideAmount(pageA, 'Opleiding in VNG methodiek klantreizen', '4000', 'Wijziging van A');
  await expect(pageA.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await overrideAmount(pageB, 'Dashboard ontwikkelen', '9000', 'Wijziging van B');
  const alert = pageB
    .getByRole('alert')
    .filter({ hasText: 'Deze begroting is intussen door iemand anders gewijzigd.' });
  await alert.getByRole('button', { name: 'Nieuwste versie laden' }).click();
  await expect(alert).toHaveCount(0);
  // Without a reload B now shows A's change, and its own was not saved.
  await expect(pageB.getByText(/Aangepast.*Wijziging van A/)).toBeVisible();
  await expect(pageB.getByText(/Wijziging van B/)).toHaveCount(0);
  await expectTotalsMatchApi(pageB, budgetId);

  await pageA.context().close();
  await pageB.context().close();
});
