import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Signs in through the form at /inloggen (the start page itself is public). */
export { signInWithForm as signIn } from './helpers/sign-in.ts';

/** WCAG 2.1 A/AA with axe: the screen must have zero violations. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/** Creates a budget for a municipality through the API, as the signed-in page's session. */
export async function createBudgetViaApi(page: Page, cbsCode: string, name: string): Promise<string> {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const response = await page.request.post('/api/budgets', {
    data: { name, cbsCode, firstYear: 2027 },
    headers: { 'x-csrf-token': csrfToken, origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function totalFor(page: Page, year: number): Promise<string> {
  return (await page.getByTestId(`total-${year}`).textContent()) ?? '';
}

/**
 * Where a documentation screenshot goes: docs/screenshots with UPDATE_SCREENSHOTS=1, else the
 * test's own output folder, so an ordinary test run leaves the working tree alone.
 */
export function docScreenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1'
    ? `docs/screenshots/${name}.png`
    : test.info().outputPath(`${name}.png`);
}

/**
 * Brings every dashboard chart into view once, so each renders (charts render only near the
 * viewport: features/dashboard/lazy-charts.tsx), waits until none is a placeholder, and returns to the top.
 */
export async function showAllCharts(page: Page) {
  await expect(page.locator('.app-chart').first()).toBeVisible();
  // Each poll brings the first chart still waiting into view, until none waits.
  await expect
    .poll(() =>
      page.evaluate(() => {
        document.querySelector('.app-chart-loading')?.scrollIntoView({ block: 'center' });
        return document.querySelectorAll('.app-chart-loading').length;
      }),
    )
    .toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
