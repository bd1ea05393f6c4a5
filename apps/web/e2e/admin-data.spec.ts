import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';

// The administrator's reference data and catalog editions. The suite shares one database, so this
// spec leaves the figures other specs compute with unchanged: the new rate card is not made the
// default, the organisation goes back to the shipped defaults at the end, and the catalog line edit changes
// only its notes, and the published e2e edition is withdrawn again at the end.

test('reference data: add a rate card (warning above the Rijk cap), change the default employer costs with a source', async ({
  page,
}) => {
  await signInAs(page, 'admin', '/beheer');
  await page.getByRole('link', { name: 'Referentiegegevens beheren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referentiegegevens beheren' })).toBeVisible();
  await expectNoAxeViolations(page, 'referentiegegevens beheren');

  // Rate card: an empty submit lists the missing fields in an error summary that takes focus.
  const cardForm = page.getByRole('form', { name: 'Nieuwe tariefkaart inhuur' });
  await cardForm.getByRole('button', { name: 'Tariefkaart toevoegen' }).click();
  const summary = cardForm.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Naam: vul een naam in');
  await expect(summary).toContainText('Bron: bron is verplicht');
  await expectNoAxeViolations(page, 'tariefkaart met foutmeldingen');

  await cardForm.getByLabel('Naam').fill('Inhuur 2027 (e2e)');
  await cardForm.getByLabel('Geldig vanaf').fill('2027-01-01');
  await cardForm.getByLabel('Bron', { exact: true }).fill('Marktverkenning 2027');
  await cardForm
    .getByLabel('Rollen en uurtarieven')
    .fill('medior: 110\nontwikkelaar: 105\nsenior: 140\nprojectleider: 140\narchitect: 240');
  await cardForm.getByRole('button', { name: 'Tariefkaart toevoegen' }).click();
  await expect(cardForm.getByRole('status')).toContainText('Tariefkaart “Inhuur 2027 (e2e)” is toegevoegd.');
  await expect(cardForm.getByRole('status')).toContainText(
    '€ 240/u voor "architect" ligt boven het maximum van € 225/u',
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'Inhuur 2027 (e2e)' })).toContainText('architect € 240/u');
  // Its amounts are fixed from now on; only the name and note can change.
  await page.getByRole('button', { name: 'Naam of toelichting wijzigen: Inhuur 2027 (e2e)' }).click();
  const meta = page.getByRole('form', { name: 'Naam of toelichting wijzigen: Inhuur 2027 (e2e)' });
  await meta.getByLabel('Toelichting').fill('Architect boven het Rijksmaximum: schaars profiel.');
  await meta.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Inhuur 2027 (e2e)' })).toContainText(
    'Architect boven het Rijksmaximum: schaars profiel.',
  );

  // Default employer costs: a new value with its source.
  const employer = page.getByRole('group', { name: /Werkgeverslasten/ });
  await expect(employer.getByLabel('Waarde (procent)')).toHaveValue('55,9');
  // The shipped percentage is shown with its sourced parts.
  await expect(employer.getByTestId('source-parts')).toContainText(
    'Individueel Keuzebudget (IKB) 17,05 % + ABP-pensioenpremie (werkgeversdeel) 19,41 % + Werkgeverspremies werknemersverzekeringen en Zvw 19,44 % = 55,9 %',
  );
  await employer.getByLabel('Waarde (procent)').fill('34,5');
  await employer.getByLabel('Bron', { exact: true }).fill('Begroting 2027, paragraaf bedrijfsvoering');
  await employer.getByLabel('Toelichting').fill('e2e: eigen percentage');
  await page.getByRole('button', { name: 'Standaarden opslaan' }).click();
  await expect(page.getByText('De standaarden zijn opgeslagen.')).toBeVisible();
  await expect(page.getByText('Uw organisatie heeft eigen standaarden')).toBeVisible();
  await expectNoAxeViolations(page, 'standaarden opgeslagen');

  const stored = await (await page.request.get('/api/reference-data/admin')).json();
  expect(stored.defaults.values.employerCostPct).toBe(34.5);
  expect(stored.defaults.sources.employerCostPct).toMatchObject({
    source: 'Begroting 2027, paragraaf bedrijfsvoering',
    note: 'e2e: eigen percentage',
  });

  // Back to the shipped defaults (other specs compute with them): the own row goes, the derived parts return.
  await page.getByRole('button', { name: 'Terug naar de meegeleverde standaarden' }).click();
  await expect(page.getByText('Uw organisatie gebruikt de meegeleverde standaarden')).toBeVisible();
  const reset = await (await page.request.get('/api/reference-data/admin')).json();
  expect(reset.defaults.scope).toBe('global');
  expect(reset.defaults.sources.employerCostPct.parts).toHaveLength(3);
  await expectNoAxeViolations(page, 'standaarden teruggezet');
});

