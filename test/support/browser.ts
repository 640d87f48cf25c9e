import { existsSync } from 'node:fs';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

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

/** What a browser suite saw go wrong: requests that left the server, and page errors (CSP refusals among them). */
export interface BrowserWatch {
  outside: string[];
  pageErrors: string[];
}

/**
 * A person's own browser context as the suites use it: British locale and zone, a desktop window or
 * a phone's, reaching `baseUrl` (and `alsoReach`, e.g. an identity provider started by the test) and nothing else (any other request is refused and noted in
 * `watch.outside`); every page it opens notes its errors and CSP refusals in `watch.pageErrors`.
 */
export async function personContext(
  browser: Browser,
  baseUrl: string,
  watch: BrowserWatch,
  window: { phone?: { width: number; height: number }; alsoReach?: string[] } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    ...(window.phone
      ? { viewport: window.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : { viewport: { width: 1280, height: 900 } }),
  });
  const origins = new Set([baseUrl, ...(window.alsoReach ?? [])].map((url) => new URL(url).origin));
  await context.route(
    (url) => !origins.has(url.origin),
    (route) => {
      watch.outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('page', (page) => {
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => watch.pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
        watch.pageErrors.push(`${page.url()}: ${message.text()}`);
    });
  });
  return context;
}

/**
 * Axe's violations on the page as it stands. axe-core is put into each document once (through
 * page.evaluate, which the server's CSP cannot refuse, as it would a script tag) and run there,
 * reporting violations alone (axe then skips building selectors for what passes): about a sixth
 * of the time of @axe-core/playwright's AxeBuilder, which opened a page of its own for every
 * analysis to finish its run (the five-step walk spent most of its time there).
 */
export async function axeViolations(page: Page): Promise<axe.Result[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  const results = await page.evaluate(() => (globalThis as unknown as { axe: typeof axe }).axe.run({ resultTypes: ['violations'] }));
  return results.violations;
}

/** One line for a violation: its impact, rule, help and where. */
export const axeLine = (violation: axe.Result): string =>
  `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`;

/** Axe's serious and critical findings on the page as it stands, one line each. */
export async function axeProblems(page: Page): Promise<string[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map(axeLine);
}
