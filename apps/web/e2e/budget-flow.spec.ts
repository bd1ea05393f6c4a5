import { expect, test } from '@playwright/test';
import { createBudgetViaApi, expectNoAxeViolations, signIn, totalFor, showAllCharts } from './helpers.ts';

test('pick De Bilt by keyboard, build a budget, override a line, compare a scenario, open the dashboard', async ({
  page,
}) => {
  await page.goto('/');
  await expectNoAxeViolations(page, 'aanmelden');
  await signIn(page);
  await expectNoAxeViolations(page, 'start');

  // Keyboard only: skip link first, Enter jumps to main, then Tab to the combobox, type, arrow, Enter.
  await page.goto('/');
  const combobox = page.getByRole('combobox', { name: 'Gemeente' });
  await expect(combobox).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  for (let i = 0; i < 15 && !(await combobox.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(combobox).toBeFocused();
  await page.keyboard.type('GM0310');
  await expect(page.getByRole('option', { name: /De Bilt/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-activedescendant', /.+/);
  await expect(page.getByRole('option', { name: /De Bilt/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(combobox).toHaveValue('De Bilt');
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { name: /Gemeenteprofiel De Bilt \(GM0310\)/ })).toBeVisible();
  // Suggested from the formatie per 1.000 inwoners of the size class (reference data), with its source.
  await expect(page.getByLabel('Medewerkers')).toHaveValue('306');
  await expect(page.getByLabel('Afdelingen')).toHaveValue('12');
  await expect(
    page.getByText(
      /Suggestie: 306 fte \(7 fte per 1\.000 inwoners, Gemeenten 20\.000–50\.000 inwoners; bron: BBV-indicator.*jaar 2026\)/,
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Eerste begrotingsjaar')).toHaveValue('2027');
  await expectNoAxeViolations(page, 'start met profiel');

  await page.getByRole('button', { name: 'Begroting maken' }).click();
  await expect(page).toHaveURL(/\/begrotingen\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /De Bilt/ })).toBeVisible();
  await expect(page.getByRole('grid', { name: /Begrotingsregels per jaar/ })).toBeVisible();
  // The builder opens at the top, not at the start page's scroll position.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  // Issue 9: the seed's example lines carry most of the money, and the builder says so at the top;
  // every total splits by provenance; cost per inhabitant sits beside the model and the benchmark.
  await expect(page.getByTestId('example-majority')).toContainText(
    'meer dan de helft van het geld uit voorbeeldregels',
  );
  await expect(page.getByTestId('plausibility-summary')).toContainText(/Structureel per inwoner 2030.*model/);
  await expect(page.getByTestId('plausibility-summary')).toContainText(/Benchmark 20\d\d/);
  await page.getByText('Kosten per inwoner tegen de Modelgemeente en de benchmark, en de totalen per herkomst').click();
  const split = page.getByTestId('provenance-split');
  await expect(split.getByRole('row', { name: /^Voorbeeld/ })).toBeVisible();
  await expect(split.getByRole('row', { name: /^Gepubliceerd/ }).first()).toBeVisible();
  await expect(split.getByRole('row', { name: /^Totaal exploitatie/ })).toContainText(
    (await totalFor(page, 2027)).trim(),
  );
  await expect(
    page.getByTestId('plausibility').getByRole('row', { name: /^Structureel per inwoner 2030/ }),
  ).toBeVisible();
  await expect(page.getByTestId('benchmark-citation')).toContainText(
    /per inwoner \(alle gemeenten, datajaar 2023; bron: M&I\/Partners/,
  );
  await expect(page.getByTestId('benchmark-citation')).toContainText('niet de volledige ICT-exploitatie');
  await expectNoAxeViolations(page, 'begroting');

  // Override a published line: totals preview while typing, saving needs a toelichting.
  await page.getByRole('link', { name: /^Dienstverlening/ }).click();
  await expect(page).toHaveURL(/domein=dienstverlening/);
  const before = await totalFor(page, 2027);
  await page.getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' }).click();
  const editor = page.getByRole('form', { name: /Regel aanpassen: Opleiding in VNG methodiek klantreizen/ });
  await expect(editor.getByText(/Model \(Modelgemeente\): €\s3\.000,00/)).toBeVisible();
  await editor.getByLabel('Bedrag (€) voor deze gemeente').fill('5000');
  await expect(page.getByTestId('save-state')).toContainText('Niet opgeslagen');
  await expect.poll(() => totalFor(page, 2027)).not.toBe(before);
  const previewed = await totalFor(page, 2027);
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor.getByText(/Toelichting is verplicht/)).toBeVisible();
  await expectNoAxeViolations(page, 'regel aanpassen');
  await editor.getByLabel('Toelichting (verplicht)').fill('Hele team opleiden in 2027');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect(page.getByText(/Aangepast.*Hele team opleiden in 2027/)).toBeVisible();
  expect(await totalFor(page, 2027)).toBe(previewed);
  expect(previewed).not.toBe(before);

  // "Hoe berekend" for a cell.
  await page.getByRole('button', { name: /hoe berekend: Opleiding in VNG methodiek klantreizen 2027/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Formule:').first()).toBeVisible();
  await expectNoAxeViolations(page, 'hoe berekend');
  await dialog.getByRole('button', { name: 'Sluiten' }).click();

  // Undo brings the model value back.
  await page.getByRole('button', { name: /Ongedaan maken: Opleiding/ }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect.poll(() => totalFor(page, 2027)).toBe(before);

  // Scenario: duplicate, compare with the base.
  await page.getByRole('link', { name: "Scenario's" }).click();
  await page.getByLabel('Naam van het nieuwe scenario').fill('Zuinig');
  await page.getByRole('button', { name: 'Dupliceren als scenario' }).click();
  await expect(page).toHaveURL(/vergelijk=/);
  await expect(page.getByRole('heading', { name: 'Vergelijking' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Scenario Zuinig/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, "scenario's");

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText(/Kosten per jaar — hele begroting/)).toBeVisible();
  await showAllCharts(page);
  // At 1280 px every figures table under a chart shows all its columns, without a scrollbar.
  const hiddenColumns = await page
    .locator('.app-figure .app-table-wrap')
    .evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth).length);
  expect(hiddenColumns).toBe(0);
  expect(await page.locator('.app-figure .app-table-wrap').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('example-majority')).toBeVisible();
  await expect(page.getByTestId('provenance-split').getByRole('row', { name: /^Voorbeeld/ })).toBeVisible();
  await expect(page.getByTestId('plausibility')).toBeVisible();
  await page.getByRole('link', { name: 'Dienstverlening' }).first().click();
  await expect(page.getByRole('heading', { name: 'Regels van Dienstverlening' })).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard');
});

test('a small municipality: plausibility against the model (warning names the lines when outside the band), incomplete lines listed before submit', async ({
  page,
}) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0088', 'ICT-begroting Schiermonnikoog');
  await page.goto(`/begrotingen/${id}`);
  const panel = page.getByTestId('plausibility');
  await expect(page.getByTestId('plausibility-summary')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('builder-schiermonnikoog-top.png'), fullPage: false });
  await page.getByText('Kosten per inwoner tegen de Modelgemeente en de benchmark, en de totalen per herkomst').click();
  const row = panel.getByRole('row', { name: /^Structureel per inwoner 2030/ });
  await expect(row).toBeVisible();
  // Whether 971 inhabitants fall outside 0,5×–2× depends on the rescaling rules; the screen must
  // agree with its own ratio either way, and name the driving lines when it warns.
  const ratioText = (await row.getByRole('cell').nth(2).textContent()) ?? '';
  const ratio = Number(ratioText.replace('×', '').replace(',', '.').trim());
  expect(Number.isFinite(ratio)).toBe(true);
  if (ratio < 0.5 || ratio > 2) {
    await expect(panel.getByRole('status').first()).toContainText('Structurele kosten buiten de plausibele band.');
    await expect(panel).toContainText(/Vooral deze regels? maakt|Vooral deze regels maken/);
  } else {
    await expect(panel).not.toContainText('Structurele kosten buiten de plausibele band.');
  }
  await page.screenshot({ path: test.info().outputPath('builder-schiermonnikoog.png'), fullPage: false });
  await expectNoAxeViolations(page, 'begroting kleine gemeente');

  await page.getByRole('link', { name: 'Status en historie' }).click();
  const incomplete = page.getByTestId('incomplete-lines');
  await expect(incomplete).toContainText(/gepubliceerde regels? (is|zijn) onvolledig/);
  await expect(incomplete.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Indienen ter vaststelling' })).toBeVisible();
  await expectNoAxeViolations(page, 'indienen met onvolledige regels');
});

test('catalogus, uitgangspunten and beheer have no axe violations', async ({ page }) => {
  await signIn(page);
  await page.goto('/catalogus?gemeente=GM0310');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogus' })).toBeVisible();
  await expect(page.getByText(/herschaald naar De Bilt/)).toBeVisible();
  // The switch lives in the URL and the page re-renders from it: click, then wait for the new state
  // (Playwright's check() insists the state flips synchronously, which a busy machine may miss).
  await page.getByLabel('Voorbeeldregels verbergen').click();
  await expect(page.getByLabel('Voorbeeldregels verbergen')).toBeChecked();
  await expect(page).toHaveURL(/voorbeelden=verbergen/);
  await expect(page.locator('.app-badge', { hasText: /^Voorbeeld$/ })).toHaveCount(0);
  await expect(page.locator('.app-badge', { hasText: /^Gepubliceerd$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'catalogus');

  await page.goto('/beheer');
  await expect(page.getByRole('heading', { name: 'Organisatie-eenheden' })).toBeVisible();
  await expectNoAxeViolations(page, 'beheer');

  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt (uitgangspunten)');
  await page.goto(`/begrotingen/${id}`);
  await page.getByRole('link', { name: 'Uitgangspunten' }).click();
  await expect(page.getByLabel('Werkgeverslasten (% op 12 × maandsalaris)')).toBeVisible();
  // The default employer-cost percentage is shown part by part, each part with its source.
  await expect(page.getByRole('heading', { name: 'Waaruit de standaard werkgeverslasten bestaan' })).toBeVisible();
  await expect(page.getByTestId('source-parts').getByRole('listitem')).toHaveCount(3);
  await expectNoAxeViolations(page, 'uitgangspunten');
});

test('an administrator adds, renames and deletes an org unit', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/beheer');
  await page.getByLabel('Nieuwe eenheid').fill('Team informatievoorziening');
  await page.getByRole('button', { name: 'Eenheid toevoegen' }).click();
  await expect(page.getByRole('rowheader', { name: 'Team informatievoorziening' })).toBeVisible();
  await page.getByLabel('Nieuwe naam voor Team informatievoorziening').fill('Team I&A');
  await page.getByRole('button', { name: 'Hernoemen' }).first().waitFor();
  await page
    .getByRole('row', { name: /Team informatievoorziening/ })
    .getByRole('button', { name: 'Hernoemen' })
    .click();
  await expect(page.getByRole('rowheader', { name: 'Team I&A' })).toBeVisible();
  await expectNoAxeViolations(page, 'beheer (beheerder)');
  await page.getByRole('button', { name: 'Verwijderen: Team I&A' }).click();
  await expect(page.getByRole('rowheader', { name: 'Team I&A' })).toHaveCount(0);
});

test('finds a municipality however it is typed, and says so when the address names an unknown one', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/');
  const combobox = page.getByRole('combobox', { name: 'Gemeente' });
  for (const [typed, official] of [
    ['sudwest fryslan', 'Súdwest-Fryslân'],
    ['Den Haag', "'s-Gravenhage"],
    ['den bosch', "'s-Hertogenbosch"],
  ] as const) {
    await combobox.fill(typed);
    await expect(page.getByRole('option', { name: new RegExp(official) }).first()).toBeVisible();
  }
  await page.goto('/catalogus?gemeente=GM9999');
  await expect(page.getByText(/Gemeente "GM9999" uit het adres staat niet in de CBS-gemeentelijst/)).toBeVisible();
  await expectNoAxeViolations(page, 'catalogus met onbekende gemeente');
});
