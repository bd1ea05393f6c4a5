import { expect, test, type Page } from '@playwright/test';
import { docScreenshotPath, expectNoAxeViolations } from './helpers.ts';
import { signInAs, signOut } from './helpers/sign-in.ts';

// Issue 13 in the browser: a collaboration is created, budgeted, allocated, compared (alone vs
// together), adopted and exported; axe finds nothing on its screens. The demo BLNP collaboration
// is left alone (this spec makes its own).

const euros = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));

async function pickMember(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Gemeente' }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('list', { name: 'Gekozen deelnemers' }).getByText(new RegExp(`^${name}`))).toBeVisible();
}

/** Every member row of the contributions table adds up to the shared budget's row, per year. */
async function expectContributionsAddUp(page: Page) {
  const table = page.getByTestId('contributions');
  const years = (await table.locator('thead th').allTextContents()).filter((t) => /^\d{4}$/.test(t));
  const rows = table.locator('tbody tr');
  const count = await rows.count();
  for (let k = 0; k < years.length; k++) {
    let sum = 0;
    for (let r = 0; r < count - 1; r++)
      sum += euros(
        await rows
          .nth(r)
          .locator('td')
          .nth(1 + k)
          .textContent(),
      );
    expect(sum, `year ${years[k]}`).toBe(euros(await page.getByTestId(`shared-total-${years[k]}`).textContent()));
  }
}

