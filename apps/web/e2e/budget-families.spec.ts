import { expect, test } from '@playwright/test';
import { createBudgetViaApi, docScreenshotPath, expectNoAxeViolations, signIn } from './helpers.ts';

// Budget families (issue 11.1): the list groups base, scenarios and versions; promote asks first
// and says what happened; the family's stable address opens the current base, also after the
// promote; a scenario is deleted and another budget archived, each after a confirmation.

test('create, scenario, promote with confirmation, stable address, delete a scenario, archive', async ({ page }) => {
  await signIn(page);
  const name = 'ICT-begroting Familie De Bilt';
  const baseId = await createBudgetViaApi(page, 'GM0310', name);

  // Two scenarios through the scenarios tab.
  await page.goto(`/begrotingen/${baseId}/scenarios`);
  for (const scenario of ['Ambitieus', 'Weg ermee']) {
    await page.getByLabel('Naam van het nieuwe scenario').fill(scenario);
    await page.getByRole('button', { name: 'Dupliceren als scenario' }).click();
    await expect(page.getByRole('link', { name: `Scenario ${scenario}` })).toBeVisible();
  }

  // The family view: one card, base first, its scenarios under it.
  await page.goto('/begrotingen');
  const family = page.getByRole('article', { name }).first();
  await expect(family.getByRole('row', { name: new RegExp(`^${name} Huidige basis Concept`) })).toBeVisible();
  await expect(family.getByRole('row', { name: /^Scenario Ambitieus Scenario Concept/ })).toBeVisible();
  await expectNoAxeViolations(page, 'begrotingen als families');
  await family.scrollIntoViewIfNeeded();
  await page.screenshot({ path: docScreenshotPath('15-begrotingen-families') });
  const stable = family.getByRole('link', { name: /^Vaste link/ });
  const familyHref = (await stable.getAttribute('href')) ?? '';
  expect(familyHref).toMatch(/^\/begrotingen\/familie\/[0-9a-f-]{36}$/);
  await stable.click();
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${baseId}$`));

  // Promote asks first; cancelling changes nothing.
  await page.goto(`/begrotingen/${baseId}/scenarios`);
  await page.getByRole('button', { name: 'Maak basis: Scenario Ambitieus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenario Ambitieus basis maken?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expect(
    dialog.getByText(`De huidige basis "${name}" wordt een scenario ("Vorige basis (${name})")`),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'bevestigen: maak basis');
  await page.screenshot({ path: docScreenshotPath('16-bevestigen-maak-basis') });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${baseId}/scenarios`));

  await page.getByRole('button', { name: 'Maak basis: Scenario Ambitieus' }).click();
  await dialog.getByRole('button', { name: 'Ja, maak basis' }).click();
  await expect(
    page.getByText(/Scenario Ambitieus is nu de basis\. De vorige basis staat hieronder als scenario "Vorige basis/),
  ).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`/begrotingen/${baseId}/`));
  const promotedId = /\/begrotingen\/([0-9a-f-]{36})\/scenarios/.exec(page.url())?.[1] ?? '';
  expect(promotedId).not.toBe('');

  // The stable address (the bookmark) now opens the promoted base, with the tab kept.
  await page.goto(familyHref);
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${promotedId}$`));
  await expect(page.getByText('Basisbegroting')).toBeVisible();
  await page.goto(`${familyHref}/dashboard`);
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${promotedId}/dashboard$`));

  // Delete a scenario from the family view, after a confirmation.
  await page.goto('/begrotingen');
  await expect(
    family.getByRole('row', { name: new RegExp(`^Scenario Vorige basis \\(${name}\\) Scenario`) }),
  ).toBeVisible();
  await family.getByRole('button', { name: 'Verwijderen: Scenario Weg ermee' }).click();
  const remove = page.getByRole('dialog', { name: 'Verwijderen: Scenario Weg ermee?' });
  await expect(remove.getByText(/kan niet ongedaan worden gemaakt/)).toBeVisible();
  await expectNoAxeViolations(page, 'bevestigen: verwijderen');
  await remove.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('"Scenario Weg ermee" is verwijderd.', { exact: false })).toBeVisible();
  await expect(family.getByRole('link', { name: 'Scenario Weg ermee' })).toHaveCount(0);

  // Archive the previous base: hidden by default, shown on demand, and brought back.
  const previous = `Scenario Vorige basis (${name})`;
  await family.getByRole('button', { name: `Archiveren: ${previous}` }).click();
  await page
    .getByRole('dialog', { name: `Archiveren: ${previous}?` })
    .getByRole('button', { name: 'Ja, archiveren' })
    .click();
  await expect(page.getByText(`"${previous}" is gearchiveerd.`, { exact: false })).toBeVisible();
  await expect(family.getByRole('link', { name: previous })).toHaveCount(0);
  await expect(family.getByText('1 gearchiveerd (verborgen)', { exact: false })).toBeVisible();
  await page.getByLabel('Gearchiveerde begrotingen tonen').check();
  await expect(
    family.getByRole('row', { name: new RegExp(`^${previous.replace(/[()]/g, '\\$&')} Gearchiveerd`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'begrotingen met archief');
  await family.getByRole('button', { name: `Terughalen uit archief: ${previous}` }).click();
  await expect(page.getByText(`"${previous}" is teruggehaald uit het archief.`)).toBeVisible();
  await page.getByLabel('Gearchiveerde begrotingen tonen').uncheck();
  await expect(family.getByRole('link', { name: previous })).toBeVisible();
});
