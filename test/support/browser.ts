import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * The one way tests start a browser: Debian's Chromium through playwright-core (no browser is
 * downloaded: CI installs the `chromium` package).
 */
export const CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps calling out, and a closed network refuses it. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--lang=en-GB'];

/** Headless Chromium; close it when done (playwright removes its profile). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/**
 * Whether browser tests can run here. Where CI=true a missing Chromium is an error, so CI never
 * passes by skipping them; elsewhere the caller skips, with a line saying why.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${suite}: ${CHROMIUM} is missing, and CI must run the browser tests (apt-get install -y chromium).`);
  }
  console.info(`${suite}: ${CHROMIUM} not found, skipping the headless browser tests (apt-get install -y chromium runs them).`);
  return false;
}
