import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeProblems, chromiumAvailable, launchBrowser, personContext } from '../support/browser';
import { buildIfStale, type RunningServer, startBuiltServer } from './harness';

/**
 * A programme manager's week in a real browser (Debian's Chromium through playwright-core),
 * against the built server as `npm start` runs it, on the embedded database: sign up, create an
 * organisation, administer it (invitations, an API key, settings), run a programme's Map it on
 * the board with a colleague watching live, meet and resolve a conflict, see what a VIEWER sees,
 * change a password and sign out. Every screen visited is checked with axe and photographed into
 * test-results/screens/. The browser reaches nothing but the server.
 *
 * Once per CI run: only on the embedded database (the PostgreSQL run skips it). Where CI=true a
 * missing Chromium fails the suite (chromiumAvailable).
 */
const onEmbedded = !process.env.DATABASE_URL?.trim();
const run = onEmbedded && chromiumAvailable('web e2e');
if (!onEmbedded) console.info('web e2e: runs once per CI run, on the embedded database; skipped with DATABASE_URL set.');

const SCREENS = path.join(process.cwd(), 'test-results/screens');
const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a quieter river in spring';
/** The issue asks for others' changes "within a second"; a loaded CI machine gets some slack, and the times are printed. */
const LIVE_WITHIN_MS = 3_000;

interface Person {
  name: string;
  email: string;
  context: BrowserContext;
  page: Page;
}

interface Finding {
  screen: string;
  problems: string[];
}

