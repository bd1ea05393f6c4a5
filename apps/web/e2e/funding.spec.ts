import { expect, test, type Page } from '@playwright/test';
import type { FundingOverview } from '@app/schemas';
import { createBudgetViaApi, docScreenshotPath, expectNoAxeViolations } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';

// Dekking: an advisor adds a subsidy to a development, gets a Dutch field error for a percentage
// above 100 (nothing written), sees gross / funded / net, the controller's warnings and the BBV
// views; the screen's totals equal the API's to the euro; axe finds nothing, also at 390 px.

const euro = (cents: number) =>
  `€ ${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(cents / 100)}`.replace(/^€ -/, '€ -');

async function overviewOf(page: Page, budgetId: string): Promise<FundingOverview> {
  const response = await page.request.get(`/api/budgets/${budgetId}/funding`);
  expect(response.status()).toBe(200);
  return (await response.json()) as FundingOverview;
}

test('dekking: add a funding, see gross / funded / net, warnings and BBV views', async ({ page }) => {
  test.setTimeout(90_000);
  const csrf = await signInAs(page, 'advisor', '/');
  const budgetId = await createBudgetViaApi(page, 'GM0310', 'E2E dekking');
  try {
    await page.goto(`/begrotingen/${budgetId}/dekking`);
    await expect(page.getByRole('heading', { name: 'Dekking', level: 2 })).toBeVisible();
    await expect(page.getByText('Nog geen dekking vastgelegd')).toBeVisible();
    await expectNoAxeViolations(page, 'dekking (leeg)');

    await page.getByRole('button', { name: 'Dekking toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Dekking toevoegen' });
    const target = form.getByLabel('Wat wordt gedekt');
    const targetValue = await target.inputValue();
    await form.getByLabel('Soort dekking').selectOption('subsidy');
    await form.getByLabel('Naam van de bron').fill('A&O-fonds');
    await form.getByLabel('Bedrag of percentage').selectOption('percentage');
    await form.getByLabel('Percentage (%)').fill('150');
    await form.getByLabel('Tot en met jaar').selectOption('2028');
    await form.getByRole('button', { name: 'Dekking toevoegen' }).click();
    await expect(form.getByText('mag niet groter zijn dan 100 %')).toBeVisible();
    await expect(form.getByLabel('Percentage (%)')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'dekking (fout in het formulier)');
    expect((await overviewOf(page, budgetId)).sources).toEqual([]);

    await form.getByLabel('Percentage (%)').fill('50');
    await form.getByRole('button', { name: 'Dekking toevoegen' }).click();
    await expect(page.getByText('De dekking is toegevoegd.')).toBeVisible();
    const sources = page.getByTestId('funding-sources');
    await expect(sources).toContainText('A&O-fonds');
    await expect(sources).toContainText('2027–2028');
    await expect(sources).toContainText('incidenteel');

    // The screen shows the API's totals to the euro.
    const overview = await overviewOf(page, budgetId);
    expect(overview.sources).toHaveLength(1);
    expect(`development:${overview.sources[0]!.developmentId}`).toBe(targetValue);
    const totals = page.getByTestId('funding-total');
    for (const [row, values] of [
      ['Begroting: bruto kosten', overview.total.gross],
      ['Begroting: dekking', overview.total.funded],
      ['Begroting: netto', overview.total.net],
    ] as const) {
      const cells = totals.getByRole('row', { name: row });
      for (const year of overview.years) await expect(cells).toContainText(euro(values[year]!));
    }
    expect(overview.total.funded[2027]).toBeGreaterThan(0);
    expect(overview.total.funded[2029]).toBe(0);

    // Every warning the API gives is on the screen, in the same words.
    const warnings = page.getByTestId('funding-warnings');
    if (overview.warnings.length === 0) await expect(page.getByText('Geen signalen')).toBeVisible();
    for (const w of overview.warnings) await expect(warnings).toContainText(w.message);
    await expect(page.getByTestId('funding-incidental')).toContainText('Baat: A&O-fonds');
    await expect(page.getByTestId('funding-balance')).toContainText('Saldo (dekking − lasten)');
    await expectNoAxeViolations(page, 'dekking (met bron)');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: docScreenshotPath('20-dekking') });
    await page.getByRole('heading', { name: /^BBV/ }).scrollIntoViewIfNeeded();
    await page.getByTestId('funding-balance').screenshot({ path: docScreenshotPath('21-structureel-evenwicht') });

    // The builder and the dashboard show gross / funded / net once there is funding.
    for (const tab of ['Begroting', 'Dashboard']) {
      await page
        .getByRole('navigation', { name: 'Onderdelen van de begroting' })
        .getByRole('link', { name: tab, exact: true })
        .click();
      const summary = page.getByTestId('funding-summary');
      await expect(summary.getByRole('row', { name: 'Netto' })).toContainText(euro(overview.total.net[2027]!));
      await expect(summary.getByRole('row', { name: 'Dekking' })).toContainText(euro(overview.total.funded[2027]!));
    }
    await expectNoAxeViolations(page, 'dashboard met dekking');
    await page
      .getByRole('navigation', { name: 'Onderdelen van de begroting' })
      .getByRole('link', { name: 'Dekking', exact: true })
      .click();

    // Change it to a fixed amount above the A&O-fonds maximum: the warning names the excess.
    await page.getByRole('button', { name: /^Wijzigen\s*: A&O-fonds$/ }).click();
    const edit = page.getByRole('form', { name: 'Dekking wijzigen' });
    await edit.getByLabel('Bedrag of percentage').selectOption('amount');
    await edit.getByLabel('Bedrag per jaar (€)').fill('20.000');
    await edit.getByLabel('Bekend maximum van het fonds').selectOption('aeno-innovatief-project');
    await edit.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await expect(page.getByText('De dekking is gewijzigd.')).toBeVisible();
    await expect(warnings).toContainText('€ 15.000 hoger dan het bekende maximum van € 25.000');
    await page
      .getByRole('region', { name: 'Signalen voor de controller' })
      .screenshot({ path: docScreenshotPath('23-dekking-signalen') });

    // At 390 px the page does not scroll sideways (wide tables scroll in their own container).
    await page.setViewportSize({ width: 390, height: 844 });
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, 'dekking at 390 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Remove it again through the confirm dialog.
    await page.getByRole('button', { name: /^Verwijderen\s*: A&O-fonds$/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByText('De dekking is verwijderd.')).toBeVisible();
    expect((await overviewOf(page, budgetId)).sources).toEqual([]);
  } finally {
    await page.request.delete(`/api/budgets/${budgetId}`, {
      headers: { 'x-csrf-token': csrf, origin: new URL(page.url()).origin },
    });
  }
});

