import { expect, request, test, type Page } from '@playwright/test';
import { createBudgetViaApi, expectNoAxeViolations, signIn, totalFor } from './helpers.ts';
import { DEMO_PASSWORD } from './helpers/sign-in.ts';

// Issue 11, point 5: working in a long budget. The grid is one tab stop and is used with the
// keyboard only; the totals stay in view; domain filter, text filter and "Ga naar ontwikkeling".

const focused = (page: Page) => page.locator(':focus');

/** Presses Tab until `target` has focus (at most `max` times); fails otherwise. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 15) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** The focused element's top edge is below the sticky totals bar (not hidden behind it). */
async function expectFocusBelowBar(page: Page) {
  const { focusTop, focusBottom, barBottom, viewport } = await page.evaluate(() => {
    const bar = document.querySelector('[data-testid="summary-bar"]')!.getBoundingClientRect();
    const el = document.activeElement!.getBoundingClientRect();
    return { focusTop: el.top, focusBottom: el.bottom, barBottom: bar.bottom, viewport: window.innerHeight };
  });
  expect(focusTop).toBeGreaterThanOrEqual(barBottom - 1);
  expect(focusBottom).toBeLessThanOrEqual(viewport + 1);
}

test('long budget: the grid with the keyboard only, totals kept in view, domain filter and jump', async ({ page }) => {
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt (toetsenbord)');
  await page.goto(`/begrotingen/${id}`);
  const grid = page.getByRole('grid', { name: 'Begrotingsregels per jaar, met subtotalen per domein' });
  await expect(grid).toBeVisible();
  // One tab stop for the whole grid: no button or cell inside it besides one cell is tabbable.
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await expect(grid.locator('button:not([tabindex="-1"]), a[href]:not([tabindex="-1"])')).toHaveCount(0);

  // Domain filter with the keyboard.
  await page.getByRole('link', { name: /^Dienstverlening/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/domein=dienstverlening/);
  await expect(page.getByRole('heading', { name: 'Begrotingsregels per jaar: Dienstverlening' })).toBeVisible();
  await expect(grid.getByRole('row', { name: /^Bedrijfsvoering/ })).toHaveCount(0);

  // Collapse everything, then "Ga naar ontwikkeling" opens that development and focuses its heading.
  await tabTo(page, page.getByRole('button', { name: 'Alles inklappen' }), 60);
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('row', { name: /^Opleiding in VNG methodiek klantreizen/ })).toHaveCount(0);
  await expect(grid.getByRole('button', { name: 'Van buiten naar binnen' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByLabel('Ga naar ontwikkeling').focus();
  await page.getByLabel('Ga naar ontwikkeling').selectOption({ label: 'Van buiten naar binnen' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Ga naar', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(focused(page)).toContainText('Van buiten naar binnen');
  await expect(grid.getByRole('button', { name: 'Van buiten naar binnen' })).toHaveAttribute('aria-expanded', 'true');
  await expectFocusBelowBar(page);

  // Arrow keys in the grid: down to the line, right to its 2027 amount, End to its actions.
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveAttribute('scope', 'row');
  await expect(focused(page)).toContainText('Opleiding in VNG methodiek klantreizen');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAttribute('role', 'gridcell');
  await expect(
    focused(page).getByRole('button', { name: /hoe berekend: Opleiding in VNG methodiek klantreizen 2027/ }),
  ).toHaveCount(1);
  await page.keyboard.press('End');
  const edit = page.getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' });
  await expect(
    focused(page).getByRole('button', { name: 'Aanpassen: Opleiding in VNG methodiek klantreizen' }),
  ).toHaveCount(1);

  // Enter presses "Aanpassen"; focus goes into the editor; typing previews the totals.
  const before = await totalFor(page, 2027);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Bedrag (€)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('9000');
  await expect.poll(() => totalFor(page, 2027)).not.toBe(before);
  await tabTo(page, page.getByLabel('Toelichting (verplicht)'));
  await page.keyboard.type('Extra training');
  await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect(edit).toBeFocused();
  // Escape goes back from the button to its cell, and the arrows move on from there.
  await page.keyboard.press('Escape');
  await expect(focused(page)).toHaveAttribute('role', 'gridcell');
  await page.keyboard.press('Home');
  await expect(focused(page)).toContainText('Opleiding in VNG methodiek klantreizen');
  await expect(focused(page)).toContainText('Aangepast');
  await expectNoAxeViolations(page, 'begroting met toetsenbordraster');

  // The totals stay in view while scrolling, and a focused cell is not hidden behind them.
  await page.getByRole('link', { name: /^Alle domeinen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${id}\\?$|/begrotingen/${id}$`));
  await page.getByRole('button', { name: 'Alles uitklappen' }).focus();
  await page.keyboard.press('Enter');
  const bar = page.getByTestId('summary-bar');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(bar).toBeInViewport();
  expect((await bar.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(-1);
  await expect(bar.getByTestId('total-2027')).toBeInViewport();
  // From the bottom of the page, Ctrl+Home in the grid scrolls back to the column headings.
  await grid.locator('tfoot th').last().focus();
  await page.keyboard.press('Control+Home');
  await expect(focused(page)).toHaveText('Regel');
  await expectFocusBelowBar(page);

  // Text filter: only matching developments and lines.
  const allRows = await grid.locator('tbody th[scope="row"]').count();
  await page.getByLabel('Filter op ontwikkeling of regel').fill('klantrei');
  await expect(page.getByTestId('grid-count')).toHaveText(/^\d+ van \d+ regels getoond$/);
  const [shown, total] = ((await page.getByTestId('grid-count').textContent()) ?? '').match(/\d+/g)!.map(Number);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total!);
  await expect(grid.getByRole('row', { name: /^Opleiding in VNG methodiek klantreizen/ })).toBeVisible();
  expect(await grid.locator('tbody th[scope="row"]').count()).toBeLessThan(allRows);
  await expectNoAxeViolations(page, 'begroting gefilterd');
});

test('at 390 px the sticky totals bar stays small and does not hide the focused control', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt (390 px)');
  await page.goto(`/begrotingen/${id}`);
  const bar = page.getByTestId('summary-bar');
  await expect(bar).toBeVisible();
  const height = (await bar.boundingBox())?.height ?? 1000;
  expect(height).toBeLessThan(844 * 0.25);
  // Scrolled to the bottom, the bar is still there…
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(bar).toBeInViewport();
  // …and moving focus up the page keeps the focused element below it.
  await page.getByRole('button', { name: 'Alles inklappen' }).focus();
  await expectFocusBelowBar(page);
  await page.getByLabel('Filter op ontwikkeling of regel').focus();
  await expectFocusBelowBar(page);
  await expectNoAxeViolations(page, 'begroting op 390 px');
});

test('an imported workbook of more than 300 lines opens collapsed; "Ga naar" opens one development; expanded, only the rows in view are rendered', async ({
  page,
  baseURL,
}) => {
  // The admin imports an official-style workbook (CSV) of 440 lines in 44 developments and publishes it.
  const admin = await request.newContext({ baseURL });
  const signedIn = await admin.post('/api/auth/sign-in', {
    data: { email: 'admin@demo.example', password: DEMO_PASSWORD },
  });
  expect(signedIn.status()).toBe(200);
  const headers = {
    'x-csrf-token': ((await signedIn.json()) as { csrfToken: string }).csrfToken,
    origin: baseURL ?? '',
  };
  const rows = ['Domein;Ontwikkeling;Omschrijving;Soort;Bedrag'];
  for (let i = 0; i < 440; i++)
    rows.push(
      `${i % 2 ? 'Bedrijfsvoering' : 'Dienstverlening'};Ontwikkeling ${(i % 44) + 1};Begrotingsregel ${i + 1};Incidenteel;1.000`,
    );
  const upload = await admin.post('/api/catalog/imports', {
    headers,
    multipart: {
      file: { name: 'werkboek.csv', mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8') },
    },
  });
  expect(upload.status()).toBe(201);
  const preview = (await upload.json()) as { id: string; suggestedMapping: Record<string, string> };
  const commit = await admin.post(`/api/catalog/imports/${preview.id}/commit`, {
    headers,
    data: { mapping: preview.suggestedMapping, editionName: 'Lang werkboek 440 regels' },
  });
  expect(commit.status()).toBe(201);
  const editionId = ((await commit.json()) as { edition: { id: string } }).edition.id;
  expect((await admin.post(`/api/catalog/editions/${editionId}/publish`, { headers })).status()).toBe(200);

  await signIn(page);
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/budgets', {
    data: { name: 'Lange begroting', cbsCode: 'GM0310', firstYear: 2027, editionId },
    headers: { 'x-csrf-token': csrfToken, origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  // The suite shares one database: withdraw the edition again at once, so the specs after this one
  // keep the Modelgemeente as the current edition (the budget keeps the edition it was made with).
  expect((await admin.post(`/api/catalog/editions/${editionId}/retire`, { headers })).status()).toBe(200);
  await admin.dispose();
  await page.goto(`/begrotingen/${((await created.json()) as { id: string }).id}`);

  const grid = page.getByRole('grid', { name: /Begrotingsregels per jaar/ });
  await expect(page.getByTestId('long-budget-note')).toContainText('440 regels');
  await expect(page.getByTestId('grid-count')).toHaveText('440 regels');
  // Every development is one heading row with its totals; no line rows yet.
  await expect(grid.locator('tbody tr[data-development]')).toHaveCount(44);
  await expect(grid.getByRole('row', { name: /^Begrotingsregel \d+/ })).toHaveCount(0);
  await expect(grid.getByRole('button', { name: 'Ontwikkeling 7', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  const heading = grid
    .locator('tbody tr[data-development]')
    .filter({ hasText: /^▸ Ontwikkeling 7 \(10 regels ingeklapt\)/ });
  await expect(heading).toContainText(/Totaal Ontwikkeling 7 2027: €\s[1-9]/);
  const collapsedTotal = await heading.locator('td').first().textContent();

  await page.getByLabel('Ga naar ontwikkeling').selectOption({ label: 'Ontwikkeling 7' });
  await page.getByRole('button', { name: 'Ga naar', exact: true }).press('Enter');
  await expect(focused(page)).toContainText('Ontwikkeling 7');
  await expect(grid.getByRole('button', { name: 'Ontwikkeling 7', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(grid.getByRole('row', { name: /^Begrotingsregel \d+/ })).toHaveCount(10);
  // Opened, the heading shows the same total (collapsing only hides rows).
  await expect(
    grid
      .locator('tbody tr[data-development]')
      .filter({ hasText: /^▾ Ontwikkeling 7/ })
      .locator('td')
      .first(),
  ).toHaveText(collapsedTotal ?? '');
  await expectFocusBelowBar(page);
  // The arrow keys continue from the heading into its lines.
  await page.keyboard.press('ArrowDown');
  await expect(focused(page)).toHaveText(/^Begrotingsregel 7$/);
  await expectNoAxeViolations(page, 'lange begroting ingeklapt');

  // Everything expanded: 440 lines + 44 development headings + 2 domains + their subtotals is more
  // than the grid renders at once. It announces its full size, renders only the rows near the view…
  await page.getByRole('button', { name: 'Alles uitklappen' }).click();
  const bodyRows = 2 + 44 + 440 + 2 * 4;
  await expect(grid).toHaveAttribute('aria-rowcount', String(1 + bodyRows + 4));
  const rendered = await grid.locator('tbody tr:not([data-spacer])').count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(bodyRows / 2);
  await expect(grid.locator('tbody tr[aria-rowindex="2"]')).toHaveClass(/app-row--domain/);
  // …and the keyboard walks on past the rendered rows: PageDown (10 rows at a time) reaches the
  // grand total in the footer; every step lands on a rendered cell, and the rows in between follow.
  await grid.locator('tbody tr[aria-rowindex="2"] th').focus();
  const rowIndexOfFocus = () => focused(page).evaluate((el) => Number(el.closest('tr')?.getAttribute('aria-rowindex')));
  let previous = 2;
  for (let i = 0; i < 100 && previous < 1 + bodyRows + 4; i++) {
    await page.keyboard.press('PageDown');
    const now = await rowIndexOfFocus();
    expect(now - previous).toBeGreaterThanOrEqual(0);
    expect(now - previous).toBeLessThanOrEqual(10);
    previous = now;
  }
  await expect(focused(page)).toHaveText('Totaal begroting');
  expect(previous).toBe(1 + bodyRows + 4);
  await expectFocusBelowBar(page);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(focused(page)).toHaveText(/^Totaal (Bedrijfsvoering|Dienstverlening)$/);
  expect(await rowIndexOfFocus()).toBe(1 + bodyRows);
  // Ctrl+Home goes back to the column headings; "Ga naar" reaches a development that is not rendered.
  await page.keyboard.press('Control+Home');
  await expect(focused(page)).toHaveText('Regel');
  await page.getByLabel('Ga naar ontwikkeling').selectOption({ label: 'Ontwikkeling 44' });
  await page.getByRole('button', { name: 'Ga naar', exact: true }).press('Enter');
  await expect(focused(page)).toContainText('Ontwikkeling 44');
  await expectFocusBelowBar(page);
  // An edit far down the list keeps its editor while the page scrolls elsewhere, and still saves.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Bedrag (€)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2500');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByLabel('Bedrag (€)')).toHaveValue('2500');
  await page.getByLabel('Toelichting (verplicht)').fill('Offerte ontvangen');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByTestId('save-state')).toHaveText('Alle wijzigingen opgeslagen');
  await expect(grid.getByRole('row', { name: /^Begrotingsregel 44 Aangepast/ })).toHaveCount(1);
  await expectNoAxeViolations(page, 'lange begroting uitgeklapt (venster)');
});