test('a collaboration is created, budgeted, allocated, compared, adopted and exported in the browser', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, 'advisor', '/samenwerkingen');
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerkingen' })).toBeVisible();
  // The demo collaboration is there on first start.
  await page.getByRole('link', { name: /^BLNP/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Samenwerking BLNP/ })).toBeVisible();
  await expect(page.getByTestId('default-key')).toHaveText('Hybride: 50 % gelijk + 50 % naar inwoners');
  await page
    .locator('section', { has: page.getByRole('heading', { name: 'Deelnemers' }) })
    .screenshot({ path: docScreenshotPath('18-samenwerking-blnp') });
  await page
    .locator('section', { has: page.getByRole('heading', { name: 'Alleen of samen' }) })
    .screenshot({ path: docScreenshotPath('19-alleen-of-samen') });
  await page.getByRole('link', { name: '← Alle samenwerkingen' }).click();

  // Create: three Wadden municipalities, start with equal shares.
  await pickMember(page, 'Schiermonnikoog');
  await pickMember(page, 'Vlieland');
  await pickMember(page, 'Ameland');
  await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();
  await expect(page.getByText(/Naam van de samenwerking/).first()).toBeVisible();
  await expect(page.locator('.utrecht-form-field-error-message').first()).toBeVisible();
  await page.getByLabel('Naam van de samenwerking').fill('Waddeneilanden e2e');
  await page.getByLabel('Samenwerkingsvorm').selectOption('informal');
  await page.getByLabel('Startsleutel').selectOption('equal');
  await expectNoAxeViolations(page, 'samenwerkingen (nieuw)');
  await page.getByRole('button', { name: 'Samenwerking aanmaken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking Waddeneilanden e2e' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Schiermonnikoog GM0088' })).toBeVisible();
  await expect(page.getByTestId('default-key')).toHaveText('Gelijke delen');
  await expect(page.getByText(/grootste restant achter de komma/)).toBeVisible();
  await expectContributionsAddUp(page);
  await expectNoAxeViolations(page, 'samenwerking');

  // Allocate: fixed percentages that do not total 100 % are refused, naming the field; 50/25/25 is saved.
  await page.getByLabel('Standaardsleutel').selectOption('fixed');
  await page.getByLabel('Schiermonnikoog (%)').fill('50');
  await page.getByLabel('Vlieland (%)').fill('25');
  await page.getByLabel('Ameland (%)').fill('20');
  await expect(page.getByText(/Samen: 95 % — moet precies 100 % zijn/)).toBeVisible();
  await page.getByRole('button', { name: 'Sleutels opslaan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /100 %/ })).toBeVisible();
  await expect(page.getByTestId('default-key')).toHaveText('Gelijke delen');
  await page.getByLabel('Ameland (%)').fill('25');
  await page.getByRole('button', { name: 'Sleutels opslaan' }).click();
  await expect(page.getByText('Sleutels opgeslagen; de bijdragen hieronder zijn bijgewerkt.')).toBeVisible();
  await expect(page.getByTestId('default-key')).toHaveText(
    /Vaste percentages: Schiermonnikoog 50 %, Vlieland 25 %, Ameland 25 %/,
  );
  await expectContributionsAddUp(page);

  // Compare: alone vs together, per member and per development.
  const alone = page.getByTestId('alone-together');
  await expect(alone.getByRole('rowheader', { name: 'Vlieland' })).toBeVisible();
  await expect(alone.getByText(/besparing/).first()).toBeVisible();
  await page.locator('summary', { hasText: 'Vlieland: alleen of samen per ontwikkeling' }).click();
  await expect(
    page.getByRole('table', { name: 'Vlieland: alleen of samen per ontwikkeling' }).locator('tbody tr').first(),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'samenwerking (sleutels, alleen of samen)');
  await page
    .locator('section', { has: page.getByRole('heading', { name: 'Bijdrage per deelnemer' }) })
    .screenshot({ path: docScreenshotPath('18-samenwerking-bijdragen') });
  await page
    .locator('form', { has: page.getByRole('heading', { name: 'Sleutels wijzigen' }) })
    .screenshot({ path: docScreenshotPath('20-verdeelsleutels') });

  // Export: the shared budget's workbook with the allocation sheet, and a member's PDF and CSV.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel met verdeling' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/verdeling\.xlsx$/);
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'PDF bijdrage Ameland' }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^ICT-begroting-Ameland-\d{4}-bijdrage-.*\.pdf$/);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV bijdrage Ameland' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);

  // Budgeted like any budget: open it, then submit it for adoption.
  await page.getByRole('link', { name: /gezamenlijke ICT-begroting openen/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Waddeneilanden e2e — gezamenlijke ICT-begroting/ }),
  ).toBeVisible();
  const budgetUrl = page.url();
  await page.getByRole('link', { name: 'Status en historie' }).click();
  await page.getByRole('button', { name: 'Indienen ter vaststelling' }).click();
  await expect(page.getByRole('heading', { name: /Status: Ingediend/ })).toBeVisible();
  await signOut(page);

  // Adopted by the manager; the keys are frozen with it.
  await signInAs(page, 'manager', `${new URL(budgetUrl).pathname}/historie`);
  await page.getByRole('button', { name: 'Vaststellen' }).click();
  await page
    .getByRole('dialog', { name: /vaststellen\?/ })
    .getByRole('button', { name: 'Ja, vaststellen' })
    .click();
  await expect(page.getByRole('heading', { name: /Status: Vastgesteld/ })).toBeVisible();
  await page.goto('/samenwerkingen');
  await page.getByRole('link', { name: 'Waddeneilanden e2e' }).click();
  await expect(page.locator('.app-badge', { hasText: 'Vastgesteld' })).toBeVisible();
  await expect(page.getByText(/liggen vast zolang zij vastgesteld is/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sleutels opslaan' })).toHaveCount(0);
  await expectContributionsAddUp(page);
  await expectNoAxeViolations(page, 'samenwerking (vastgesteld, manager)');
});

test('the samenwerking screen fits 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, 'advisor', '/samenwerkingen');
  await page.getByRole('link', { name: /^BLNP/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Samenwerking BLNP/ })).toBeVisible();
  await expect(page.getByTestId('contributions')).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, 'samenwerking at 390 px');
});

test('the host administrator sees the partner form; an unknown organisation code is refused at the field', async ({
  page,
}) => {
  await signInAs(page, 'admin', '/samenwerkingen');
  await page.getByRole('link', { name: /^BLNP/ }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Deelnemer toegang geven' }) });
  await form.getByLabel('Deelnemer').selectOption({ label: 'Leusden' });
  await form.getByLabel('Code van de organisatie').fill('bestaat-niet');
  await form.getByRole('button', { name: 'Toegang geven' }).click();
  await expect(form.getByText(/is geen organisatie in deze omgeving/)).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Deelnemers met hun kerngegevens/ }).getByRole('cell', { name: '—' }),
  ).toHaveCount(4);
  await expectNoAxeViolations(page, 'samenwerking (beheerder, partner)');
});
