// @ts-check
/**
 * The one Chromium lookup shared by build-time diagrams, PDF export and browser tests.
 *
 * Order: $CHROMIUM_PATH → Playwright's own downloaded browser → system packages.
 * Playwright cannot download browsers on every machine (closed networks), while
 * Debian's `chromium` package usually can be installed, so both are accepted.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const HOW_TO_PROVIDE_CHROMIUM =
  'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @returns {string | undefined} */
function playwrightBrowserPath() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a Chromium executable, or returns undefined.
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file exists there.`);
  }
  return playwrightBrowserPath() ?? SYSTEM_PATHS.find((p) => existsSync(p));
}

/** Like findChromium, but stops with one sentence that says how to provide a browser. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(HOW_TO_PROVIDE_CHROMIUM);
  return path;
}

/**
 * Launch options for Playwright's chromium.launch().
 * As root, Chromium refuses to start without --no-sandbox; background networking only
 * produces refused connections on closed networks.
 */
export function chromiumLaunchOptions() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    executablePath: requireChromium(),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  };
}
