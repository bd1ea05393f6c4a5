import { expect, test } from '@playwright/test';
import { createBudgetViaApi, expectNoAxeViolations, signIn, totalFor } from './helpers.ts';

test('assumptions, custom lines, development toggles, org-unit dashboard and promoting a scenario', async ({
  page,
}) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0344', 'ICT-begroting Utrecht 2027');
  await page.goto(`/begrotingen/${id}`);
  const start = await totalFor(page, 2027);

  // A higher employer-cost percentage raises the staff lines, so the total.
  await page.getByRole('link', { name: 'Uitgangspunten' }).click();
  await page.getByLabel('Werkgeverslasten (% op 12 × maandsalaris)').fill('60');
  await page.getByRole('button', { name: 'Uitgangspunten opslaan' }).click();
  await expect(page.getByText('Uitgangspunten opgeslagen')).toBeVisible();
  await expect(page.getByLabel('Werkgeverslasten (% op 12 × maandsalaris)')).toHaveValue('60');
  // The default's parts stay visible, with the budget's own value beside them.
  await expect(page.getByText('Deze begroting rekent met 60 % in plaats van de standaard.')).toBeVisible();
  await page.getByRole('link', { name: 'Begroting', exact: true }).click();
  await expect.poll(() => totalFor(page, 2027)).not.toBe(start);
  const afterAssumptions = await totalFor(page, 2027);

  // Switching a development off lowers the total at once and is saved.
  await page.getByRole('link', { name: /^Bedrijfsvoering/ }).click();
  const firstToggle = page.getByRole('checkbox').first();
  await firstToggle.uncheck();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect.poll(() => totalFor(page, 2027)).not.toBe(afterAssumptions);
  await page.reload();
  await expect(page.getByRole('checkbox').first()).not.toBeChecked();
  // The change history names the development that was switched off.
  const switchedOff = await page
    .getByRole('checkbox')
    .first()
    .evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
  const builderUrl = page.url();
  await page.getByRole('link', { name: 'Status en historie' }).click();
  const history = page.getByRole('table', { name: /Wie wijzigde wat/ });
  await expect(history.getByText(`Ontwikkeling gewijzigd: ${switchedOff}`)).toBeVisible();
  // Field by field in Dutch words and notation: only what changed, no internal names or cents.
  await expect(
    history
      .getByRole('row', {
        name: new RegExp(`Ontwikkeling gewijzigd: ${switchedOff.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      })
      .getByText('Aan: ja → nee'),
  ).toBeVisible();
  await expect(history.getByText(/^Werkgeverslasten: [\d,]+ % → 60 %$/)).toBeVisible();
  await expect(history).not.toContainText(/Pct|Cents|employerCost/);
  await page.goto(builderUrl);

  // An own line, with an owner unit on its development.
  const beforeCustom = await totalFor(page, 2027);
  await page.getByRole('button', { name: 'Eigen regel toevoegen' }).click();
  // The first development is switched off now; put the line in the second one.
  const developmentSelect = page.getByLabel('Ontwikkeling', { exact: true });
  const second = await developmentSelect.locator('option').nth(1).getAttribute('value');
  await developmentSelect.selectOption(second ?? '');
  await page.getByLabel('Omschrijving').fill('Extra pentest');
  await page.getByLabel('Bedrag (€)').fill('12.500');
  await page.getByLabel('Toelichting (verplicht)').fill('Eis van de auditor');
  await expectNoAxeViolations(page, 'eigen regel');
  await page.getByRole('button', { name: 'Regel toevoegen' }).click();
  await expect(page.getByRole('rowheader', { name: /Extra pentest/ })).toBeVisible();
  await expect.poll(() => totalFor(page, 2027)).not.toBe(beforeCustom);
  const owner = page.getByLabel(/^Eigenaar /).nth(1);
  await owner.selectOption({ label: 'Team strategie' });
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('link', { name: 'Per organisatie-eenheid' }).click();
  await expect(page).toHaveURL(/weergave=eenheid/);
  await page.getByRole('link', { name: 'Team strategie' }).click();
  await expect(page.getByRole('heading', { name: 'Regels van Team strategie' })).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard per eenheid');

  // Promote a scenario: it becomes the base and the old base one of its scenarios.
  await page.getByRole('link', { name: "Scenario's" }).click();
  await page.getByLabel('Naam van het nieuwe scenario').fill('Ambitieus');
  await page.getByRole('button', { name: 'Dupliceren als scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Vergelijking' })).toBeVisible();
  await page.getByRole('button', { name: 'Maak basis: Scenario Ambitieus' }).click();
  await page
    .getByRole('dialog', { name: /basis maken\?/ })
    .getByRole('button', { name: 'Ja, maak basis' })
    .click();
  await expect(page.getByRole('row', { name: /Basis: ICT-begroting Utrecht 2027.*deze/ })).toBeVisible();
});

test('leaving with an unsaved edit asks first; keyboard reaches the editor and back', async ({ page }) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt (onopgeslagen)');
  await page.goto(`/begrotingen/${id}?domein=dienstverlening`);
  const edit = page.getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' });
  await edit.focus();
  await page.keyboard.press('Enter');
  // Focus moves into the editor's first field.
  await expect(page.getByLabel('Bedrag (€) voor deze gemeente')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('4000');
  await expect(page.getByTestId('save-state')).toContainText('Niet opgeslagen');

  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText('U heeft een wijziging die nog niet is opgeslagen')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Blijven en opslaan' })).toBeFocused();
  await expectNoAxeViolations(page, 'niet-opgeslagen wijziging');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${id}\\?domein=dienstverlening$`));

  await page.getByLabel('Toelichting (verplicht)').fill('Extra training');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  // Focus returns to the line's own button.
  await expect(edit).toBeFocused();
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/dashboard$/);
});

test('while the catalog is still loading the builder waits, instead of showing domain keys', async ({ page }) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0307', 'ICT-begroting Amersfoort 2027');
  // Hold the edition's catalog back for a moment, as on a slow connection.
  await page.route(/\/api\/catalog\/editions\/[^/?]+\?includeExamples=true/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`/begrotingen/${id}`);
  await expect(page.getByText('Catalogus laden…')).toBeVisible();
  await expect(page.getByRole('link', { name: /^fysiek-domein/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Fysiek domein \(€/ })).toBeVisible();
});
