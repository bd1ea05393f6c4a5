/** Drops the fresh PostgreSQL database playwright.config.ts made for this run (if it made one). */
export default async function globalTeardown() {
  const database = (globalThis as { e2eDatabase?: { drop(): Promise<void> } }).e2eDatabase;
  // The web server still holds connections until Playwright stops it; FORCE ends them.
  await database?.drop().catch((error: unknown) => console.warn('Could not drop the e2e database:', error));
}
