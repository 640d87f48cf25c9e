import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeProblems, chromiumAvailable, launchBrowser, personContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { builtWebClient } from '../support/web-build';
import { loaded, SCREENS } from './walk/walk';

/**
 * A workshop's room in a real browser: a consultant runs a workshop (set up over GraphQL), lets
 * people join from the run screen, and two guests on phone-sized windows join with the code they
 * read there. A guest's note reaches the facilitator's outputs live, under the guest's name. The
 * consultant starts a vote, both guests place dots, and every screen (both phones
 * and the facilitator's) follows the tally live without a reload; closing the vote shows the
 * result everywhere. The guests' pages are checked with axe; screenshots go to
 * test-results/screens/workshop-room-*.png. Embedded database only, as the other browser suites.
 */
const onEmbedded = !process.env.DATABASE_URL?.trim();
const run = onEmbedded && chromiumAvailable('workshop room');

const PASSWORD = 'correct horse battery';
const M = {
  createArea: `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id serviceAreaName } }`,
  plan: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version } }`,
  start: `mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id version } }`,
  startSession: `mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }`,
};

interface Guest {
  name: string;
  context: BrowserContext;
  page: Page;
}

(run ? describe : describe.skip)('a workshop room in a browser: a join code, two guests on phones, live dot-voting', () => {
  let t: TestApp;
  let browser: Browser;
  let facilitator: Page;
  let organisationId = '';
  let workshopId = '';
  const areas: string[] = [];
  let code = '';
  const guests: Guest[] = [];
  let consultantAs: { token: string; organisationId: string };
  const findings: string[] = [];
  const pageErrors: string[] = [];
  const outside: string[] = [];
  let shot = 0;

  beforeAll(async () => {
    const webDir = builtWebClient();
    t = await startTestApp({}, { webDir });
    browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
    for (const old of readdirSync(SCREENS)) if (old.startsWith('workshop-room-')) rmSync(path.join(SCREENS, old));

    // The organisation, its programme with three priority areas, and a running workshop, over GraphQL.
    const admin = await t.client.signUp('Ada Admin');
    organisationId = await t.client.createOrganisation(admin.token, 'Riverside Council');
    const consultant = await t.client.addMember(admin.token, organisationId, 'CONSULTANT', 'Casey Consultant');
    const as = { token: consultant.token, organisationId };
    consultantAs = as;
    const programme = (
      await t.client.ok(
        `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
        { input: { name: 'Parks together' } },
        { token: admin.token, organisationId },
      )
    ).createProgramme;
    const serviceAreas = (await t.client.ok(`{ serviceAreas { id name } }`, {}, as)).serviceAreas.slice(0, 3) as Array<{ id: string }>;
    for (const area of serviceAreas)
      areas.push(
        (await t.client.ok(M.createArea, { input: { programmeId: programme.id, serviceAreaId: area.id } }, as)).createPriorityArea
          .serviceAreaName,
      );
    const planned = (
      await t.client.ok(
        M.plan,
        {
          input: {
            programmeId: programme.id,
            step: 'FOCUS',
            title: 'Choosing where to start',
            startsAt: new Date(Date.now() - 15 * 60_000).toISOString(),
            endsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
            place: 'Town hall, committee room 2',
            facilitatorUserId: consultant.userId,
          },
        },
        as,
      )
    ).planWorkshop;
    workshopId = (await t.client.ok(M.start, { input: { workshopId: planned.id, version: planned.version } }, as)).startWorkshop.id;

    // The consultant's browser gets a session cookie as signing in would give it.
    const started = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: M.startSession, variables: { input: { email: consultant.email, password: PASSWORD } } }),
    });
    const [name, value] = started.headers.getSetCookie()[0].split(';')[0].split('=');
    const context = await newContext(false);
    await context.addCookies([{ name, value, url: t.url }]);
    facilitator = await context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  }, 60_000);

  function newContext(phone: boolean): Promise<BrowserContext> {
    return personContext(browser, t.url, { outside, pageErrors }, phone ? { phone: { width: 375, height: 740 } } : {});
  }

  /** A full-page screenshot, and axe's serious and critical findings on `page` when asked. */
  async function visit(page: Page, name: string, axe = false): Promise<void> {
    await loaded(page);
    if (axe) {
      const problems = await axeProblems(page);
      if (problems.length) findings.push(`${name}: ${problems.join('; ')}`);
    }
    await page.screenshot({ path: path.join(SCREENS, `workshop-room-${String(++shot).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  /** The option `label` of the vote on `page`, as a list item. */
  const option = (page: Page, label: string): Locator =>
    page.locator('.round__option').filter({ has: page.locator('.round__label', { hasText: label }) });

  /** Failing tests photograph every page into test-results/failures/. */
  function inBrowser(name: string, test: () => Promise<void>, timeout = 120_000): void {
    it(
      name,
      async () => {
        try {
          await test();
        } catch (error) {
          const folder = path.join(path.dirname(SCREENS), 'failures');
          mkdirSync(folder, { recursive: true });
          const slug = name.replace(/\W+/g, '-').slice(0, 50);
          for (const [who, page] of [['facilitator', facilitator], ...guests.map((g) => [g.name, g.page] as const)] as const)
            await page?.screenshot({ path: path.join(folder, `workshop-room-${slug}-${who}.png`), fullPage: true }).catch(() => undefined);
          throw error;
        }
      },
      timeout,
    );
  }

  inBrowser('the consultant lets people join from run mode and reads the code off the screen', async () => {
    await facilitator.goto(`/o/${organisationId}/workshops/${workshopId}/run`);
    const panel = facilitator.getByRole('region', { name: 'People joining' });
    await panel.getByRole('button', { name: 'Let people join' }).click();
    const shown = panel.locator('.join__code');
    await shown.waitFor();
    code = (await shown.textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await panel.getByRole('img', { name: 'QR code that opens the join page with this code' }).waitFor();
    expect(await panel.getByText('Nobody has joined as a guest yet.').isVisible()).toBe(true);
    await visit(facilitator, 'facilitator-code');
    // For a projector: the code and QR code over the whole screen, and Escape goes back.
    await panel.getByRole('button', { name: 'Show to the room' }).click();
    await facilitator.getByRole('dialog', { name: 'The join code, shown to the room' }).waitFor();
    await facilitator.screenshot({ path: path.join(SCREENS, `workshop-room-${String(++shot).padStart(2, '0')}-facilitator-stage.png`) });
    await facilitator.keyboard.press('Escape');
    await facilitator.getByRole('dialog').waitFor({ state: 'detached' });
  });

  inBrowser('two guests on phones join with the code, and the facilitator sees them arrive', async () => {
    for (const name of ['Sam', 'Robin']) {
      const context = await newContext(true);
      const page = await context.newPage();
      guests.push({ name, context, page });
      await page.goto(`/join?code=${encodeURIComponent(code)}`);
      const codeField = page.getByRole('textbox', { name: 'Code from the room' });
      await codeField.waitFor();
      expect(await codeField.inputValue()).toBe(code);
      // The code leaves the address bar once it is in the form.
      await page.waitForURL((url) => url.pathname === '/join' && url.search === '');
      await page.getByRole('textbox', { name: 'Your name for the room' }).fill(name);
      if (name === 'Sam') await visit(page, 'guest-join', true);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.waitForURL((url) => url.pathname === '/room');
      await page.getByRole('heading', { level: 1, name: 'Choosing where to start' }).waitFor();
      await page.getByText(`You are in the room as ${name}.`).waitFor();
      // The pass lives in this tab's sessionStorage only: not in the address, not in localStorage.
      expect(page.url()).not.toContain('wsg_');
      expect(await page.evaluate(() => (globalThis as any).localStorage.length)).toBe(0);
      expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('coprod:guest-pass'))).toContain('wsg_');
      if (name === 'Sam') await visit(page, 'guest-room-waiting', true);
    }
    const panel = facilitator.getByRole('region', { name: 'People joining' });
    await panel.getByRole('heading', { name: 'Guests (2)' }).waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Robin' }).waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Sam' }).waitFor();
  });

  inBrowser('a guest adds a note from the phone and it reaches the facilitator’s outputs without a reload, naming the guest', async () => {
    const [sam] = guests;
    await sam.page.getByRole('textbox', { name: 'Your note' }).fill('Could the library host the next session?');
    await sam.page.getByRole('button', { name: 'Add note' }).click();
    await sam.page.getByText('You have added 1 note.').waitFor();
    const note = facilitator
      .getByRole('list', { name: 'Outputs in the order captured' })
      .getByRole('listitem', { name: 'Note: Could the library host the next session?' });
    await note.waitFor();
    await note.getByText('From Sam, a guest in the room').waitFor();
  });

  inBrowser('the consultant starts a vote; both guests place dots and every screen follows the tally live', async () => {
    const voting = facilitator.getByRole('region', { name: 'Dot-voting' });
    await voting.getByRole('button', { name: 'Start a vote' }).click();
    await voting.getByRole('textbox', { name: 'Question' }).fill('Where should we start first?');
    await voting.getByRole('spinbutton', { name: 'Dots for each person' }).fill('3');
    await voting.getByRole('checkbox', { name: areas[0] }).check();
    await voting.getByRole('checkbox', { name: areas[1] }).check();
    await voting.getByRole('textbox', { name: 'Other options, one on each line' }).fill('Something else entirely');
    await visit(facilitator, 'facilitator-new-vote');
    await voting.getByRole('button', { name: 'Start the vote' }).click();
    await voting.getByRole('button', { name: 'Close the vote' }).waitFor();

    const [sam, robin] = guests;
    // Each guest's page shows the round without a reload.
    for (const guest of guests) await guest.page.getByRole('heading', { name: 'Where should we start first?' }).waitFor();
    await sam.page.getByText('You have 3 dots left').waitFor();

    await sam.page.getByRole('button', { name: `Put a dot on ${areas[0]}` }).click();
    await sam.page.getByText('You have 2 dots left').waitFor();
    await sam.page.getByRole('button', { name: `Put a dot on ${areas[0]}` }).click();
    await sam.page.getByText('You have 1 dot left').waitFor();
    await robin.page.getByRole('button', { name: 'Put a dot on Something else entirely' }).click();
    await robin.page.getByText('You have 2 dots left').waitFor();

    // Everyone sees 2 dots on the first area and 1 on the free line, heard over their sockets.
    for (const page of [facilitator, sam.page, robin.page]) {
      await option(page, areas[0]).getByText('2 dots (67%)').waitFor();
      await option(page, 'Something else entirely').getByText('1 dot (33%)').waitFor();
      await page.getByText('2 people have voted', { exact: false }).first().waitFor();
    }
    // A named vote says whose dots these are.
    await option(robin.page, areas[0]).getByText('Dots from Sam').waitFor();
    await visit(sam.page, 'guest-voted', true);
    await visit(robin.page, 'guest-other-voted', true);
    await visit(facilitator, 'facilitator-live-tally');
  });

  inBrowser('the consultant closes the vote and the guests see the result', async () => {
    const voting = facilitator.getByRole('region', { name: 'Dot-voting' });
    await voting.getByRole('button', { name: 'Close the vote' }).click();
    await voting.getByRole('list', { name: 'Result' }).waitFor();
    for (const guest of guests) {
      const result = guest.page.getByRole('list', { name: 'Result' });
      await result.waitFor();
      expect((await result.locator('.round__label').first().textContent())?.trim()).toBe(`1. ${areas[0]}`);
      expect(await guest.page.getByRole('button', { name: /Put a dot/ }).count()).toBe(0);
    }
    await facilitator.getByText('The result is recorded as a decision of the workshop.').first().waitFor();
    await visit(guests[0].page, 'guest-result', true);
    await visit(facilitator, 'facilitator-result');
  });

  inBrowser('when the workshop ends, the guests are thanked without a reload, and a reload does not bring the room back', async () => {
    const { workshop } = await t.client.ok(`query($id: ID!) { workshop(id: $id) { version } }`, { id: workshopId }, consultantAs);
    await t.client.ok(
      `mutation($input: WorkshopVersionInput!) { endWorkshop(input: $input) { status } }`,
      { input: { workshopId, version: workshop.version } },
      consultantAs,
    );
    for (const guest of guests) await guest.page.getByRole('heading', { level: 1, name: 'The workshop has ended, thank you' }).waitFor();
    await visit(guests[1].page, 'guest-ended', true);
    await guests[1].page.reload();
    await guests[1].page.getByRole('heading', { level: 1, name: 'You have not joined a workshop here' }).waitFor();
  });

  it('met no serious or critical accessibility problem on the guests’ pages, no page error, and reached nothing but the server', () => {
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