test('catalog editions: new draft, change a line, publish; published edition is read-only', async ({ page }) => {
  await signInAs(page, 'admin', '/beheer/catalogus');
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogus-edities beheren' })).toBeVisible();
  await expectNoAxeViolations(page, 'catalogus-edities');

  const published = (await (await page.request.get('/api/catalog/editions/current')).json()).edition as {
    id: string;
    name: string;
  };
  await page.getByRole('button', { name: `Nieuwe conceptversie van ${published.name}` }).click();
  const draftName = `${published.name} (e2e-concept)`;
  await page.getByLabel('Naam van de conceptversie').fill(draftName);
  await page.getByRole('button', { name: 'Conceptversie maken' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Conceptversie bewerken: ${draftName}` })).toBeVisible();

  // Open the development with the coördinator line and edit that line's notes with the keyboard.
  const development = page.locator('details').filter({ hasText: 'Van buiten naar binnen' }).first();
  await development.locator('summary').click();
  await development.getByRole('button', { name: /^Regel bewerken: Coördinator klantreizen/ }).click();
  const form = page.getByRole('form', { name: /^Regel bewerken: Coördinator klantreizen/ });
  await expect(form.getByLabel('Uren per week')).toHaveValue('16');
  await form.getByLabel(/Herkomst wijzigen/).uncheck();
  await form.getByLabel('Notities').fill('e2e: bron opnieuw gecontroleerd');
  await expectNoAxeViolations(page, 'regel bewerken in conceptversie');
  await form.getByLabel('Notities').press('Tab');
  await form.getByRole('button', { name: 'Regel opslaan' }).focus();
  await page.keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(development.getByRole('button', { name: /^Regel bewerken: Coördinator klantreizen/ })).toBeFocused();

  await page.getByRole('button', { name: 'Editie publiceren' }).click();
  await page.getByRole('button', { name: `Ja, publiceer “${draftName}”` }).click();
  await expect(page.getByText(`De editie “${draftName}” is gepubliceerd.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(draftName.replace(/[()]/g, '\\$&')) })).toContainText(
    'Gepubliceerd',
  );
  await expectNoAxeViolations(page, 'editie gepubliceerd');

  // The new edition is current, carries the edit, and refuses further writes.
  const current = await (await page.request.get('/api/catalog/editions/current')).json();
  expect(current.edition.name).toBe(draftName);
  const editable = await (await page.request.get(`/api/catalog/editions/${current.edition.id}/editing`)).json();
  const line = editable.developments
    .flatMap(
      (d: {
        lines: { description: string; notes: string | null; provenance: string; hoursPerWeek: number; id: string }[];
      }) => d.lines,
    )
    .find((l: { description: string }) => l.description.startsWith('Coördinator klantreizen'));
  expect(line).toMatchObject({ notes: 'e2e: bron opnieuw gecontroleerd', provenance: 'published', hoursPerWeek: 16 });
  const me = await (await page.request.get('/api/auth/me')).json();
  const refused = await page.request.patch(`/api/catalog/editions/${current.edition.id}/lines/${line.id}`, {
    data: { notes: 'te laat' },
    headers: { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(409);

  // Withdraw the e2e edition again, so the specs after this one see the shipped edition as current.
  await page.getByRole('button', { name: `Editie intrekken: ${draftName}` }).click();
  await page.getByRole('button', { name: `Ja, trek “${draftName}” in` }).click();
  await expect(page.getByRole('row', { name: new RegExp(draftName.replace(/[()]/g, '\\$&')) })).toContainText(
    'Ingetrokken',
  );
  expect((await (await page.request.get('/api/catalog/editions/current')).json()).edition.id).toBe(published.id);
});
