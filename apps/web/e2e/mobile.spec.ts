import { expect, test, type Page } from '@playwright/test';
import { createBudgetViaApi, docScreenshotPath, expectNoAxeViolations, showAllCharts } from './helpers.ts';
import { signInAs, signOut } from './helpers/sign-in.ts';

// Every main screen at 390 px (a phone): no horizontal page scroll, the navigation reachable, and
// axe clean. Wide tables may scroll, but only inside their own focusable container (.app-table-wrap).
const WIDTH = 390;
test.use({ viewport: { width: WIDTH, height: 844 } });

/** The page is no wider than the viewport; on failure names the elements that stick out. */
async function expectNoHorizontalScroll(page: Page, screen: string) {
  const { scrollWidth, offenders } = await page.evaluate((width) => {
    const insideScroller = (el: Element) =>
      el.closest('.app-table-wrap') !== null && !el.classList.contains('app-table-wrap');
    const overflowsItself = (el: Element) =>
      el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === 'visible';
    const candidates = [...document.querySelectorAll('body *')].filter(
      (el) => !insideScroller(el) && (el.getBoundingClientRect().right > width + 0.5 || overflowsItself(el)),
    );
    // Name the innermost culprits, not every ancestor they push out.
    const offenders = candidates
      .filter((el) => !candidates.some((other) => other !== el && el.contains(other)))
      .slice(0, 6)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" → ${Math.round(el.getBoundingClientRect().right)}px/${el.scrollWidth}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  }, WIDTH);
  expect
    .soft(scrollWidth, `${screen}: page wider than ${WIDTH} px (${offenders.join('; ')})`)
    .toBeLessThanOrEqual(WIDTH);
}

/** Labels, tabs and chart text use the theme's bundled font, not the browser default (Times). */
async function expectThemeFont(page: Page, screen: string, selectors: string[]) {
  const fonts = await page.evaluate(async (list) => {
    await document.fonts.ready;
    return list.map((selector) => {
      const el = document.querySelector(selector);
      return `${selector}: ${el ? getComputedStyle(el).fontFamily : 'missing'}`;
    });
  }, selectors);
  expect.soft(fonts, screen).toEqual(selectors.map((selector) => `${selector}: "Noto Sans", sans-serif`));
  // The face itself is bundled (font-src 'self'), so it is there even where the device has none.
  expect
    .soft(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded'),
      ),
    )
    .toBe(true);
}

async function checkScreen(page: Page, screen: string) {
  await expectNoHorizontalScroll(page, screen);
  await test.step(`axe ${screen}`, () => expectNoAxeViolations(page, `${screen} at ${WIDTH} px`));
}

test('every main screen fits 390 px without horizontal page scroll', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/inloggen');
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
  await checkScreen(page, 'aanmelden');

  await signInAs(page, 'advisor', '/');
  // The main navigation stays reachable: every item is on screen (it wraps instead of running off).
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const item of ['Start', 'Catalogus', 'Begrotingen', 'Beheer']) {
    const link = nav.getByRole('link', { name: item, exact: true });
    await expect(link).toBeInViewport();
  }
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeInViewport();

  await page.getByRole('combobox', { name: 'Gemeente' }).fill('Bilt');
  await page.getByRole('option', { name: /De Bilt/ }).click();
  await expect(page.getByRole('heading', { name: /Gemeenteprofiel De Bilt/ })).toBeVisible();
  await checkScreen(page, 'start');

  await page.goto('/catalogus?gemeente=GM0310&domein=dienstverlening');
  await expect(page.getByText(/herschaald naar De Bilt/)).toBeVisible();
  await checkScreen(page, 'catalogus');
  // Filter selects look like selects: the Utrecht chevron is there.
  expect(
    await page
      .locator('select')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundImage),
  ).toContain('svg');

  const id = await createBudgetViaApi(page, 'GM0310', 'ICT-begroting De Bilt 2027');
  await page.goto('/begrotingen');
  await expect(page.getByRole('link', { name: /ICT-begroting De Bilt 2027/ }).first()).toBeVisible();
  await checkScreen(page, 'begrotingen');

  await page.goto(`/begrotingen/${id}?domein=dienstverlening`);
  await expect(page.getByRole('button', { name: /Aanpassen: Opleiding in VNG/ })).toBeVisible();
  await checkScreen(page, 'begroting');
  // The year totals fit the screen's width, not cut off to the right.
  const totals = page.getByRole('region', { name: 'Totalen en opslagstatus' });
  await totals.scrollIntoViewIfNeeded();
  for (const year of [2027, 2028, 2029, 2030])
    await expect(page.getByTestId(`total-${year}`)).toBeInViewport({ ratio: 1 });
  // The documentation shot: the top of the builder, with the wrapped menu and tabs.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: docScreenshotPath('17-mobiel-begroting'), fullPage: false });

  for (const [path, screen, ready] of [
    ['uitgangspunten', 'uitgangspunten', () => page.getByLabel('Salaristabel')],
    ['scenarios', "scenario's", () => page.getByLabel('Naam van het nieuwe scenario')],
    ['dashboard', 'dashboard', () => page.locator('.app-chart').first()],
    ['historie', 'status en historie', () => page.getByRole('heading', { name: 'Opmerkingen' })],
    ['exporteren', 'exporteren', () => page.getByRole('heading', { level: 2 }).first()],
  ] as const) {
    await page.goto(`/begrotingen/${id}/${path}`);
    await expect(ready()).toBeVisible();
    if (path === 'dashboard') await showAllCharts(page);
    await checkScreen(page, screen);
    if (path === 'dashboard')
      await expectThemeFont(page, screen, [
        '.app-tabs a',
        '.recharts-cartesian-axis-tick-value',
        '.recharts-legend-item-text',
        '.app-summary-bar dt',
      ]);
    if (path === 'uitgangspunten')
      await expectThemeFont(page, screen, ['label.utrecht-form-label', '.utrecht-form-field-description']);
  }

  await signOut(page);
  await signInAs(page, 'admin', '/beheer');
  await expect(page.getByRole('heading', { name: 'Referentiegegevens' })).toBeVisible();
  await checkScreen(page, 'beheer');
  await page.goto('/beheer/referentiegegevens');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Eenheid toevoegen' }).or(page.getByRole('table').first()).first(),
  ).toBeVisible();
  await checkScreen(page, 'beheer referentiegegevens');
  await page.goto('/beheer/catalogus');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkScreen(page, 'beheer catalogus');
});
