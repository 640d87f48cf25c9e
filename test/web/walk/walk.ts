import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningServer } from '../harness';

/**
 * What each step's part of the five-step walk (../walk.e2e-spec.ts) is given: the manager's page,
 * where the programme is, and the checks every screen passes through. A step's driver
 * (./map.ts … ./grow.ts, ./surveys.ts) works only through the screens, as a person would.
 */
export interface Walk {
  server: RunningServer;
  browser: Browser;
  /** The programme manager's page (signed in, an ADMIN of the organisation). */
  page: Page;
  organisationId: string;
  programmeId: string;
  /** /o/<organisationId>/programmes/<programmeId>: the board. */
  boardPath: string;
  /** Once a screen has loaded: axe (serious and critical findings fail the walk at its end) and a full-page screenshot named `name`. */
  visit(page: Page, name: string): Promise<void>;
  /** A new browser context of its own (no cookies), reaching nothing but the server; `phone` gives a phone-sized, touch window. */
  newContext(options?: { phone?: boolean }): Promise<BrowserContext>;
  /** Anything a step wants to hand to a later one (a pilot's name, a survey's link). */
  shared: Record<string, string>;
}

/** The path of one of the programme's work areas, e.g. area(walk, 'map'). */
export const area = (walk: Walk, path: 'map' | 'focus' | 'people' | 'market' | 'grow' | 'surveys' | 'risks') => `${walk.boardPath}/${path}`;

/** Screens that loaded: the loading line has gone. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => !(globalThis as any).document.querySelector('.state--loading'));
}

export const SCREENS = path.join(process.cwd(), 'test-results/screens');

/** Presses Tab until `target` has the focus (keyboard only), and checks that the focus shows. */
export async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= most; presses++) {
    if (await target.evaluate((element: any) => element === element.ownerDocument.activeElement)) {
      const outline = await target.evaluate((element) => (globalThis as any).getComputedStyle(element).outlineStyle);
      if (outline === 'none') throw new Error(`${await target.textContent()} has the focus but shows no outline`);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The board's checklist of a step ("Map it"), on the board showing that step. */
export async function boardChecklist(walk: Walk, stepName: string): Promise<Locator> {
  const { page } = walk;
  const steps = ['Map it', 'Focus it', 'People it', 'Market it', 'Grow it'];
  const code = ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'][steps.indexOf(stepName)];
  await page.goto(`${walk.boardPath}?step=${code}`);
  const list = page.getByRole('list', { name: `Checklist of ${stepName}` });
  await list.waitFor();
  return list;
}

/** Ticks a manual checklist item on the board, with the evidence typed (a person's words, as in a workshop's notes). */
export async function tickOnBoard(walk: Walk, stepName: string, itemTitle: string, evidence: string): Promise<void> {
  const list = await boardChecklist(walk, stepName);
  const item = list.getByRole('listitem', { name: itemTitle });
  await item.getByRole('button', { name: 'Tick with evidence' }).click();
  await item.getByRole('textbox', { name: 'Evidence note' }).fill(evidence);
  await item.getByRole('button', { name: 'Tick item' }).click();
  await item.getByRole('button', { name: 'Untick' }).waitFor();
}

/**
 * Waits until an item checked from the records shows on the board as done, saying what the records
 * show, with nothing to tick: the screens' work already evidences it.
 */
export async function expectDoneFromRecords(walk: Walk, stepName: string, itemTitle: string, shows: RegExp): Promise<void> {
  const list = await boardChecklist(walk, stepName);
  const item = list.getByRole('listitem', { name: itemTitle });
  await item.getByText('Done', { exact: true }).waitFor();
  await item.getByText('What the records show:').waitFor();
  await item.getByText(shows).waitFor();
  if (await item.getByRole('button', { name: 'Tick with evidence' }).count()) throw new Error(`${itemTitle} offers a tick box`);
}

/** Waits until the board says the step's gate is open (every required item satisfied). */
export async function expectGateOpen(walk: Walk, stepName: string): Promise<void> {
  await boardChecklist(walk, stepName);
  await walk.page
    .getByRole('region', { name: new RegExp(`^${stepName}, cycle`) })
    .getByText('The gate is open', { exact: false })
    .waitFor();
}
