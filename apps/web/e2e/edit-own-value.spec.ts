import { expect, test, type Page } from '@playwright/test';
import { createBudgetViaApi, docScreenshotPath, expectNoAxeViolations, signIn, totalFor } from './helpers.ts';

interface Detail {
  version: number;
  lines: {
    id: string;
    effective: {
      id: string;
      description: string;
      kind: string;
      costBasis: string;
      durationYears: number;
      driver: string;
    };
  }[];
}
interface Calculation {
  result: {
    lines: { lineId: string; ratio: number; elasticity: number; scaledQuantity: number }[];
    rows: { lineId: string; amounts: Record<string, number> }[];
  };
}

const euro = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);

async function csrf(page: Page) {
  const me = await page.request.get('/api/auth/me');
  return { 'x-csrf-token': ((await me.json()) as { csrfToken: string }).csrfToken, origin: new URL(page.url()).origin };
}

/** A one-year incidental amount line that this municipality rescales (ratio ≠ 1, elasticity > 0), found through the API. */
async function scaledLine(page: Page, id: string) {
  const detail = (await (await page.request.get(`/api/budgets/${id}`)).json()) as Detail;
  const calc = (await (await page.request.get(`/api/budgets/${id}/calculation`)).json()) as Calculation;
  for (const lr of calc.result.lines) {
    const line = detail.lines.find((l) => l.id === lr.lineId || l.effective.id === lr.lineId);
    if (
      !line ||
      line.effective.costBasis !== 'amount' ||
      line.effective.kind !== 'incidental' ||
      line.effective.durationYears !== 1
    )
      continue;
    if (lr.ratio === 1 || lr.elasticity <= 0 || lr.scaledQuantity < 100_000 || lr.scaledQuantity > 5_000_000) continue;
    const row = calc.result.rows.find((r) => r.lineId === lr.lineId);
    const year = Object.entries(row?.amounts ?? {}).find(([, cents]) => cents !== 0)?.[0];
    if (year) return { description: line.effective.description, year: Number(year), cents: row!.amounts[year]! };
  }
  throw new Error('no rescaled one-year amount line in this budget');
}

test('edit what you mean: own value not rescaled, confirmation for big jumps, errors at the field in Dutch, profile and years after creation', async ({
  page,
}) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt (eigen waarden)');
  await page.goto(`/begrotingen/${id}`);
  const line = await scaledLine(page, id);
  const cell = page.getByRole('button', {
    name: new RegExp(`hoe berekend: ${line.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${line.year}$`),
  });
  await expect(cell).toHaveText(euro(line.cents));

  // The editor starts at the value the grid shows (the scaled one), with model and scaled value beside it.
  await page.getByRole('button', { name: `Aanpassen: ${line.description}` }).click();
  const editor = page.getByRole('form', { name: `Regel aanpassen: ${line.description}` });
  const amount = editor.getByLabel('Bedrag (€) voor deze gemeente');
  const shown = Math.round(Number((await amount.inputValue()).replace(',', '.')));
  expect(euro(shown * 100)).toBe(euro(line.cents));
  await expect(
    editor.getByText(/Model \(Modelgemeente\): €\s[\d.]+,\d\d · geschaald naar deze gemeente: €\s[\d.]+,\d\d/),
  ).toBeVisible();

  // A change of more than 10× asks first; "Nee" keeps the input and saves nothing.
  await amount.fill('5000000');
  await editor.getByLabel('Toelichting (verplicht)').fill('Offerte voor De Bilt');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  const confirm = editor.getByRole('alert').filter({ hasText: 'Klopt dit?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(`${line.year}: van ${euro(line.cents)} naar € 5.000.000`);
  await expectNoAxeViolations(page, 'bevestiging grote wijziging');
  await editor.scrollIntoViewIfNeeded();
  await editor.screenshot({ path: docScreenshotPath('12-regel-eigen-waarde') });
  await confirm.getByRole('button', { name: 'Nee, invoer aanpassen' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toContainText('Niet opgeslagen');

  // A server rejection keeps the form open, with the Dutch message at the field (not "body.justification").
  await page.route(`**/api/budgets/${id}/lines/*/override`, (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'VALIDATION_ERROR',
              message: 'Ongeldige invoer: body.justification toelichting is te lang',
              fields: [{ path: 'body.justification', message: 'toelichting is te lang (maximaal 2000 tekens)' }],
            },
          }),
        })
      : route.continue(),
  );
  await amount.fill('4000');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  const justification = editor.getByLabel('Toelichting (verplicht)');
  await expect(justification).toHaveAttribute('aria-invalid', 'true');
  await expect(justification).toHaveAccessibleDescription(/toelichting is te lang \(maximaal 2000 tekens\)/);
  await expect(justification).toHaveAttribute('maxlength', '2000');
  await expect(amount).toHaveValue('4000');
  await expect(page.getByText(/body\./)).toHaveCount(0);
  await expectNoAxeViolations(page, 'foutmelding bij het veld');
  await page.unroute(`**/api/budgets/${id}/lines/*/override`);

  // Saved for real: the typed € 4.000 is this municipality's value and is not rescaled again.
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect(cell).toHaveText('€ 4.000');
  await expect(page.getByText(/Aangepast.*eigen waarde, niet geschaald/).first()).toBeVisible();

  // Profile and years after creation: twice the inhabitants and five years; the own value stays € 4.000.
  const before = await totalFor(page, 2027);
  await page.getByRole('button', { name: 'Profiel en jaren wijzigen' }).click();
  const profile = page.getByRole('form', { name: 'Profiel en jaren wijzigen' });
  await profile.getByLabel('Inwoners').fill('87346');
  await profile.getByLabel('Aantal begrotingsjaren').fill('11');
  await profile.getByRole('button', { name: 'Opslaan en herberekenen' }).click();
  await expect(profile.getByLabel('Aantal begrotingsjaren')).toHaveAttribute('aria-invalid', 'true');
  await expect(profile.getByText('Aantal begrotingsjaren: vul een heel getal van 1 tot en met 10 in.')).toBeVisible();
  await expectNoAxeViolations(page, 'profiel en jaren');
  await profile.screenshot({ path: docScreenshotPath('13-profiel-wijzigen') });
  await profile.getByLabel('Aantal begrotingsjaren').fill('5');
  await profile.getByRole('button', { name: 'Opslaan en herberekenen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alle bedragen zijn opnieuw berekend' })).toBeVisible();
  await expect(page.getByText(/87\.346 inwoners/).first()).toBeVisible();
  await expect(page.getByTestId('total-2031')).toBeVisible();
  await expect.poll(() => totalFor(page, 2027)).not.toBe(before);
  await expect(cell).toHaveText('€ 4.000');

  // Someone else changes the budget meanwhile: the stale save gets the Dutch conflict alert.
  const detail = (await (await page.request.get(`/api/budgets/${id}`)).json()) as Detail;
  const other = await page.request.patch(`/api/budgets/${id}`, {
    data: { name: 'ICT-begroting De Bilt (door een collega)', version: detail.version },
    headers: await csrf(page),
  });
  expect(other.status()).toBe(200);
  await page.getByRole('button', { name: 'Profiel en jaren wijzigen' }).click();
  await profile.getByLabel('Afdelingen').fill('20');
  await profile.getByRole('button', { name: 'Opslaan en herberekenen' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Deze begroting is intussen door iemand anders gewijzigd.' }),
  ).toBeVisible();
});
