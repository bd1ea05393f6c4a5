import { expect, test, type Page } from '@playwright/test';
import { createBudgetViaApi, expectNoAxeViolations, showAllCharts } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';

// Issue 11, points 8 and 11: the trace names the model value and the own value apart and states
// the total of a multi-part cell; a custom line can be a saving and get a start year and a
// depreciation term when added; counts in the singular; units in the override note; selects that
// look like selects; chart axes with round steps.

/** A grid cell's "hoe berekend" button: its name starts with the amount. */
const cell = (page: Page, description: string, year: number) =>
  page.getByRole('button', { name: new RegExp(`hoe berekend: ${description} ${year}$`) });

/** "€ 0,5 mln" / "€ 250.000" / "€ 2,50" → euros. */
function euros(label: string): number {
  const m = /^€\s?(-?[\d.]+(?:,\d+)?)( mln)?$/.exec(label.trim());
  if (!m?.[1]) throw new Error(`not an axis label: ${label}`);
  return Number(m[1].replace(/\./g, '').replace(',', '.')) * (m[2] ? 1_000_000 : 1);
}

test('trace, savings with start year and depreciation term, singular counts, units, selects, round axes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const csrf = await signInAs(page, 'advisor', '/');
  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt details');

  // "1 afdeling", not "1 afdelingen".
  const detail = (await (await page.request.get(`/api/budgets/${id}`)).json()) as {
    version: number;
    profile: { inhabitants: number; employees: number };
  };
  const patched = await page.request.patch(`/api/budgets/${id}`, {
    data: {
      profile: { inhabitants: detail.profile.inhabitants, employees: detail.profile.employees, departments: 1 },
      version: detail.version,
    },
    headers: { 'x-csrf-token': csrf, origin: new URL(page.url()).origin },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  await page.goto(`/begrotingen/${id}?domein=dienstverlening`);
  await expect(page.getByText(/· 1 afdeling ·/)).toBeVisible();
  await expect(page.getByText(/1 afdelingen/)).toHaveCount(0);

  // A saving: a negative structural line from 2028.
  await page.getByRole('button', { name: 'Eigen regel toevoegen' }).click();
  const form = page.getByRole('form', { name: 'Eigen regel toevoegen' });
  // A select shows the Utrecht chevron (the theme left it out, so it looked like a text field).
  expect(
    await form.getByLabel('Soort', { exact: true }).evaluate((el) => getComputedStyle(el).backgroundImage),
  ).toContain('svg');
  await form.getByLabel('Omschrijving').fill('Besparing oude licenties');
  await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Structureel' });
  await form.getByLabel('Bedrag (€)').fill('-5.000');
  await form.getByLabel('Startjaar').selectOption('2028');
  await form.getByLabel('Toelichting (verplicht)').fill('Contract oude systeem vervalt');
  await expectNoAxeViolations(page, 'eigen regel met startjaar');
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(page.getByRole('rowheader', { name: /Besparing oude licenties/ })).toBeVisible();
  await expect(cell(page, 'Besparing oude licenties', 2027)).toHaveText(/^€\s0$/);
  // From 2028 on, a negative amount (indexed like any structural line: -€ 5.000 × the price index).
  await expect(cell(page, 'Besparing oude licenties', 2028)).toHaveText(/^€\s-5\.\d{3}$/);

  // A negative investment is refused at the field; with a positive amount it gets its own term.
  await page.getByRole('button', { name: 'Eigen regel toevoegen' }).click();
  await form.getByLabel('Omschrijving').fill('Eigen servers');
  await form.getByLabel('Soort', { exact: true }).selectOption({ label: 'Investering' });
  await form.getByLabel('Kostensoort').selectOption({ index: 0 });
  await form.getByLabel('Bedrag (€)').fill('-40.000');
  await form.getByLabel('Afschrijvingstermijn (jaren)').fill('4');
  await form.getByLabel('Startjaar').selectOption('2028');
  await form.getByLabel('Toelichting (verplicht)').fill('Vervanging serverruimte');
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(form.getByText(/Een investering kan niet negatief zijn/)).toBeVisible();
  await form.getByLabel('Bedrag (€)').fill('40.000');
  await form.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(page.getByRole('rowheader', { name: /Eigen servers/ })).toBeVisible();
  // Depreciation over 4 years from 2029: € 10.000 a year plus interest, nothing before.
  await expect(cell(page, 'Eigen servers', 2028)).toHaveText(/^€\s0$/);

  // The trace of a multi-part cell states its total as the sum of its parts, equal to the cell.
  const cellText = (await cell(page, 'Eigen servers', 2029).textContent())?.replace(/\s/g, ' ') ?? '';
  await cell(page, 'Eigen servers', 2029).click();
  const dialog = page.getByRole('dialog');
  const total = dialog.getByTestId('explain-total');
  await expect(total).toHaveText(/^Totaal 2029: € 10\.000 afschrijving \+ € [\d.]+ rente = € [\d.]+$/);
  expect((await total.textContent())?.endsWith(`= ${cellText}`), `${await total.textContent()} vs ${cellText}`).toBe(
    true,
  );
  await expect(dialog.getByRole('row', { name: /Afschrijvingstermijn 4 jaar Regel/ }).first()).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Eigen waarde € 40\.000 Eigen regel/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'hoe berekend, meerdelige cel');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // An overridden line: the model value with the model's source, the own value with the budget's.
  await page.getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' }).click();
  const editor = page.getByRole('form', { name: /Regel aanpassen/ });
  await editor.getByLabel('Bedrag (€)').fill('12500');
  await editor.getByLabel('Toelichting (verplicht)').fill('Twee trainingsdagen voor het hele KCC');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await page.getByRole('button', { name: /hoe berekend: Opleiding in VNG methodiek klantreizen 2027/ }).click();
  const own = dialog.getByRole('row', { name: /^Eigen waarde/ }).first();
  // A changed quantity is the municipality's own value (ADR 0013): entered here, not rescaled.
  await expect(own).toHaveText(/Eigen waarde\s*€ 12\.500\s*Ingevuld voor deze gemeente \(niet geschaald\)/);
  const model = dialog.getByRole('row', { name: /^Modelwaarde/ }).first();
  await expect(model).toBeVisible();
  await expect(model).not.toContainText('12.500');
  await expect(model).not.toContainText('Aangepast');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // The override note of an hours line names the field and the unit of the model value.
  await page.getByRole('button', { name: 'Aanpassen: Coördinator klantreizen' }).click();
  await editor.getByLabel('Uren per week').fill('20');
  await editor.getByLabel('Toelichting (verplicht)').fill('Meer uren voor de klantreizen');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect(page.getByRole('rowheader', { name: /Coördinator klantreizen/ })).toContainText(
    /Aangepast \(.*uren per week: model [\d,]+ uur per week.*\)/,
  );

  // Dashboard axes: evenly spaced ticks in steps of 1, 2 or 5 × 10^n, one unit per axis.
  await page.goto(`/begrotingen/${id}/dashboard`);
  await showAllCharts(page);
  let euroAxes = 0;
  for (const axis of await page.locator('.recharts-cartesian-axis-tick-labels').all()) {
    const labels = await axis.locator('.recharts-cartesian-axis-tick-value').allTextContents();
    // Year and name axes are categories; the amount axes start at "€ …".
    if (!labels[0]?.startsWith('€')) continue;
    euroAxes++;
    expect(labels.length, 'ticks').toBeGreaterThanOrEqual(3);
    const values = labels.map(euros);
    const step = (values[1] ?? 0) - (values[0] ?? 0);
    expect(
      values.every((v, i) => Math.abs(v - (values[0] ?? 0) - i * step) < 1e-6),
      `even steps: ${labels.join(' | ')}`,
    ).toBe(true);
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect(
      [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9),
      `round step: ${labels.join(' | ')}`,
    ).toBe(true);
    expect(
      new Set(labels.filter((l) => l !== '€ 0').map((l) => (l.endsWith('mln') ? 'mln' : 'eur'))).size,
      `one unit: ${labels.join(' | ')}`,
    ).toBeLessThanOrEqual(1);
  }
  // Per year (2), per domain, per cost pool and per inhabitant.
  expect(euroAxes).toBeGreaterThanOrEqual(4);
});