test('begrotingswijziging: the new version beside the adopted one, per domain and taakveld, with the threshold', async ({
  page,
}) => {
  test.setTimeout(90_000);
  let csrf = await signInAs(page, 'advisor', '/');
  const origin = () => ({ 'x-csrf-token': csrf, origin: new URL(page.url()).origin });
  const budgetId = await createBudgetViaApi(page, 'GM0310', 'E2E begrotingswijziging');
  expect((await page.request.post(`/api/budgets/${budgetId}/submit`, { data: {}, headers: origin() })).status()).toBe(
    200,
  );
  csrf = await signInAs(page, 'manager', '/');
  expect((await page.request.post(`/api/budgets/${budgetId}/adopt`, { data: {}, headers: origin() })).status()).toBe(
    200,
  );
  csrf = await signInAs(page, 'advisor', '/');
  const version = (await (
    await page.request.post(`/api/budgets/${budgetId}/new-version`, { data: {}, headers: origin() })
  ).json()) as { id: string };
  try {
    const detail = (await (await page.request.get(`/api/budgets/${version.id}`)).json()) as {
      developments: { developmentId: string; enabled: boolean }[];
    };
    const developmentId = detail.developments.find((d) => d.enabled)!.developmentId;
    const added = await page.request.post(`/api/budgets/${version.id}/lines`, {
      data: {
        developmentId,
        description: 'Extra licenties',
        kind: 'structural',
        costBasis: 'amount',
        costPool: 'software',
        amountCents: 3_000_000,
        indexation: 'none',
      },
      headers: origin(),
    });
    expect(added.status()).toBe(201);
    await page.goto(`/begrotingen/${version.id}/begrotingswijziging`);
    const table = page.getByTestId('amendment');
    await expect(table).toContainText('+€ 30.000');
    await expect(table).toContainText('0.4');
    await expect(table.getByText('melden')).toHaveCount(4);
    await expectNoAxeViolations(page, 'begrotingswijziging');
    await page.screenshot({ path: docScreenshotPath('22-begrotingswijziging') });
    await page.getByLabel('Meldingsdrempel').selectOption('houten');
    await expect(table).toContainText('drempel € 75.000 en 10 %');
    await expect(table.getByText('melden')).toHaveCount(0);
    const xlsx = await page.request.get(
      `/api/budgets/${version.id}/begrotingswijziging.xlsx?minAmount=75000&minPct=10`,
    );
    expect(xlsx.status()).toBe(200);
  } finally {
    await page.request.delete(`/api/budgets/${version.id}`, { headers: origin() });
    await page.request.post(`/api/budgets/${budgetId}/archive`, { data: {}, headers: origin() });
  }
});

