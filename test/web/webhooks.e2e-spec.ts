import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { WebhookReceiver } from '../integration/webhook-receiver';
import { axeLine, axeViolations, chromiumAvailable, launchBrowser, personContext } from '../support/browser';
import { startTestApp, type TestApp } from '../support/test-app';
import { builtWebClient } from '../support/web-build';
import { loaded, SCREENS, tabTo } from './walk/walk';

/**
 * Webhooks on the Administration screen in a real browser: an ADMIN adds an endpoint with the
 * keyboard alone, pointing at a receiver this test starts on 127.0.0.1 (which the app is told to
 * allow), is refused a private address at the URL field, sees the secret once, and after a change
 * made over the API finds the delivery Delivered in the endpoint's log; an endpoint whose receiver
 * answers 410 Gone is turned off by the product, says why in words, and is turned on again. Each
 * screen is checked with axe (no violations at all) and photographed into
 * test-results/screens/admin-webhooks-*.png. Embedded database only, as the other screens' tests: what
 * is tested here is the screen; delivery on PostgreSQL, with two workers, is test/integration/webhooks.e2e-spec.ts.
 */
const onEmbedded = !process.env.DATABASE_URL?.trim();
const run = onEmbedded && chromiumAvailable('webhooks in a browser');

const PASSWORD = 'correct horse battery';
const ENV = { WEBHOOK_ALLOWED_DESTINATIONS: '127.0.0.1/32', WEBHOOK_DELIVERY: 'in-process', WEBHOOK_RETRY_SCALE: '0.0002' };
const M = {
  startSession: `mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }`,
  programme: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
  task: `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
  create: `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }`,
  endpoint: `query($id: ID!) { webhookEndpoint(id: $id) { active disabledReason } }`,
};

(run ? describe : describe.skip)('webhooks on the Administration screen, in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let as: { token: string; organisationId: string };
  let programmeId = '';
  const receiver = new WebhookReceiver([]);
  /** Answers 410 Gone: the product turns its endpoint off. */
  const gone = new WebhookReceiver([]);
  /** Answers 500: its endpoint is failing (and would be turned off after 3 days, scaled: about a minute). */
  const failing = new WebhookReceiver([]);
  const findings: string[] = [];
  const pageErrors: string[] = [];
  const outside: string[] = [];
  let shot = 0;

  beforeAll(async () => {
    const webDir = builtWebClient();
    await receiver.start();
    gone.answer = 410;
    await gone.start();
    failing.answer = 500;
    await failing.start();
    t = await startTestApp(ENV, { webDir });
    browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
    for (const old of readdirSync(SCREENS)) if (old.startsWith('admin-webhooks-')) rmSync(path.join(SCREENS, old));

    const admin = await t.client.signUp('Ada Admin');
    const organisationId = await t.client.createOrganisation(admin.token, 'Riverside Council');
    as = { token: admin.token, organisationId };
    programmeId = (await t.client.ok(M.programme, { input: { name: 'Parks together' } }, as)).createProgramme.id;

    // The browser gets a session cookie as signing in would give it.
    const started = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: M.startSession, variables: { input: { email: admin.email, password: PASSWORD } } }),
    });
    const [name, value] = started.headers.getSetCookie()[0].split(';')[0].split('=');
    const context = await personContext(browser, t.url, { outside, pageErrors });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    await context.addCookies([{ name, value, url: t.url }]);
    page = await context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await receiver.stop();
    await gone.stop();
    await failing.stop();
  }, 60_000);

  /** Axe on the page as it stands (any finding, of any impact, is kept) and a screenshot: the whole page, or what a dialog shows. */
  async function visit(name: string, { fullPage = true } = {}): Promise<void> {
    await loaded(page);
    for (const violation of await axeViolations(page)) findings.push(`${name}: ${axeLine(violation)}`);
    await page.screenshot({ path: path.join(SCREENS, `admin-webhooks-${String(++shot).padStart(2, '0')}-${name}.png`), fullPage });
  }

  /** Failing tests photograph the page into test-results/failures/. */
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
          await page?.screenshot({ path: path.join(folder, `admin-webhooks-${slug}.png`), fullPage: true }).catch(() => undefined);
          throw error;
        }
      },
      timeout,
    );
  }

  const section = () => page.getByRole('region', { name: 'Webhooks' });
  const card = (url: string): Locator => section().getByRole('article', { name: url, exact: true });

  /** Presses Tab to `target`, then `key` (Enter on a button, Space on a checkbox). */
  async function press(target: Locator, key = 'Enter'): Promise<void> {
    await tabTo(page, target);
    await page.keyboard.press(key);
  }

  inBrowser('an ADMIN with no webhooks yet is told what they are for', async () => {
    await page.goto(`/o/${as.organisationId}/admin`);
    await section().getByText('No webhooks yet').waitFor();
    expect(
      await section()
        .getByText(/keep an intranet page, a status board or a reporting system up to date/)
        .isVisible(),
    ).toBe(true);
    await visit('empty');
  });

  inBrowser(
    'adds an endpoint with the keyboard alone: a private address is refused at the field, then the secret is shown once',
    async () => {
      const form = section().getByRole('form', { name: 'Add a webhook' });
      await press(section().getByRole('button', { name: 'Add a webhook' }));
      await form.waitFor();
      const url = form.getByRole('textbox', { name: 'Address (URL)' });
      await tabTo(page, url);
      await page.keyboard.type('http://10.0.0.5/x');
      await tabTo(page, form.getByRole('textbox', { name: 'Description (optional)' }));
      await page.keyboard.type('Intranet status board');
      // Every edit (a task added among them), and the moves, which are opened to look at first.
      await press(form.getByRole('button', { name: 'Select all edits' }));
      await form.getByRole('button', { name: 'Clear all edits' }).waitFor();
      const moves = form.getByRole('group', { name: /^Moves/ });
      await press(moves.locator('summary'));
      await press(moves.getByRole('checkbox', { name: 'STEP_ADVANCED' }), 'Space');
      expect(await moves.getByRole('checkbox', { name: 'STEP_ADVANCED' }).isChecked()).toBe(true);
      await visit('add-form');
      await press(form.getByRole('button', { name: 'Add webhook' }));

      // The server refuses the private address; its words sit at the URL field, and the summary takes focus.
      await form.locator('input[name="url"][aria-invalid="true"]').waitFor();
      const refusal = await form.locator('.field--invalid .field__error').first().textContent();
      expect(refusal).toMatch(/private|not allowed|refused|10\.0\.0\.5/i);
      expect(await form.getByRole('alert').evaluate((element: any) => element === element.ownerDocument.activeElement)).toBe(true);
      await visit('refused');

      await tabTo(page, url);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(receiver.url);
      await press(form.getByRole('button', { name: 'Add webhook' }));

      const secretBox = section().getByRole('region', { name: `Secret for ${receiver.url}` });
      await secretBox.waitFor();
      const secret = await secretBox.getByRole('textbox', { name: 'Signing secret' }).inputValue();
      expect(secret).toMatch(/^whsec_/);
      receiver.secrets = [secret];
      await section().getByText(`The webhook to ${receiver.url} has been added.`).waitFor();
      await press(secretBox.getByRole('button', { name: 'Copy' }));
      await secretBox.getByText('Copied to the clipboard.').waitFor();
      expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText())).toBe(secret);
      await visit('secret');
      await press(secretBox.getByRole('button', { name: 'I have copied it: hide it' }));
      await secretBox.waitFor({ state: 'detached' });

      // Shown once: gone from the page, and not there after a reload.
      await page.reload();
      await card(receiver.url).waitFor();
      expect(await page.content()).not.toContain(secret);
      expect(await card(receiver.url).getByText('Intranet status board').isVisible()).toBe(true);
    },
  );

  inBrowser('a change made over the API is delivered, signed, and the log says Delivered', async () => {
    await t.client.ok(M.task, { input: { programmeId, title: 'Book the library room', step: 'MAP' } }, as);
    await receiver.until((r) => r.received.some((delivery) => delivery.body.type === 'TASK_CREATED'));
    expect(receiver.unverified).toEqual([]);

    const endpoint = card(receiver.url);
    await endpoint.getByRole('button', { name: `Delivery log for ${receiver.url}` }).click();
    const log = endpoint.getByRole('region', { name: `Delivery log of ${receiver.url}` });
    const row = log.getByRole('row').filter({ hasText: 'TASK_CREATED' });
    // The receiver answered before the product recorded it: read the log again until it has.
    for (let tries = 0; !(await row.filter({ hasText: 'Delivered' }).count()); tries++) {
      if (tries > 40) throw new Error(`the log never said Delivered: ${await log.textContent()}`);
      await log.getByRole('button', { name: 'Check again' }).click();
      await page.waitForTimeout(250);
    }
    expect(await row.locator('.delivery-status').textContent()).toBe('Delivered');
    expect(await row.textContent()).toContain('HTTP 204');
    await row.getByRole('button', { name: /^Show attempts of TASK_CREATED/ }).click();
    await log.getByRole('table', { name: 'Attempts at TASK_CREATED' }).waitFor();
    await visit('delivery-log');

    // Sent again on request: the log says so in its live status line.
    await row.getByRole('button', { name: /^Send again of TASK_CREATED/ }).click();
    await log.getByRole('status').filter({ hasText: 'TASK_CREATED will be sent again at once' }).waitFor();
    await receiver.until((r) => r.received.filter((delivery) => delivery.body.type === 'TASK_CREATED').length >= 2);
  });

  inBrowser(
    'an endpoint the product turned off says why in words, and turning it on explains that what is owed is sent in order',
    async () => {
      for (const input of [
        { url: failing.url, eventTypes: ['TASK_CREATED'], description: 'Reporting system (being mended)' },
        { url: gone.url, eventTypes: ['TASK_CREATED'], description: 'Old reporting system' },
        { url: `${gone.url}?spare`, eventTypes: ['TASK_CREATED'] },
      ])
        gone.secrets.push((await t.client.ok(M.create, { input }, as)).createWebhookEndpoint.secret);
      await t.client.ok(M.task, { input: { programmeId, title: 'Ask the rangers', step: 'MAP' } }, as);
      await page.reload();
      const endpoint = card(gone.url);
      const failingSince = card(failing.url).getByText(/^Failing since /);
      for (let tries = 0; !(await endpoint.getByText('Turned off by coprod').count()) || !(await failingSince.count()); tries++) {
        if (tries > 40) throw new Error('the product never turned the 410 endpoint off, or never said the 500 one was failing');
        await page.waitForTimeout(250);
        await page.reload();
        await endpoint.waitFor();
      }
      expect(await card(failing.url).textContent()).toContain('coprod keeps trying, less and less often');
      expect(await card(failing.url).locator('.onoff').textContent()).toBe('On');
      expect(await endpoint.textContent()).toContain('Why: The receiver answered 410 Gone');
      expect(await endpoint.textContent()).toContain('What to do: make sure the receiver at this address works again');
      expect(await endpoint.locator('.onoff').textContent()).toBe('Off');
      await visit('turned-off');

      await press(endpoint.getByRole('button', { name: `Turn on for ${gone.url}` }));
      const dialog = page.getByRole('dialog', { name: `Turn on the webhook to ${gone.url}?` });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('sends the deliveries it was owed since it was turned off, oldest first');
      await visit('turn-on', { fullPage: false });
      gone.answer = 'ok';
      await press(dialog.getByRole('button', { name: 'Turn on and send what is owed' }));
      await section()
        .getByRole('status')
        .filter({ hasText: `The webhook to ${gone.url} is on again: the deliveries it was owed are being sent, oldest first.` })
        .first()
        .waitFor();
      expect(await endpoint.locator('.onoff').textContent()).toBe('On');
    },
  );

  inBrowser('a new secret keeps the old one signing for the hours chosen, and is shown once; deleting names the address', async () => {
    const endpoint = card(receiver.url);
    await press(endpoint.getByRole('button', { name: `New secret for ${receiver.url}` }));
    const dialog = page.getByRole('dialog', { name: `A new secret for ${receiver.url}` });
    const hours = dialog.getByRole('spinbutton', { name: 'Hours the old secret keeps signing' });
    expect(await hours.inputValue()).toBe('24');
    await press(dialog.getByRole('button', { name: 'Make a new secret' }));
    const secretBox = endpoint.getByRole('region', { name: `Secret for ${receiver.url}` });
    await secretBox.waitFor();
    receiver.secrets.push(await secretBox.getByRole('textbox', { name: 'Signing secret' }).inputValue());
    await endpoint.getByText(/Changing secrets: the old secret also signs each delivery until/).waitFor();
    await visit('rotated');
    await press(secretBox.getByRole('button', { name: 'I have copied it: hide it' }));

    const spare = card(`${gone.url}?spare`);
    await press(spare.getByRole('button', { name: `Delete for ${gone.url}?spare` }));
    const confirm = page.getByRole('dialog', { name: `Delete the webhook to ${gone.url}?spare?` });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`coprod stops sending to ${gone.url}?spare at once`);
    await visit('delete', { fullPage: false });
    await confirm.getByRole('button', { name: 'Delete webhook' }).click();
    await spare.waitFor({ state: 'detached' });
    await section().getByText(`The webhook to ${gone.url}?spare has been deleted.`).waitFor();
    await visit('list');
  });

  it('found no accessibility violations, page errors or requests leaving the server', () => {
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
