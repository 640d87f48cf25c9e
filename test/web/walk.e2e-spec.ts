import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeProblems, chromiumAvailable, launchBrowser, personContext } from '../support/browser';
import { buildIfStale, type RunningServer, startBuiltServer } from './harness';
import { focusIt } from './walk/focus';
import { growIt } from './walk/grow';
import { lookHereFirst } from './walk/look-here';
import { mapIt } from './walk/map';
import { marketIt } from './walk/market';
import { peopleIt } from './walk/people';
import { risks } from './walk/risks';
import { surveys } from './walk/surveys';
import { expectGateOpen, loaded, SCREENS, type Walk } from './walk/walk';

/**
 * The five steps in a real browser, from sign-up to a completed programme, through the screens
 * alone (no GraphQL typed by hand): each step's work area satisfies its gate (./walk/<step>.ts),
 * then the board's move goes on without an override. Residents answer the survey on a phone-sized
 * window; a second survey points the map to where to look first (./walk/look-here.ts); while
 * Market it is current, the risks area records a decision that a resident then reads on the
 * "you said, we did" page (./walk/risks.ts). Every screen is checked with axe and photographed
 * into test-results/screens/walk-*.
 *
 * For working on one step: WALK_FROM=FOCUS (MAP, FOCUS, PEOPLE, MARKET, GROW) passes the steps
 * before it by the board's override, with a reason, instead of doing their work; WALK_TO=PEOPLE stops
 * after that step. CI runs the whole walk.
 * Embedded database only, as ./browser.e2e-spec.ts.
 */
const onEmbedded = !process.env.DATABASE_URL?.trim();
const run = onEmbedded && chromiumAvailable('web walk');

const PASSWORD = 'correct horse battery staple';
/** Each step's own work, then the work areas walked while it is current (surveys; risks and disagreements, before the programme completes). */
const STEPS: ReadonlyArray<{
  code: string;
  name: string;
  work: (walk: Walk) => Promise<void>;
  also?: Array<(walk: Walk) => Promise<void>>;
}> = [
  { code: 'MAP', name: 'Map it', work: mapIt, also: [surveys, lookHereFirst] },
  { code: 'FOCUS', name: 'Focus it', work: focusIt },
  { code: 'PEOPLE', name: 'People it', work: peopleIt },
  { code: 'MARKET', name: 'Market it', work: marketIt, also: [risks] },
  { code: 'GROW', name: 'Grow it', work: growIt },
];
const from = Math.max(
  0,
  STEPS.findIndex((s) => s.code === process.env.WALK_FROM),
);
const until = process.env.WALK_TO ? STEPS.findIndex((s) => s.code === process.env.WALK_TO) : STEPS.length - 1;

