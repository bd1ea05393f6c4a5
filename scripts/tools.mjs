// Where the system tools the test suite uses live. Shared by ensure-tools and run-e2e so both agree.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const onPath = (cmd) => {
  try {
    return (
      execSync(`command -v ${cmd}`, { stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' })
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
};

/** Debian's wrapper script prints noise on stderr; the real binary behind it does not. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', onPath('chromium')];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export const tools = [
  { name: 'chromium', apt: 'chromium', find: chromiumPath, usedFor: 'browser (Playwright e2e) tests' },
  { name: 'soffice', apt: 'libreoffice-calc', find: () => onPath('soffice'), usedFor: 'Excel recalculation tests' },
  { name: 'pdftotext', apt: 'poppler-utils', find: () => onPath('pdftotext'), usedFor: 'PDF text/render tests' },
];