(run ? describe : describe.skip)('web client in a browser: a programme manager’s week', () => {
  let server: RunningServer;
  let browser: Browser;
  let alex: Person; // signs up, creates the organisation: ADMIN
  let sam: Person; // invited as PROGRAMME_MANAGER
  let vic: Person; // invited as VIEWER
  const links: Record<string, string> = {};
  let apiKey = '';
  let organisationId = '';
  let boardPath = '';
  const axeFindings: Finding[] = [];
  const pageErrors: string[] = [];
  const outside: string[] = [];
  const liveTimes: Record<string, number> = {};
  let screenNumber = 0;
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    buildIfStale((line) => console.info(line));
    server = await startBuiltServer();
    browser = await launchBrowser();
    rmSync(SCREENS, { recursive: true, force: true });
    rmSync(path.join(path.dirname(SCREENS), 'failures'), { recursive: true, force: true });
    mkdirSync(SCREENS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  /** A test in the browsers: when it fails, every open page is photographed into test-results/failures/ to show why. */
  function inBrowser(name: string, test: () => Promise<void>, timeout: number): void {
    it(
      name,
      async () => {
        try {
          await test();
        } catch (error) {
          const folder = path.join(path.dirname(SCREENS), 'failures');
          mkdirSync(folder, { recursive: true });
          const slug = name.replace(/\W+/g, '-').slice(0, 60);
          for (const who of [alex, sam, vic])
            await who?.page
              .screenshot({ path: path.join(folder, `${slug}-${who.name.split(' ')[0]}.png`), fullPage: true })
              .catch(() => undefined);
          throw error;
        }
      },
      timeout,
    );
  }

  /** A person's own browser context (their own cookies), which may reach the server and nothing else. */
  async function person(name: string): Promise<Person> {
    const context = await personContext(browser, server.url, { outside, pageErrors });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    return { name, email: `${name.toLowerCase().split(' ')[0]}.${stamp}@example.org`, context, page };
  }

  /** Once a screen has loaded: axe (serious and critical findings kept for the last test) and a full-page screenshot. */
  async function visit(page: Page, name: string): Promise<void> {
    await page.waitForFunction(() => !(globalThis as any).document.querySelector('.state--loading'));
    const problems = await axeProblems(page);
    if (problems.length) axeFindings.push({ screen: name, problems });
    await page.screenshot({ path: path.join(SCREENS, `${String(++screenNumber).padStart(2, '0')}-${name}.png`), fullPage: true });
  }

  /** Presses Tab until `target` has the focus (keyboard only), and checks that the focus shows. */
  async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
    await target.waitFor();
    for (let presses = 0; presses <= most; presses++) {
      if (await target.evaluate((element: any) => element === element.ownerDocument.activeElement)) {
        const outline = await target.evaluate((element) => (globalThis as any).getComputedStyle(element).outlineStyle);
        expect({ focused: (await target.getAttribute('name')) ?? (await target.textContent()), outline }).not.toEqual(
          expect.objectContaining({ outline: 'none' }),
        );
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** How long until `change` shows on another person's page, kept for the report. */
  async function seenLive(label: string, change: Locator): Promise<void> {
    const started = Date.now();
    await change.waitFor({ state: 'visible', timeout: LIVE_WITHIN_MS });
    liveTimes[label] = Date.now() - started;
  }

  /** The GraphQL endpoint as a plain client would call it (Node's fetch), with the given headers. */
  async function graphql(
    query: string,
    variables: object,
    headers: Record<string, string>,
  ): Promise<{ data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as any;
  }

  async function signInByForm(who: Person, password = PASSWORD): Promise<void> {
    const { page } = who;
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(who.email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
  }

  async function acceptInvitation(who: Person): Promise<void> {
    const { page } = who;
    await page.goto(links[who.name]);
    // The token leaves the address bar before anything else can read it.
    await page.waitForURL((url) => url.pathname === '/invitations/accept' && !url.search.includes('token'));
    await page.getByLabel('Your name').fill(who.name);
    await page.getByLabel('Password').fill(PASSWORD);
    await visit(page, `invitation-${who.name.split(' ')[0].toLowerCase()}`);
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await page.getByRole('status').filter({ hasText: 'sign in' }).first().waitFor();
  }

  inBrowser(
    'signs up a new person, who creates an organisation and lands on its empty dashboard',
    async () => {
      alex = await person('Alex Founder');
      const { page } = alex;
      await page.goto('/');
      await page.waitForURL('**/sign-in');
      await visit(page, 'sign-in');

      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
      await page.getByRole('button', { name: 'Create account' }).click();
      // Refused before sending: each empty field says so, next to it.
      await expectFieldError(page.getByLabel('Your name'), /name/);
      await page.getByLabel('Your name').fill(alex.name);
      await page.getByLabel('Email address').fill(alex.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await visit(page, 'sign-up');
      await page.getByRole('button', { name: 'Create account' }).click();

      await page.waitForURL('**/organisations/new');
      await page.getByLabel('Organisation name').fill('Riverside Borough Council');
      await page.getByLabel('Time zone').selectOption('Europe/London');
      await visit(page, 'create-organisation');
      await page.getByRole('button', { name: 'Create organisation' }).click();

      await page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
      organisationId = new URL(page.url()).pathname.split('/')[2];
      await page.getByRole('heading', { level: 1, name: /Riverside Borough Council/ }).waitFor();
      await page.getByText('No programmes yet').waitFor();
      await visit(page, 'dashboard-empty');
    },
    120_000,
  );

  inBrowser(
    'administers the organisation: one-time invitation links, an API key shown once, validated settings',
    async () => {
      const { page } = alex;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Administration · Riverside Borough Council' }).waitFor();
      const members = page.getByRole('region', { name: '1 member' });
      await members.getByRole('rowheader', { name: /Alex Founder/ }).waitFor();
      await visit(page, 'admin');

      sam = await person('Sam Manager');
      vic = await person('Vic Viewer');
      const invitations = page.getByRole('region', { name: 'Invitations' });
      for (const [who, role] of [
        [sam, 'Programme manager'],
        [vic, 'Viewer'],
      ] as const) {
        await invitations.getByLabel('Email address').fill(who.email);
        await invitations.getByLabel('Role').selectOption({ label: role });
        await invitations.getByRole('button', { name: 'Create invitation link' }).click();
        const shown = invitations.getByRole('region', { name: `Invitation link for ${who.email}` });
        links[who.name] = await shown.getByLabel('One-time invitation link').inputValue();
        expect(links[who.name]).toMatch(new RegExp(`^${server.url}/invitations/accept\\?token=.+`));
        await shown.getByRole('button', { name: 'Copy' }).click();
        await shown.getByText('Copied to the clipboard.').waitFor();
        expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(links[who.name]);
        if (who === sam) await visit(page, 'admin-invitation-link');
        await shown.getByRole('button', { name: 'I have copied it: hide it' }).click();
        await shown.waitFor({ state: 'detached' });
      }
      const pending = invitations.getByRole('table');
      await pending.getByRole('rowheader', { name: vic.email }).waitFor();
      expect(await pending.getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining([sam.email, vic.email]));
      // Shown once: nowhere on the page any more.
      expect(await page.content()).not.toContain(new URL(links[sam.name]).searchParams.get('token')!);

      const keys = page.getByRole('region', { name: 'API keys' });
      await keys.getByRole('button', { name: 'Create key' }).click();
      await expectFieldError(keys.getByLabel('Key name'), 'Enter a name for the key.');
      await keys.getByLabel('Key name').fill('Workshop capture');
      await keys.getByLabel('Role').selectOption({ label: 'Contributor' });
      await keys.getByRole('button', { name: 'Create key' }).click();
      const secret = keys.getByRole('region', { name: 'Secret of the key “Workshop capture”' });
      apiKey = await secret.getByLabel('API key secret').inputValue();
      expect(apiKey).toMatch(/^cpk_/);
      await secret.getByText(/nobody can see the secret again/).waitFor();
      await visit(page, 'admin-api-key-secret');
      await secret.getByRole('button', { name: 'I have copied it: hide it' }).click();
      await keys.getByRole('rowheader', { name: 'Workshop capture' }).waitFor();
      expect(await page.content()).not.toContain(apiKey);

      const settings = page.getByRole('region', { name: 'Settings' });
      await settings.getByLabel('Organisation name').fill('');
      await settings.getByRole('button', { name: 'Save settings' }).click();
      await expectFieldError(settings.getByLabel('Organisation name'), 'Enter the organisation’s name.');
      await settings.getByLabel('Organisation name').fill('Riverside Borough Council');
      await settings.getByLabel('Time zone').selectOption('Europe/Dublin');
      await settings.getByLabel('Currency').selectOption('EUR');
      await settings.getByRole('button', { name: 'Save settings' }).click();
      await page.getByText('The settings have been saved.').waitFor({ state: 'attached' });
      const saved = await graphql('{ organisation { timeZone currency } }', {}, { 'x-api-key': apiKey });
      expect(saved.data.organisation).toEqual({ timeZone: 'Europe/Dublin', currency: 'EUR' });
    },
    120_000,
  );

  inBrowser(
    'lets the invited create their accounts, and signs one in by keyboard alone',
    async () => {
      await acceptInvitation(sam);
      await acceptInvitation(vic);

      const { page } = sam;
      await page.goto('/sign-in');
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      await tabTo(page, page.getByLabel('Email address'));
      await page.keyboard.type(sam.email);
      await tabTo(page, page.getByLabel('Password'), 3);
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/o/${organisationId}`);
      await page.getByRole('heading', { level: 1, name: /Riverside Borough Council/ }).waitFor();

      await signInByForm(vic);
    },
    120_000,
  );

  inBrowser(
    'shows a VIEWER the members and settings without anything to change, and says why',
    async () => {
      const { page } = vic;
      await page.goto(`/o/${organisationId}/admin`);
      await page.getByText('Your role here is Viewer.', { exact: false }).waitFor();
      await page
        .getByRole('region', { name: '3 members' })
        .getByRole('rowheader', { name: /Sam Manager/ })
        .waitFor();
      expect(
        await page
          .getByRole('button')
          .filter({ hasText: /Save role|Remove|Create|Revoke|Save settings/ })
          .count(),
      ).toBe(0);
      expect(await page.getByRole('region', { name: 'Invitations' }).count()).toBe(0);
      expect(await page.getByRole('combobox').count()).toBe(0);
      await visit(page, 'admin-as-viewer');
    },
    60_000,
  );

  inBrowser(
    'records the map through the API with the key, then starts a programme from the dashboard',
    async () => {
      // An intranet's workshop capture, through the key the ADMIN created: an initiative in every active area.
      const areas = await graphql('{ serviceAreas { id name active } }', {}, { 'x-api-key': apiKey });
      const active = (areas.data.serviceAreas as Array<{ id: string; name: string; active: boolean }>).filter((area) => area.active);
      const created = await graphql(
        'mutation($input: CreateInitiativesInput!) { createInitiatives(input: $input) { id } }',
        {
          input: {
            initiatives: active.map((area) => ({
              name: `Residents' panel for ${area.name}`,
              serviceAreaId: area.id,
              forms: ['CO_DESIGN'],
              publicBodyInput: 'Officer time',
            })),
          },
        },
        { 'x-api-key': apiKey },
      );
      expect(created.errors).toBeUndefined();

      const { page } = alex;
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await page.getByLabel('Programme name').fill('Adult social care 2027');
      await page.getByRole('button', { name: 'Start programme' }).click();
      await page.waitForURL(/\/programmes\/[0-9a-f-]{36}/);
      boardPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: /Adult social care 2027/ }).waitFor();
      await page.getByRole('region', { name: 'Map it, cycle 1' }).waitFor();
      await visit(page, 'board-map-it');
    },
    120_000,
  );

  inBrowser(
    'runs Map it on the board with a colleague watching: ticks with evidence (by keyboard), tasks and the advance show live',
    async () => {
      const a = alex.page;
      const b = sam.page;
      const checklist = (page: Page) => page.getByRole('list', { name: 'Checklist of Map it' });
      await b.goto(boardPath);
      await b.getByRole('region', { name: 'Map it, cycle 1' }).waitFor();

      // Alex names the step's owner (a required, evidenced item).
      await a.getByText('Change the owner or target date').click();
      await a.getByRole('combobox', { name: 'Step owner', exact: true }).selectOption({ label: 'Alex Founder' });
      await a.getByRole('button', { name: 'Save Map it' }).click();
      const owned = (page: Page) =>
        checklist(page).getByRole('listitem', { name: 'Someone owns Map it' }).getByText('Done', { exact: true });
      await owned(a).waitFor();
      await seenLive('owner', owned(b));

      // Sam ticks the manual item with evidence, by keyboard alone; Alex sees it live.
      const item = (page: Page) => checklist(page).getByRole('listitem', { name: 'Record the coproduction already under way' });
      await tabTo(b, item(b).getByRole('button', { name: 'Tick with evidence' }), 120);
      await b.keyboard.press('Enter');
      await tabTo(b, item(b).getByRole('textbox', { name: 'Evidence note' }), 5);
      await b.keyboard.type('Workshop with frontline staff and residents on 1 December: 14 activities listed.');
      await tabTo(b, item(b).getByRole('button', { name: 'Tick item' }), 5);
      await b.keyboard.press('Enter');
      await item(b).getByRole('button', { name: 'Untick' }).waitFor();
      await seenLive('tick', item(a).getByRole('button', { name: 'Untick' }));

      // Alex adds two tasks at once; Sam sees them live.
      const tasks = (page: Page) => page.getByRole('region', { name: 'Tasks of cycle 1' });
      await tasks(a)
        .getByRole('textbox', { name: 'New tasks, one per line' })
        .fill('Interview frontline staff\nRun a residents’ mapping workshop');
      await tasks(a).getByRole('button', { name: 'Add tasks' }).click();
      await tasks(a).getByRole('listitem', { name: 'Interview frontline staff' }).waitFor();
      await seenLive('tasks', tasks(b).getByRole('listitem', { name: 'Run a residents’ mapping workshop' }));
      await visit(a, 'board-map-it-ready');
      await visit(b, 'board-map-it-colleague');

      // Alex advances through the board's move; Sam's board follows.
      const moves = a.getByRole('group', { name: 'Moves' });
      await moves.getByRole('button', { name: 'Advance to the next step' }).click();
      const dialog = a.getByRole('dialog', { name: 'Advance to the next step' });
      await visit(a, 'move-dialog');
      await dialog.getByRole('button', { name: 'Advance to the next step' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const steps = (page: Page) => page.getByRole('navigation', { name: 'The five steps' });
      await steps(a).locator('[aria-current="step"]', { hasText: 'Focus it' }).waitFor();
      await seenLive('advance', steps(b).locator('[aria-current="step"]', { hasText: 'Focus it' }));
      await visit(b, 'board-focus-it-live');
      console.info(
        `web e2e: others' changes showed after ${Object.entries(liveTimes)
          .map(([what, ms]) => `${what} ${ms} ms`)
          .join(', ')}`,
      );
    },
    180_000,
  );

  inBrowser(
    'shows a conflict on a task edited in two browsers, and resolves it keeping what was typed',
    async () => {
      const a = alex.page;
      const b = sam.page;
      // Both look at Map it's tasks (Map it is done now: the board shows the current step unless asked).
      await a.goto(`${boardPath}?step=MAP`);
      await b.goto(`${boardPath}?step=MAP`);
      const task = (page: Page) =>
        page.getByRole('region', { name: 'Tasks of cycle 1' }).getByRole('listitem', { name: 'Interview frontline staff' });
      await task(a).getByRole('button', { name: 'Edit' }).click();
      const form = a.getByRole('form', { name: 'Edit “Interview frontline staff”' });
      await form.waitFor();

      await task(b).getByRole('combobox', { name: 'Status', exact: true }).selectOption('IN_PROGRESS');
      // Saved once Alex's journey shows it (live); Alex's open form still holds the version it was opened at.
      await seenLive('status', a.getByRole('region', { name: 'Journey' }).getByText(/Sam Manager set a task .* to In progress/));

      await form.getByRole('textbox', { name: 'Title' }).fill('Interview frontline staff in three teams');
      await form.getByRole('button', { name: 'Save task' }).click();
      const alert = a.getByRole('alert').filter({ hasText: 'Someone else changed this task while you were working on it.' });
      await alert.waitFor();
      await visit(a, 'task-conflict');
      await alert.getByRole('button', { name: 'Reload theirs and keep my changes' }).click();
      expect(await form.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Interview frontline staff in three teams');
      await form.getByRole('button', { name: 'Save task' }).click();
      await a
        .getByRole('region', { name: 'Tasks of cycle 1' })
        .getByRole('listitem', { name: 'Interview frontline staff in three teams' })
        .waitFor();
      await seenLive(
        'edit',
        b.getByRole('region', { name: 'Tasks of cycle 1' }).getByRole('listitem', { name: 'Interview frontline staff in three teams' }),
      );
    },
    120_000,
  );

  inBrowser(
    'offers a VIEWER no moves on the board',
    async () => {
      const { page } = vic;
      await page.goto(boardPath);
      await page.getByRole('region', { name: /Focus it, cycle 1/ }).waitFor();
      await page.getByText('Your role can follow this programme but not move it.').waitFor();
      const moves = page.getByRole('group', { name: 'Moves' });
      expect(await moves.getByRole('button').count()).toBe(0);
      expect(
        await page.getByRole('button', { name: /^(Advance|Override|Reopen|Pause|Resume|Complete|Archive|Start the next cycle)/ }).count(),
      ).toBe(0);
      await visit(page, 'board-as-viewer');

      // The dashboard now has a programme past Map it, and tasks.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await page.getByRole('region', { name: 'Programmes' }).getByRole('link', { name: 'Adult social care 2027' }).waitFor();
      await visit(page, 'dashboard-as-viewer');
    },
    60_000,
  );

  inBrowser(
    'changes the password on the account page, with errors next to the field',
    async () => {
      const { page } = alex;
      await page.getByRole('link', { name: alex.name }).click();
      await page.waitForURL('**/account');
      const form = page.getByRole('region', { name: 'Change your password' });
      await form.getByLabel('Current password').fill('not my password at all');
      await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await form.getByLabel('New password again').fill(NEW_PASSWORD);
      await form.getByRole('button', { name: 'Change password' }).click();
      await expectFieldError(form.getByLabel('Current password'), 'That is not your current password.');
      await visit(page, 'account-password-refused');

      await form.getByLabel('Current password').fill(PASSWORD);
      await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await form.getByLabel('New password again').fill(NEW_PASSWORD);
      await form.getByRole('button', { name: 'Change password' }).click();
      await form.getByText('Your password has been changed.', { exact: false }).waitFor();
      await visit(page, 'account');
    },
    60_000,
  );

  inBrowser(
    'signs out on the server: the old cookie is refused when replayed',
    async () => {
      const { page, context } = alex;
      const cookie = (await context.cookies(server.url)).map((c) => `${c.name}=${c.value}`).join('; ');
      expect(cookie).not.toBe('');
      const before = await graphql('{ me { email } }', {}, { cookie });
      expect(before.data?.me.email).toBe(alex.email);

      await page.getByRole('region', { name: 'Sign out' }).getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL('**/sign-in');
      const after = await graphql('{ me { email } }', {}, { cookie });
      expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The tab holds nothing of the session either: an organisation's page asks to sign in.
      await page.goto(boardPath);
      await page.waitForURL(/\/sign-in\?return=/);
      await signInByForm(alex, NEW_PASSWORD);
    },
    60_000,
  );

  it('met no serious or critical accessibility problem on any screen, no page error, and reached nothing but the server', () => {
    expect(axeFindings).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
    expect(screenNumber).toBeGreaterThanOrEqual(15);
  });
});

/** A field refused with `message`: marked invalid, with the message as its description (read with it). */
async function expectFieldError(field: Locator, message: string | RegExp): Promise<void> {
  await field.and(field.page().locator('[aria-invalid="true"]')).waitFor();
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const description = await Promise.all(
    describedBy
      .split(' ')
      .filter(Boolean)
      .map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  expect(description.join(' ')).toMatch(message);
}
