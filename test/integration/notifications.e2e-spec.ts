import type { ParsedMail } from 'mailparser';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { LiveEvents } from '@app/history';
import { DigestScheduler } from '@app/notifications';
import { startWorker } from '../../apps/worker/src/start-worker';
import { createProgramme, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { serverUrl } from '../support/databases';
import { FixedClock } from '../support/fixed-clock';
import type { As, GraphqlError } from '../support/graphql-client';
import { MailCatcher } from '../support/mail-catcher';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * Reminders end to end, on the real server: each person's daily digest at their hour in their own
 * time zone (Auckland's tomorrow is not Los Angeles'), by e-mail to an SMTP server started here
 * and as in-app notifications that arrive live over graphql-ws, once per person and day however
 * many schedulers run (two workers beside the API on PostgreSQL); the unsubscribe link; and the
 * password-reset link by e-mail. Time is the scheduler's clock, set by the test.
 */
const onPostgres = serverUrl() !== null;

/** Before anyone's digest hour: 01:00 in Auckland, 05:00 in Los Angeles. */
const BEFORE = '2031-03-10T12:00:00Z';
/** 08:30 on 11 March in Auckland; 12:30 on 10 March in Los Angeles. */
const DIGEST_TIME = '2031-03-10T19:30:00Z';
/** A day later. */
const NEXT_DAY = '2031-03-11T19:30:00Z';

const NOTIFICATION = `id kind title context subjectId programmeId dueOn startsAt forDate readAt`;
const PREFERENCES = `digestEmail kinds sendHour timeZone effectiveTimeZone emailAvailable unsubscribedAt`;
const UPDATE_PREFERENCES = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { ${PREFERENCES} } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { message } }`;

interface Person {
  as: As & { userId: string };
  email: string;
}

const refusal = (error: GraphqlError) => ({
  code: error.extensions?.code,
  fields: Object.fromEntries((error.extensions?.fields ?? []).map((f) => [f.field, f.message])),
});

/** Asks `check` until it holds, or fails after `ms`. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not so after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A live subscription to notificationAdded, collecting what arrives. */
function listen(t: TestApp, person: Person): { client: Client; received: Array<{ title: string; kind: string }> } {
  const client = createClient({
    url: t.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${person.as.token}`, organisationId: person.as.organisationId },
    retryAttempts: 0,
    lazy: false,
  });
  const received: Array<{ title: string; kind: string }> = [];
  client.subscribe(
    { query: `subscription { notificationAdded { ${NOTIFICATION} } }` },
    {
      next: (message) => received.push((message.data as { notificationAdded: { title: string; kind: string } }).notificationAdded),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { client, received };
}

const bodyOf = (mail: ParsedMail): string => mail.text ?? '';

/** A header as it was sent (mailparser reads List-* headers into objects of its own). */
const rawHeader = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');

describe('reminders and notifications', () => {
  let t: TestApp;
  let mail: MailCatcher;
  const clock = new FixedClock(new Date(BEFORE));
  const workers: Array<Awaited<ReturnType<typeof startWorker>>> = [];
  let org: Organisation;
  let other: Organisation;
  let auckland: Person;
  let losAngeles: Person;
  let programmeId: string;

  const schedulers = () => (onPostgres ? workers.map((w) => w.get(DigestScheduler)) : [t.app.get(DigestScheduler)]);
  /** Every scheduler at once, twice on PostgreSQL (two workers) and the API's own besides. */
  const runSchedulers = async () => {
    const runs = [...schedulers(), t.app.get(DigestScheduler)].map((s) => s.runOnce());
    return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
  };

  beforeAll(async () => {
    mail = new MailCatcher();
    const smtpUrl = await mail.start();
    // The API makes digests itself on the embedded database; on PostgreSQL two workers do.
    t = await startTestApp(
      { SMTP_URL: smtpUrl, MAIL_FROM: 'coprod <reminders@example.org>', WEBHOOK_DELIVERY: onPostgres ? 'worker' : 'in-process' },
      { clock },
    );
    if (onPostgres) for (let i = 0; i < 2; i++) workers.push(await startWorker(t.config, { clock }));
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    const member = async (role: 'PROGRAMME_MANAGER' | 'CONTRIBUTOR', name: string): Promise<Person> => {
      const added = await t.client.addMember(org.as.ADMIN.token!, org.id, role, name);
      return { as: { token: added.token, organisationId: org.id, userId: added.userId }, email: added.email };
    };
    auckland = await member('PROGRAMME_MANAGER', 'Aroha Auckland');
    losAngeles = await member('CONTRIBUTOR', 'Luis Angeles');
    programmeId = (await createProgramme(t, auckland.as, 'Safer streets')).id;
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await t.close();
    await mail.stop();
  });

  const task = (title: string, assignee: Person, dueDate: string) =>
    t.client.ok(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      {
        input: { programmeId, title, step: 'MAP', assigneeId: assignee.as.userId, dueDate },
      },
      org.as.ADMIN,
    );

  it('keeps each person’s settings, naming the field at fault', async () => {
    const defaults = await t.client.ok(`{ notificationPreferences { ${PREFERENCES} } }`, {}, { token: auckland.as.token });
    expect(defaults.notificationPreferences).toEqual({
      digestEmail: true,
      kinds: ['TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'STEP_PAST_TARGET', 'WORKSHOP_TOMORROW'],
      sendHour: 8,
      timeZone: null,
      effectiveTimeZone: expect.any(String),
      emailAvailable: true,
      unsubscribedAt: null,
    });
    for (const [input, field, message] of [
      [{ timeZone: 'Mars/Olympus' }, 'input.timeZone', 'must be an IANA time zone such as Europe/London'],
      [{ sendHour: 24 }, 'input.sendHour', 'must be a whole hour from 0 to 23'],
      [{ sendHour: -1 }, 'input.sendHour', 'must be a whole hour from 0 to 23'],
    ] as const) {
      expect(refusal(await t.client.fails(UPDATE_PREFERENCES, { input }, auckland.as))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: { [field]: message },
      });
    }
    const { updateNotificationPreferences } = await t.client.ok(
      UPDATE_PREFERENCES,
      { input: { timeZone: 'Pacific/Auckland' } },
      auckland.as,
    );
    expect(updateNotificationPreferences).toMatchObject({
      timeZone: 'Pacific/Auckland',
      effectiveTimeZone: 'Pacific/Auckland',
      sendHour: 8,
    });
    await t.client.ok(UPDATE_PREFERENCES, { input: { timeZone: 'America/Los_Angeles' } }, losAngeles.as);
    // An API key is no person: it has no notifications.
    const key = (await t.client.ok(`mutation { createApiKey(input: { name: "Intranet", role: VIEWER }) { secret } }`, {}, org.as.ADMIN))
      .createApiKey.secret;
    expect(refusal(await t.client.fails(`{ unreadNotificationCount }`, {}, { apiKey: key, organisationId: org.id })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('makes one digest per person at their hour, with “tomorrow” where they are, by e-mail and live in the app, however many schedulers run', async () => {
    // Auckland's tomorrow is 12 March; Los Angeles' is 11 March.
    await task('Book the hall', auckland, '2031-03-12');
    await task('Print the survey', auckland, '2031-03-11');
    await task('Call the wardens', auckland, '2031-03-01');
    await task('Order the radios', losAngeles, '2031-03-11');
    await task('Write the leaflet', losAngeles, '2031-03-12');
    const { programme } = await t.client.ok(`query($id: ID!) { programme(id: $id) { version } }`, { id: programmeId }, auckland.as);
    await t.client.ok(
      `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id } }`,
      { input: { programmeId, version: programme.version, step: 'MAP', targetDate: '2031-03-05' } },
      auckland.as,
    );
    await t.client.ok(
      `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id } }`,
      {
        input: {
          programmeId,
          title: 'Ideas evening',
          startsAt: '2031-03-12T18:00:00+13:00',
          endsAt: '2031-03-12T20:00:00+13:00',
          place: 'Town hall',
          facilitatorUserId: auckland.as.userId,
        },
      },
      auckland.as,
    );

    // Before their hour nothing is made for them (the organisations' other members, in London, have nothing to hear).
    await runSchedulers();
    expect(mail.mails).toEqual([]);
    expect(
      await sql(t, `SELECT 1 FROM notification_digest WHERE user_id = ANY($1::uuid[])`, [[auckland.as.userId, losAngeles.as.userId]]),
    ).toEqual([]);

    const live = [listen(t, auckland), listen(t, losAngeles), listen(t, { as: other.as.ADMIN, email: '' })];
    const liveEvents = t.app.get(LiveEvents);
    await eventually(
      () =>
        liveEvents.personalSubscriberCount(org.id, auckland.as.userId) === 1 &&
        liveEvents.personalSubscriberCount(org.id, losAngeles.as.userId) === 1,
    );

    clock.set(DIGEST_TIME);
    expect(await runSchedulers()).toBe(2);
    expect(await runSchedulers()).toBe(0);

    const [forAuckland] = await mail.waitFor(auckland.email);
    const [forLosAngeles] = await mail.waitFor(losAngeles.email);
    expect(forAuckland.subject).toBe('Your coprod reminders for Tuesday 11 March: 4 items');
    expect(bodyOf(forAuckland)).toContain('Book the hall (Safer streets)');
    expect(bodyOf(forAuckland)).toContain('Call the wardens (Safer streets): was due Saturday 1 March');
    expect(bodyOf(forAuckland)).toContain('Map it of Safer streets: its target was Wednesday 5 March');
    expect(bodyOf(forAuckland)).toContain('Ideas evening at 18:00, Town hall');
    expect(bodyOf(forAuckland)).not.toContain('Print the survey'); // due today in Auckland: neither tomorrow nor overdue
    expect(forLosAngeles.subject).toBe('Your coprod reminders for Monday 10 March: 1 item');
    expect(bodyOf(forLosAngeles)).toContain('Order the radios (Safer streets)');
    expect(bodyOf(forLosAngeles)).not.toContain('Write the leaflet');
    expect(forAuckland.html).toContain('<li>Book the hall (Safer streets)</li>');
    expect(forAuckland.from?.text).toBe('"coprod" <reminders@example.org>');
    // Nobody with nothing to hear got mail, and nobody got two.
    expect(mail.mails.map((m) => m.to[0]).sort()).toEqual([auckland.email, losAngeles.email].sort());

    // The same items, in the app, live and only to their person.
    await eventually(() => live[0].received.length === 4 && live[1].received.length === 1);
    expect(live[0].received.map((n) => `${n.kind} ${n.title}`).sort()).toEqual([
      'STEP_PAST_TARGET Map it',
      'TASK_DUE_TOMORROW Book the hall',
      'TASK_OVERDUE Call the wardens',
      'WORKSHOP_TOMORROW Ideas evening',
    ]);
    expect(live[1].received.map((n) => `${n.kind} ${n.title}`)).toEqual(['TASK_DUE_TOMORROW Order the radios']);
    expect(live[2].received).toEqual([]);
    for (const { client } of live) await client.dispose();

    const rows = await sql<{ user_id: string; n: number }>(
      t,
      `SELECT user_id, count(*)::int AS n FROM notification_digest WHERE status = 'SENT' AND user_id = ANY($1::uuid[]) GROUP BY user_id`,
      [[auckland.as.userId, losAngeles.as.userId]],
    );
    expect(rows.map((r) => r.n)).toEqual([1, 1]);
  });

  it('lists, counts and marks read a person’s notifications, and shows them to nobody else', async () => {
    const list = async (person: As, unreadOnly = false) =>
      (await t.client.ok(
        `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly, first: 10) { totalCount edges { node { ${NOTIFICATION} } } } unreadNotificationCount }`,
        { unreadOnly },
        person,
      )) as {
        notifications: {
          totalCount: number;
          edges: Array<{ node: { id: string; title: string; forDate: string; readAt: string | null } }>;
        };
        unreadNotificationCount: number;
      };
    const mine = await list(auckland.as);
    expect(mine.notifications.totalCount).toBe(4);
    expect(mine.unreadNotificationCount).toBe(4);
    expect(new Set(mine.notifications.edges.map((e) => e.node.forDate))).toEqual(new Set(['2031-03-11']));
    const first = mine.notifications.edges[0].node;

    // Someone else's notification is not found, and changes nothing.
    expect(
      refusal(
        await t.client.fails(
          `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }`,
          { input: { ids: [first.id] } },
          losAngeles.as,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect((await list(losAngeles.as)).notifications.totalCount).toBe(1);
    expect((await list(other.as.ADMIN)).notifications.totalCount).toBe(0);
    expect(refusal(await t.client.fails(`mutation { markNotificationsRead(input: {}) { marked } }`, {}, auckland.as)).fields).toEqual({
      'input.ids': 'must name notifications, or send all: true',
    });

    const marked = await t.client.ok(
      `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount notifications { id readAt } } }`,
      { input: { ids: [first.id] } },
      auckland.as,
    );
    expect(marked.markNotificationsRead).toMatchObject({
      marked: 1,
      unreadCount: 3,
      notifications: [{ id: first.id, readAt: expect.any(String) }],
    });
    expect((await list(auckland.as, true)).notifications.totalCount).toBe(3);
    const all = await t.client.ok(`mutation { markNotificationsRead(input: { all: true }) { marked unreadCount } }`, {}, auckland.as);
    expect(all.markNotificationsRead).toEqual({ marked: 3, unreadCount: 0 });
  });

  it('stops digest e-mails from the one-click link, refuses a forged one, and keeps reminders in the app', async () => {
    const [forAuckland] = mail.to(auckland.email);
    const [forLosAngeles] = mail.to(losAngeles.email);
    const link = (m: ParsedMail) => /^<(.+)>$/.exec(rawHeader(m, 'List-Unsubscribe')!)![1];
    expect(rawHeader(forAuckland, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const url = new URL(link(forAuckland));
    expect(url.pathname).toBe('/notifications/unsubscribe');
    expect(bodyOf(forAuckland)).toContain(url.href);

    const local = (href: string) => `${t.url}${new URL(href).pathname}${new URL(href).search}`;
    const forged = new URL(local(url.href));
    forged.searchParams.set('token', `${losAngeles.as.userId}.${url.searchParams.get('token')!.split('.')[1]}`);
    const refused = await fetch(forged);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('This link does not work');

    const page = await fetch(local(url.href));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('You will get no more reminder e-mails');
    // A mail program's one-click POST (RFC 8058) does the same.
    const oneClick = await fetch(local(link(forLosAngeles)), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    for (const person of [auckland, losAngeles]) {
      const { notificationPreferences } = await t.client.ok(
        `{ notificationPreferences { ${PREFERENCES} } }`,
        {},
        { token: person.as.token },
      );
      expect(notificationPreferences).toMatchObject({ digestEmail: false, unsubscribedAt: expect.any(String) });
    }

    // The next day: reminders in the app, no e-mail.
    clock.set(NEXT_DAY);
    expect(await runSchedulers()).toBeGreaterThanOrEqual(2);
    expect(mail.mails).toHaveLength(2);
    const count = await t.client.ok(`{ unreadNotificationCount }`, {}, losAngeles.as);
    expect(count.unreadNotificationCount).toBeGreaterThan(1); // its overdue task, and yesterday's unread one
  });

  it('mails a password-reset link that works, and answers an unknown address the same with no mail', async () => {
    const unknown = 'nobody.here@example.org';
    const answerUnknown = await t.client.ok(REQUEST_RESET, { input: { email: unknown } });
    const answerKnown = await t.client.ok(REQUEST_RESET, { input: { email: auckland.email.toUpperCase() } });
    expect(answerKnown).toEqual(answerUnknown);
    expect(answerKnown.requestPasswordReset.message).toBe(
      'If the address is known, we have sent a link to it to choose a new password. The link works once, within 24 hours.',
    );
    const resetMails = await mail.waitFor(auckland.email, 2);
    const reset = resetMails[1];
    expect(reset.subject).toBe('Choose a new coprod password');
    const token = /password-reset\?token=([\w-]+)/.exec(bodyOf(reset))![1];
    expect(JSON.stringify(answerKnown)).not.toContain(token);
    expect(mail.to(unknown)).toEqual([]);

    const { resetPassword } = await t.client.ok(
      `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id } } }`,
      { input: { token, newPassword: 'a new and long passphrase' } },
    );
    expect(resetPassword.user.id).toBe(auckland.as.userId);
    expect((await t.client.signIn(auckland.email, 'a new and long passphrase')).userId).toBe(auckland.as.userId);
    // The link works once.
    const again = await t.client.fails(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token } }`, {
      input: { token, newPassword: 'yet another long passphrase' },
    });
    expect(refusal(again).fields).toEqual({ 'input.token': 'is not a valid reset link: it may have been used already or expired' });
  });

  it('refuses too many reset requests from one client for one address, as sign-in does', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 6; i++) {
      const result = await t.client.request(REQUEST_RESET, { input: { email: 'flooded@example.org' } }, { headers: from });
      codes.push(result.errors?.[0]?.extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'TOO_MANY_ATTEMPTS']);
  });
});
