// Installs the system tools the test suite needs (Debian packages) when they are missing and we
// may install (root or passwordless sudo). Elsewhere it says what will be skipped; in CI a missing
// tool is an error, because nothing may skip there.
import { execSync } from 'node:child_process';
import { tools } from './tools.mjs';

const ci = process.env.CI === 'true';
const missing = () => tools.filter((t) => !t.find());

const canRun = (cmd) => {
  try {
    execSync(cmd, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

let todo = missing();
if (todo.length > 0 && canRun('command -v apt-get')) {
  const sudo = process.getuid?.() === 0 ? '' : canRun('sudo -n true') ? 'sudo -n ' : null;
  if (sudo !== null) {
    const pkgs = todo.map((t) => t.apt).join(' ');
    console.log(`Installeren van systeemhulpmiddelen voor de tests: ${pkgs}`);
    execSync(
      `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq --no-install-recommends ${pkgs}`,
      {
        stdio: 'inherit',
        shell: '/bin/sh',
      },
    );
    todo = missing();
  }
}

if (todo.length > 0) {
  const list = todo.map((t) => `  - ${t.name} (apt package ${t.apt}) for ${t.usedFor}`).join('\n');
  if (ci) {
    console.error(`CI=true and these tools are missing, so tests would skip:\n${list}`);
    process.exit(1);
  }
  console.warn(
    `Warning: missing tools, the tests that need them will be skipped:\n${list}\nInstall them with apt-get as root to run everything.`,
  );
}
