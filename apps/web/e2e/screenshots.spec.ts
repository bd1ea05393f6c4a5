import { expect, test, type Page } from '@playwright/test';
import { createBudgetViaApi, docScreenshotPath, signIn, showAllCharts } from './helpers.ts';

// Walks every screen and screenshots it. With UPDATE_SCREENSHOTS=1 the PNGs replace those in
// docs/screenshots (linked from docs/user-guide.md); otherwise they go to the test's output folder,
// so an ordinary test run leaves the working tree alone.
const shot = (page: Page, name: string) => page.screenshot({ path: docScreenshotPath(name), fullPage: false });

test('screenshots of each screen', async ({ page }) => {
  await page.goto('/inloggen');
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
  await shot(page, '00-aanmelden');
  await signIn(page);
  await page.getByRole('combobox', { name: 'Gemeente' }).fill('Bilt');
  await expect(page.getByRole('option', { name: /De Bilt/ })).toBeVisible();
  await shot(page, '01-start-combobox');
  await page.getByRole('option', { name: /De Bilt/ }).click();
  await expect(page.getByRole('heading', { name: /Gemeenteprofiel De Bilt/ })).toBeVisible();
  await shot(page, '02-start-profiel');

  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt 2027');
  await page.goto(`/begrotingen/${id}?domein=dienstverlening`);
  await expect(page.getByRole('button', { name: /Aanpassen: Opleiding in VNG/ })).toBeVisible();
  await shot(page, '03-begroting');
  await page.getByRole('heading', { name: /Begrotingsregels per jaar/ }).evaluate((el) => el.scrollIntoView());
  await shot(page, '03b-begroting-regels');
  await page.getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' }).click();
  const editor = page.getByRole('form', { name: /Regel aanpassen/ });
  await editor.getByLabel('Bedrag (€) voor deze gemeente').fill('4500');
  await editor.getByLabel('Toelichting (verplicht)').fill('Twee trainingsdagen voor het hele KCC');
  await editor.scrollIntoViewIfNeeded();
  await shot(page, '04-regel-aanpassen');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await page.getByRole('button', { name: /hoe berekend: Coördinator klantreizen.* 2027/ }).click();
  await expect(page.getByRole('dialog').getByText('Formule:').first()).toBeVisible();
  await shot(page, '05-hoe-berekend');
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();

  await page.goto(`/begrotingen/${id}/uitgangspunten`);
  await expect(page.getByLabel('Salaristabel')).toBeVisible();
  await shot(page, '06-uitgangspunten');

  await page.goto(`/begrotingen/${id}/scenarios`);
  await page.getByLabel('Naam van het nieuwe scenario').fill('Uitgesteld');
  await page.getByRole('button', { name: 'Dupliceren als scenario' }).click();
  await expect(page.getByRole('heading', { name: 'Vergelijking' })).toBeVisible();
  await page.getByRole('heading', { name: 'Vergelijking' }).scrollIntoViewIfNeeded();
  await shot(page, '07-scenarios');

  await page.goto(`/begrotingen/${id}/dashboard`);
  await showAllCharts(page);
  await shot(page, '08-dashboard');

  await page.goto(`/begrotingen/${id}/historie`);
  await expect(page.getByRole('heading', { name: 'Opmerkingen' })).toBeVisible();
  await shot(page, '11-status-historie');

  await page.goto('/catalogus?gemeente=GM0310&domein=dienstverlening');
  await expect(page.getByText(/herschaald naar De Bilt/)).toBeVisible();
  await page.getByRole('heading', { name: 'Van buiten naar binnen' }).evaluate((el) => el.scrollIntoView());
  await shot(page, '09-catalogus');

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await signIn(page, 'admin');
  await page.goto('/beheer');
  await expect(page.getByRole('heading', { name: 'Referentiegegevens' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Eenheid toevoegen' })).toBeVisible();
  await shot(page, '10-beheer');
});
