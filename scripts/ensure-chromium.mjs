// @ts-check
/**
 * postinstall: make sure the build (diagrams), the PDF export and the tests have a
 * Chromium. Finds one, or obtains one (Debian's package as root with apt, else
 * Playwright's installer), or stops with one sentence saying how to provide it.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HOW_TO_PROVIDE_CHROMIUM } from './chromium.mjs';

/** @param {string} cmd */
function tryRun(cmd) {
  try {
    execSync(cmd, { stdio: 'inherit', timeout: 15 * 60 * 1000 });
    return true;
  } catch {
    return false;
  }
}

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package…');
  tryRun('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}
if (!findChromium()) {
  console.log('Trying Playwright\'s browser installer…');
  tryRun('npx --no-install playwright install chromium');
}

const path = findChromium();
if (!path) {
  console.error(HOW_TO_PROVIDE_CHROMIUM);
  process.exit(1);
}
console.log(`Chromium: ${path}`);