(run ? describe : describe.skip)('the five steps in a browser: a new organisation to a completed programme', () => {
  let server: RunningServer;
  let browser: Browser;
  let walk: Walk;
  const findings: string[] = [];
  const pageErrors: string[] = [];
  const outside: string[] = [];
  let screenNumber = 0;

  beforeAll(async () => {
    buildIfStale((line) => console.info(line));
    server = await startBuiltServer();
    browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
    for (const old of readdirSync(SCREENS)) if (old.startsWith('walk-')) rmSync(path.join(SCREENS, old));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  const newContext: Walk['newContext'] = ({ phone = false } = {}) =>
    personContext(browser, server.url, { outside, pageErrors }, phone ? { phone: { width: 390, height: 844 } } : {});

  const visit: Walk['visit'] = async (page, name) => {
    await loaded(page);
    const problems = await axeProblems(page);
    if (problems.length) findings.push(`${name}: ${problems.join('; ')}`);
    await page.screenshot({ path: path.join(SCREENS, `walk-${String(++screenNumber).padStart(2, '0')}-${name}.png`), fullPage: true });
  };

  /** On failure, the manager's page is photographed into test-results/failures/ to show why. */
  function step(name: string, test: () => Promise<void>, timeout = 240_000): void {
    it(
      name,
      async () => {
        try {
          await test();
        } catch (error) {
          const folder = path.join(path.dirname(SCREENS), 'failures');
          mkdirSync(folder, { recursive: true });
          await walk?.page
            .screenshot({ path: path.join(folder, `walk-${name.replace(/\W+/g, '-').slice(0, 50)}.png`), fullPage: true })
            .catch(() => undefined);
          throw error;
        }
      },
      timeout,
    );
  }

  step('signs up, creates an organisation and starts a programme', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const email = `pat.${Date.now().toString(36)}@example.org`;
    await page.goto('/sign-up');
    await page.getByLabel('Your name').fill('Pat Organiser');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/organisations/new');
    await page.getByLabel('Organisation name').fill('Northbridge Housing Trust');
    await page.getByLabel('Time zone').selectOption('Europe/London');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
    const organisationId = new URL(page.url()).pathname.split('/')[2];

    await page.getByLabel('Programme name').fill('Tenant-led repairs');
    await page.getByRole('button', { name: 'Start programme' }).click();
    await page.waitForURL(/\/programmes\/[0-9a-f-]{36}$/);
    const boardPath = new URL(page.url()).pathname;
    await page.getByRole('region', { name: 'Map it, cycle 1' }).waitFor();
    walk = { server, browser, page, organisationId, programmeId: boardPath.split('/').pop()!, boardPath, visit, newContext, shared: {} };
    await visit(page, 'board-start');
  });

  for (const [index, { code, name, work, also = [] }] of STEPS.entries()) {
    if (index > until) continue;
    const last = index === STEPS.length - 1;
    step(
      index < from
        ? `passes ${name} by override (WALK_FROM=${process.env.WALK_FROM})`
        : `satisfies ${name}'s gate through its screens, then ${last ? 'completes the programme' : 'advances'}`,
      async () => {
        const { page } = walk;
        await page.goto(walk.boardPath);
        await page.getByRole('region', { name: `${name}, cycle 1` }).waitFor();
        if (index >= from) {
          await nameOwner(page, name);
          await work(walk);
          for (const more of also) await more(walk);
          await expectGateOpen(walk, name);
          await page.goto(walk.boardPath);
        }
        const move =
          index < from
            ? last
              ? 'Override the gate and complete'
              : 'Override the gate and advance'
            : last
              ? 'Complete the programme'
              : 'Advance to the next step';
        await page.getByRole('group', { name: 'Moves' }).getByRole('button', { name: move }).click();
        const dialog = page.getByRole('dialog', { name: move });
        if (index < from)
          await dialog
            .getByRole('textbox', { name: 'Reason' })
            .fill(`Working on ${STEPS[from].name} alone: the earlier steps are passed by override in this run.`);
        await dialog.getByRole('button', { name: move }).click();
        await dialog.waitFor({ state: 'hidden' });
        if (last) await page.locator('.programme__summary').getByText('Completed', { exact: true }).waitFor();
        else
          await page
            .getByRole('navigation', { name: 'The five steps' })
            .locator('[aria-current="step"]', { hasText: STEPS[index + 1].name })
            .waitFor();
        if (index >= from) await visit(page, last ? 'board-completed' : `board-after-${code.toLowerCase()}`);
      },
    );
  }

  it('met no serious or critical accessibility problem on any screen, no page error, and reached nothing but the server', () => {
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});

/** Names the manager as the step's owner on the board: a required item of every step. */
async function nameOwner(page: Page, stepName: string): Promise<void> {
  await page.getByText('Change the owner or target date').click();
  await page.getByRole('combobox', { name: 'Step owner', exact: true }).selectOption({ label: 'Pat Organiser' });
  await page.getByRole('button', { name: `Save ${stepName}` }).click();
  await page
    .getByRole('list', { name: `Checklist of ${stepName}` })
    .getByRole('listitem', { name: `Someone owns ${stepName}` })
    .getByText('Done', { exact: true })
    .waitFor();
}
