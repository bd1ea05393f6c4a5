import { expect, type Page } from '@playwright/test';

export type Role = 'advisor' | 'manager' | 'admin';

/** The demo password the server was started with (README: `begroting-demo-2026` unless DEMO_PASSWORD is set). */
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'begroting-demo-2026';

export const demoEmail = (role: Role) => `${role}@demo.example`;

/**
 * Signs the page's browser context in as a demo user through the API (fast; the session cookie is
 * shared with the page) and opens `path`. Returns the CSRF token for direct API calls.
 */
export async function signInAs(page: Page, role: Role = 'advisor', path = '/'): Promise<string> {
  const origin = new URL(page.url().startsWith('http') ? page.url() : 'http://127.0.0.1').origin;
  const response = await page.request.post('/api/auth/sign-in', {
    data: { email: demoEmail(role), password: DEMO_PASSWORD },
    headers: page.url().startsWith('http') ? { origin } : {},
  });
  expect(response.status(), await response.text()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  await page.goto(path);
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
  return csrfToken;
}

/** Signs in through the form at /inloggen, the way a user does. */
export async function signInWithForm(page: Page, role: Role = 'advisor') {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(demoEmail(role));
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toHaveCount(0);
}