test('P&C rules for dekking: the administrator sees them on Beheer; a bad value is refused at the field, nothing saved', async ({
  page,
}) => {
  await signInAs(page, 'admin', '/beheer');
  const form = page.getByRole('form', { name: 'P&C-regels voor de dekking' });
  await expect(form.getByLabel('Incidenteel: ten hoogste (jaren)')).toHaveValue('3');
  await form.getByLabel('Incidenteel: ten hoogste (jaren)').fill('0');
  await form.getByRole('button', { name: 'Regels opslaan' }).click();
  await expect(form.getByText('moet minstens 1 jaar zijn')).toBeVisible();
  await expectNoAxeViolations(page, 'beheer met P&C-regels (fout)');
  const settings = (await (await page.request.get('/api/funding-settings')).json()) as { incidentalMaxYears: number };
  expect(settings.incidentalMaxYears).toBe(3);
});

test('kapitaallasten from a bestemmingsreserve: the administrator switches it on and the budget’s dekking rises', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let csrf = await signInAs(page, 'advisor', '/');
  const headers = () => ({ 'x-csrf-token': csrf, origin: new URL(page.url()).origin });
  const budgetId = await createBudgetViaApi(page, 'GM0310', 'E2E kapitaallasten reserve');
  const before = await overviewOf(page, budgetId);
  expect(before.capitalReserve).toBeNull();
  try {
    csrf = await signInAs(page, 'admin', '/beheer');
    const form = page.getByRole('form', { name: 'P&C-regels voor de dekking' });
    const toggle = form.getByLabel(/Kapitaallasten dekken uit een bestemmingsreserve/);
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await form.getByRole('button', { name: 'Regels opslaan' }).click();
    await expect(form.getByText('De regels zijn opgeslagen.')).toBeVisible();
    await expectNoAxeViolations(page, 'beheer met kapitaallasten uit een bestemmingsreserve');

    csrf = await signInAs(page, 'advisor', '/');
    const after = await overviewOf(page, budgetId);
    expect(after.capitalReserve?.total).toBeGreaterThan(0);
    await page.goto(`/begrotingen/${budgetId}/dekking`);
    const reserve = page.getByTestId('funding-capital-reserve');
    await expect(reserve).toBeVisible();
    const year = after.years.find((y) => (after.capitalReserve?.amounts[y] ?? 0) > 0)!;
    await expect(reserve.getByRole('row', { name: /Totaal uit de bestemmingsreserve/ })).toContainText(
      euro(after.capitalReserve!.amounts[year]!),
    );
    // Gross stays, the dekking rises by the kapitaallasten, net falls by the same.
    expect(after.total.gross).toEqual(before.total.gross);
    expect(after.total.funded[year]).toBe(before.total.funded[year]! + after.capitalReserve!.amounts[year]!);
    await expect(page.getByTestId('funding-total').getByRole('row', { name: 'Begroting: dekking' })).toContainText(
      euro(after.total.funded[year]!),
    );
    await expectNoAxeViolations(page, 'dekking met kapitaallasten uit een bestemmingsreserve');
  } finally {
    csrf = await signInAs(page, 'admin', '/beheer');
    const settings = (await (await page.request.get('/api/funding-settings')).json()) as Record<string, unknown>;
    await page.request.put('/api/funding-settings', {
      data: { ...settings, capitalFromReserve: false },
      headers: headers(),
    });
    csrf = await signInAs(page, 'advisor', '/');
    await page.request.post(`/api/budgets/${budgetId}/archive`, { data: {}, headers: headers() });
  }
});
