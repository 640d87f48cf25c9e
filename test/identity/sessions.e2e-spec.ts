import { randomBytes } from 'node:crypto';
import { LiveEvents } from '@app/history';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';
import { codeOf, newOrganisation, PASSWORD, Q, sql, uniqueEmail } from './identity-helpers';

/**
 * Browser sessions: a cookie carrying a server-side session's secret (HttpOnly, SameSite=Lax),
 * idle and absolute ends, signOut and changePassword ending sessions on the server, the
 * WebSocket authenticating from the cookie after checking the Origin, and Apollo's CSRF
 * prevention standing in front of every cookie-authenticated request.
 */

const START = `mutation($input: SignInInput!) { startSession(input: $input) { expiresAt user { id email displayName } } }`;
const SIGN_OUT = `mutation { signOut }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `query { me { id } }`;
const HISTORY = `subscription { historyEvents { type } }`;

interface Answer {
  status: number;
  body: any;
  setCookies: string[];
}

describe('identity: browser sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    // GraphiQL is not what these tests are about; WEB_ORIGINS names one page elsewhere that may open sockets.
    // Sockets check their sessions every second here, for the test of a session ended unheard; and
    // access is looked up on every request, so that moving a session's clock back shows at once.
    t = await startTestApp({
      GRAPHIQL: 'false',
      WEB_ORIGINS: 'https://app.example.org',
      SESSION_SOCKET_CHECK_SECONDS: '1',
      MEMBERSHIP_CACHE_SECONDS: '0',
    });
  });
  afterAll(() => t.close());

  /** A POST to /graphql as a browser's fetch would send it, with `headers` added. */
  async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json().catch(() => null), setCookies: response.headers.getSetCookie() };
  }

  /** A new person with an account; answers their address. */
  async function person(name = 'Session Person'): Promise<string> {
    const email = uniqueEmail(name);
    await t.client.ok(Q.signUp, { input: { email, password: PASSWORD, displayName: name } });
    return email;
  }

  /** Starts a browser session; answers the Cookie header that carries it, and the answer. */
  async function browser(
    email: string,
    password = PASSWORD,
    headers: Record<string, string> = {},
  ): Promise<{ cookie: string; answer: Answer }> {
    const answer = await post(START, { input: { email, password } }, headers);
    expect(answer.body.errors).toBeUndefined();
    const [set] = answer.setCookies;
    return { cookie: set.split(';')[0], answer };
  }

  const meWith = (headers: Record<string, string>) => post(ME, {}, headers);
  const sessionsOf = (userId: string) =>
    sql<{ id: string; kind: string }>(t, `SELECT id, kind FROM user_session WHERE user_id = $1 ORDER BY created_at`, [userId]);
  const secretOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1);

  describe('startSession', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for the whole site and answers the person, with no secret in the body', async () => {
      const email = await person('Cookie Holder');
      const { cookie, answer } = await browser(email);
      expect(answer.setCookies).toHaveLength(1);
      const [set] = answer.setCookies;
      const attributes = set
        .split(';')
        .slice(1)
        .map((a) => a.trim());
      // Plain HTTP: no Secure, so no __Host- prefix either.
      expect(cookie).toMatch(/^coprod_session=[\w-]{43}$/);
      expect(attributes).toEqual(['Path=/', `Max-Age=${12 * 3600}`, 'HttpOnly', 'SameSite=Lax']);
      expect(answer.body.data.startSession.user).toEqual({ id: expect.any(String), email, displayName: 'Cookie Holder' });
      const expiresAt = new Date(answer.body.data.startSession.expiresAt).getTime();
      expect(Math.abs(expiresAt - (Date.now() + 12 * 3600_000))).toBeLessThan(60_000);
      expect(JSON.stringify(answer.body)).not.toContain(secretOf(cookie));
      // Only the secret's hash is kept.
      const [row] = await sql<{ secret_hash: string; kind: string }>(
        t,
        `SELECT secret_hash, kind FROM user_session WHERE user_id = $1 AND kind = 'COOKIE'`,
        [answer.body.data.startSession.user.id],
      );
      expect(row.kind).toBe('COOKIE');
      expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.secret_hash).not.toContain(secretOf(cookie));
    });

    it('over HTTPS (as a trusted proxy reports it) the cookie is Secure and named __Host-, and only that name counts there', async () => {
      const email = await person('Secure Holder');
      const https = { 'x-forwarded-proto': 'https' };
      const { cookie, answer } = await browser(email, PASSWORD, https);
      expect(cookie).toMatch(/^__Host-coprod_session=/);
      expect(answer.setCookies[0]).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
      expect((await meWith({ ...https, cookie })).body.data.me.id).toBe(answer.body.data.startSession.user.id);
      // The same secret under the plain name, as a neighbouring subdomain could plant it, is not read over HTTPS.
      const planted = await meWith({ ...https, cookie: `coprod_session=${secretOf(cookie)}` });
      expect(codeOf(planted.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('refuses a wrong password as signIn does, with no cookie, and counts it in the same throttle', async () => {
      const email = await person('Wrong Password');
      const answer = await post(START, { input: { email, password: 'not the password at all' } });
      expect(codeOf(answer.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(answer.setCookies).toEqual([]);
      const [row] = await sql<{ failures: number }>(
        t,
        `SELECT failures FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [`account\n${email}`],
      );
      expect(row.failures).toBe(1);
    });
  });

  describe('requests with the cookie', () => {
    it('are the person; a bearer token sent with it wins, and a bad one is not rescued by the cookie', async () => {
      const alice = await person('Alice Cookie');
      const { cookie, answer } = await browser(alice);
      const aliceId = answer.body.data.startSession.user.id;
      expect((await meWith({ cookie })).body.data.me.id).toBe(aliceId);

      const bob = await t.client.signUp('Bob Token');
      expect((await meWith({ cookie, authorization: `Bearer ${bob.token}` })).body.data.me.id).toBe(bob.userId);
      const spoilt = await meWith({ cookie, authorization: 'Bearer not-a-token' });
      expect(codeOf(spoilt.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('move the idle end on, writing at most once a minute', async () => {
      const email = await person('Slider');
      const { cookie, answer } = await browser(email);
      const userId = answer.body.data.startSession.user.id;
      const lastUsed = async () =>
        (
          await sql<{ at: string }>(t, `SELECT last_used_at::text AS at FROM user_session WHERE user_id = $1 AND kind = 'COOKIE'`, [userId])
        )[0].at;

      await sql(t, `UPDATE user_session SET last_used_at = now() - interval '5 minutes' WHERE user_id = $1`, [userId]);
      const before = await lastUsed();
      expect((await meWith({ cookie })).body.data.me.id).toBe(userId);
      const slid = await lastUsed();
      expect(new Date(slid).getTime()).toBeGreaterThan(new Date(before).getTime() + 4 * 60_000);
      // Within the minute: no write.
      expect((await meWith({ cookie })).body.data.me.id).toBe(userId);
      expect(await lastUsed()).toBe(slid);
    });

    it('are refused once the session has been idle for SESSION_IDLE_MINUTES', async () => {
      const email = await person('Idle');
      const { cookie, answer } = await browser(email);
      const userId = answer.body.data.startSession.user.id;
      // Idle for just under two hours (the default): still fine, and the request moves the end on.
      await sql(t, `UPDATE user_session SET last_used_at = now() - interval '119 minutes' WHERE user_id = $1`, [userId]);
      expect((await meWith({ cookie })).body.data.me.id).toBe(userId);
      await sql(t, `UPDATE user_session SET last_used_at = now() - interval '121 minutes' WHERE user_id = $1`, [userId]);
      const refused = await meWith({ cookie });
      expect(codeOf(refused.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(refused.body.errors[0].message).toMatch(/session has ended/);
    });

    it('are refused after the absolute end, however busy the session', async () => {
      const email = await person('Busy');
      const { cookie, answer } = await browser(email);
      const userId = answer.body.data.startSession.user.id;
      const [{ hours }] = await sql<{ hours: number }>(
        t,
        `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM user_session WHERE user_id = $1`,
        [userId],
      );
      expect(hours).toBe(12);
      await sql(t, `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [userId]);
      expect(codeOf((await meWith({ cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('do not stop a browser whose session has ended from signing in again', async () => {
      const email = await person('Stale');
      const { cookie, answer } = await browser(email);
      await sql(t, `DELETE FROM user_session WHERE user_id = $1`, [answer.body.data.startSession.user.id]);
      const again = await post(START, { input: { email, password: PASSWORD } }, { cookie });
      expect(again.body.errors).toBeUndefined();
      expect(again.setCookies).toHaveLength(1);
    });

    it('end the session a browser held when it signs in again, so no unusable session is left open', async () => {
      const email = await person('Twice Signed In');
      const first = await browser(email);
      const second = await browser(email, PASSWORD, { cookie: first.cookie });
      const userId = first.answer.body.data.startSession.user.id;
      expect(await sessionsOf(userId)).toHaveLength(1);
      expect(codeOf((await meWith({ cookie: first.cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect((await meWith({ cookie: second.cookie })).body.data.me.id).toBe(userId);
    });
  });

  describe('CSRF prevention', () => {
    it("refuses another site's simple requests carrying the cookie (form posts of every simple type, and GET), and runs nothing", async () => {
      const email = await person('Csrf Target');
      const { cookie, answer } = await browser(email);
      const userId = answer.body.data.startSession.user.id;
      const evil = { cookie, origin: 'https://evil.example' };
      const simple: Array<[string, string]> = [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(SIGN_OUT)}`],
        ['text/plain', JSON.stringify({ query: SIGN_OUT })],
        ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${SIGN_OUT}\r\n--x--\r\n`],
      ];
      for (const [type, body] of simple) {
        const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...evil, 'content-type': type }, body });
        expect({ type, refused: response.status >= 400 && response.status < 500 }).toEqual({ type, refused: true });
        expect(JSON.stringify(await response.json().catch(() => ({})))).not.toContain('"signOut"');
      }
      const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(ME)}`, { headers: evil });
      expect(get.status).toBe(400);
      expect(JSON.stringify(await get.json())).not.toContain(userId);
      // The session is still there: nothing ran.
      expect((await meWith({ cookie })).body.data.me.id).toBe(userId);
    });
  });

  describe('signOut', () => {
    it('ends the cookie session on the server and clears the cookie; the old cookie is refused', async () => {
      const email = await person('Leaver');
      const { cookie, answer } = await browser(email);
      const userId = answer.body.data.startSession.user.id;
      const out = await post(SIGN_OUT, {}, { cookie });
      expect(out.body).toEqual({ data: { signOut: true } });
      expect(out.setCookies).toEqual(['coprod_session=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax']);
      expect(await sql(t, `SELECT 1 FROM user_session WHERE user_id = $1 AND kind = 'COOKIE'`, [userId])).toEqual([]);
      expect(codeOf((await meWith({ cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      // Signing out again is harmless, and says there was nothing to end.
      expect((await post(SIGN_OUT, {}, { cookie })).body).toEqual({ data: { signOut: false } });
    });

    it("ends a bearer token's own session, and no other", async () => {
      const email = await person('Token Leaver');
      const first = await t.client.signIn(email, PASSWORD);
      const second = await t.client.signIn(email, PASSWORD);
      expect(await sessionsOf(first.userId)).toEqual([
        expect.objectContaining({ kind: 'TOKEN' }),
        expect.objectContaining({ kind: 'TOKEN' }),
      ]);
      expect((await post(SIGN_OUT, {}, { authorization: `Bearer ${first.token}` })).body).toEqual({ data: { signOut: true } });
      const refused = await meWith({ authorization: `Bearer ${first.token}` });
      expect(codeOf(refused.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(refused.body.errors[0].message).toMatch(/session this token belongs to has ended/);
      expect((await meWith({ authorization: `Bearer ${second.token}` })).body.data.me.id).toBe(first.userId);
    });
  });

  describe('changePassword', () => {
    it('ends every other session and token of the person, keeps this one, and the new password is the one that works', async () => {
      const email = await person('Changer');
      const here = await browser(email);
      const elsewhere = await browser(email);
      const token = (await t.client.signIn(email, PASSWORD)).token;
      const userId = here.answer.body.data.startSession.user.id;

      const changed = await post(
        CHANGE,
        { input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } },
        { cookie: here.cookie },
      );
      expect(changed.body).toEqual({ data: { changePassword: true } });
      expect((await meWith({ cookie: here.cookie })).body.data.me.id).toBe(userId);
      expect(codeOf((await meWith({ cookie: elsewhere.cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(codeOf((await meWith({ authorization: `Bearer ${token}` })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(await sessionsOf(userId)).toHaveLength(1);

      expect(codeOf((await post(START, { input: { email, password: PASSWORD } })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      await browser(email, 'a brand new passphrase');
    });

    it('keeps the token it was changed with, when that is a token', async () => {
      const email = await person('Token Changer');
      const { token, userId } = await t.client.signIn(email, PASSWORD);
      const { cookie } = await browser(email);
      const changed = await post(
        CHANGE,
        { input: { currentPassword: PASSWORD, newPassword: 'another new passphrase' } },
        { authorization: `Bearer ${token}` },
      );
      expect(changed.body).toEqual({ data: { changePassword: true } });
      expect((await meWith({ authorization: `Bearer ${token}` })).body.data.me.id).toBe(userId);
      expect(codeOf((await meWith({ cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('names input.currentPassword when it is wrong, counting the guess in the sign-in throttle, and changes nothing', async () => {
      const email = await person('Guesser');
      const { cookie, answer } = await browser(email);
      const other = await browser(email);
      const wrong = await post(CHANGE, { input: { currentPassword: 'a guess at it', newPassword: 'a brand new passphrase' } }, { cookie });
      expect(codeOf(wrong.body.errors[0])).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.currentPassword'] });
      const [row] = await sql<{ failures: number }>(
        t,
        `SELECT failures FROM sign_in_throttle WHERE scope = 'ACCOUNT' AND key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [`account\n${email}`],
      );
      expect(row.failures).toBe(1);
      // Nothing ended, and the password is unchanged.
      expect((await meWith({ cookie: other.cookie })).body.data.me.id).toBe(answer.body.data.startSession.user.id);
      await browser(email, PASSWORD);
    });

    it('names input.newPassword when it breaks the sign-up rules or repeats the current one', async () => {
      const email = await person('Weak Choice');
      const { cookie } = await browser(email);
      for (const newPassword of ['short', 'password123', PASSWORD]) {
        const refused = await post(CHANGE, { input: { currentPassword: PASSWORD, newPassword } }, { cookie });
        expect({ newPassword, ...codeOf(refused.body.errors[0]) }).toEqual({
          newPassword,
          code: 'BAD_USER_INPUT',
          fields: ['input.newPassword'],
        });
      }
    });

    it('is for a signed-in person only', async () => {
      const refused = await post(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } });
      expect(codeOf(refused.body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('resetPassword', () => {
    it("ends every session of the person, browsers' included", async () => {
      const org = await newOrganisation(t.client, 'Reset Council');
      const { cookie } = await browser(org.admin.email);
      const link = await t.client.ok(
        Q.issuePasswordReset,
        { input: { userId: org.admin.userId } },
        { token: org.admin.token, organisationId: org.id },
      );
      await t.client.ok(Q.resetPassword, { input: { token: link.issuePasswordReset.token, newPassword: 'reset to this passphrase' } });
      expect(codeOf((await meWith({ cookie })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
      expect(codeOf((await meWith({ authorization: `Bearer ${org.admin.token}` })).body.errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('the WebSocket', () => {
    /** A graphql-ws client whose upgrade carries `headers` (a browser sends its cookie and Origin). */
    function socket(headers: Record<string, string>, params: Record<string, unknown> = {}): Client {
      class WithHeaders extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers });
        }
      }
      return createClient({
        url: t.wsUrl,
        webSocketImpl: WithHeaders,
        connectionParams: params,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
      });
    }
    const closeCode = (c: Client) => new Promise<number>((resolve) => c.on('closed', (event) => resolve((event as { code: number }).code)));
    const connected = (c: Client) => new Promise<void>((resolve) => c.on('connected', () => resolve()));
    function subscribe(c: Client) {
      const state = { events: [] as unknown[], completed: false };
      c.subscribe(
        { query: HISTORY },
        { next: (value) => void state.events.push(value.data), error: () => undefined, complete: () => void (state.completed = true) },
      );
      return state;
    }
    async function until(condition: () => boolean, what: string): Promise<void> {
      const started = Date.now();
      while (!condition()) {
        if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    /** The HTTP status an upgrade is refused with. */
    function refusal(headers: Record<string, string>): Promise<{ status: number; body: any }> {
      const raw = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers });
      return new Promise((resolve, reject) => {
        raw.on('open', () => reject(new Error('the upgrade was accepted')));
        raw.on('error', () => undefined);
        raw.on('unexpected-response', (_request, response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(body) }));
        });
      });
    }

    it('authenticates from the session cookie, with the organisation in connectionParams, and hears the organisation', async () => {
      const org = await newOrganisation(t.client, 'Live Cookie Council');
      const { cookie } = await browser(org.admin.email);
      const host = new URL(t.url).host;
      const c = socket({ cookie, origin: `http://${host}` }, { organisationId: org.id });
      const live = subscribe(c);
      await connected(c);
      await until(() => t.app.get(LiveEvents).subscriberCount(org.id) > 0, 'the subscription');
      await t.client.ok(
        Q.updateOrganisation,
        { input: { name: 'Renamed Live Council', version: 1 } },
        { token: org.admin.token, organisationId: org.id },
      );
      await until(() => live.events.length > 0, 'the event');
      expect(live.events).toEqual([{ historyEvents: { type: 'ORGANISATION_UPDATED' } }]);
      await c.dispose();
    });

    it('refuses an upgrade from a page of another origin, even with a valid cookie; its own host, PUBLIC_URL and WEB_ORIGINS may', async () => {
      const email = await person('Origin Person');
      const { cookie } = await browser(email);
      for (const origin of ['https://evil.example', 'null', `http://127.0.0.1.evil.example`]) {
        const refused = await refusal({ cookie, origin });
        expect({ origin, status: refused.status, code: refused.body.errors[0].extensions.code }).toEqual({
          origin,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
      for (const origin of [`http://${new URL(t.url).host}`, 'https://app.example.org', t.config.publicUrl]) {
        const c = socket({ cookie, origin });
        await connected(c);
        await c.dispose();
      }
    });

    it('still serves a client without Origin (not a browser) by connectionParams credentials', async () => {
      const { token } = await t.client.signUp('Api Client');
      const c = socket({}, { token });
      await connected(c);
      await c.dispose();
    });

    it("refuses the old cookie after signOut, and closes the session's open sockets at once", async () => {
      const org = await newOrganisation(t.client, 'Sign Out Live Council');
      const { cookie } = await browser(org.admin.email);
      const open = socket({ cookie }, { organisationId: org.id });
      const openClosed = closeCode(open);
      subscribe(open);
      await connected(open);

      expect((await post(SIGN_OUT, {}, { cookie })).body).toEqual({ data: { signOut: true } });
      expect(await openClosed).toBe(4401);
      const after = socket({ cookie }, { organisationId: org.id });
      expect(await closeCode(after)).toBe(4403);
      await after.dispose();
      await open.dispose();
    });

    it("closes the sockets of the sessions a changed password ends, and keeps this session's", async () => {
      const org = await newOrganisation(t.client, 'Password Live Council');
      const here = await browser(org.admin.email);
      const elsewhere = await browser(org.admin.email);
      const kept = socket({ cookie: here.cookie }, { organisationId: org.id });
      const ended = socket({ cookie: elsewhere.cookie }, { organisationId: org.id });
      const endedClosed = closeCode(ended);
      let keptClosed = false;
      kept.on('closed', () => void (keptClosed = true));
      await Promise.all([connected(kept), connected(ended)]);

      await post(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'the live new passphrase' } }, { cookie: here.cookie });
      expect(await endedClosed).toBe(4401);
      expect(keptClosed).toBe(false);
      await kept.dispose();
      await ended.dispose();
    });

    // Replicas share one database: an ended session is no organisation's event, so it travels as an access signal (NOTIFY).
    (process.env.DATABASE_URL ? it : it.skip)('closes at once, on another process, the sockets of a session signed out here', async () => {
      const secret = randomBytes(32).toString('hex');
      const a = await startTestApp({ GRAPHIQL: 'false', JWT_SECRET: secret });
      // B checks its sockets' sessions only every ten minutes: what closes its socket is the signal.
      const b = await startTestApp(
        { GRAPHIQL: 'false', JWT_SECRET: secret, SESSION_SOCKET_CHECK_SECONDS: '600' },
        { databaseUrl: a.config.databaseOwnerUrl! },
      );
      try {
        const org = await newOrganisation(a.client, 'Replica Session Council');
        const signedIn = await fetch(`${a.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: START, variables: { input: { email: org.admin.email, password: PASSWORD } } }),
        });
        const cookie = signedIn.headers.getSetCookie()[0].split(';')[0];
        const onB = createClient({
          url: b.wsUrl,
          webSocketImpl: class extends WebSocket {
            constructor(address: string, protocols?: string | string[]) {
              super(address, protocols, { headers: { cookie } });
            }
          },
          connectionParams: { organisationId: org.id },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
        });
        const closedOnB = new Promise<number>((resolve) => onB.on('closed', (event) => resolve((event as { code: number }).code)));
        await new Promise<void>((resolve) => onB.on('connected', () => resolve()));
        // B has used the cookie over HTTP too, so whatever it remembers of it must be forgotten.
        const meOnB = () =>
          fetch(`${b.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ query: ME }),
          });
        expect(((await (await meOnB()).json()) as { data: { me: { id: string } } }).data.me.id).toBe(org.admin.userId);

        const out = await fetch(`${a.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: SIGN_OUT }),
        });
        expect(await out.json()).toEqual({ data: { signOut: true } });
        const started = Date.now();
        expect(await closedOnB).toBe(4401);
        expect(Date.now() - started).toBeLessThan(5000);
        expect(codeOf(((await (await meOnB()).json()) as { errors: never[] }).errors[0])).toEqual({ code: 'UNAUTHENTICATED' });
        await onB.dispose();
      } finally {
        await b.close();
        await a.close();
      }
    });

    it('closes sockets whose session ended unheard (a signal missed while reconnecting, or run out), at the next check (SESSION_SOCKET_CHECK_SECONDS)', async () => {
      const org = await newOrganisation(t.client, 'Sweep Council');
      const { cookie, answer } = await browser(org.admin.email);
      const c = socket({ cookie }, { organisationId: org.id });
      const closed = closeCode(c);
      await connected(c);
      // The row goes, and no process hears of it.
      await sql(t, `DELETE FROM user_session WHERE user_id = $1`, [answer.body.data.startSession.user.id]);
      const started = Date.now();
      expect(await closed).toBe(4401);
      expect(Date.now() - started).toBeLessThan(3000);
      await c.dispose();
    });
  });
});
