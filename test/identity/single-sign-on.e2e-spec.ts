import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import * as oidc from 'openid-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, personContext } from '../support/browser';
import type { As } from '../support/graphql-client';
import { sql, startTestApp, type TestApp } from '../support/test-app';
import { builtWebClient } from '../support/web-build';
import { tabTo } from '../web/walk/walk';
import { newKey, TestProvider } from './oidc-test-provider';

/**
 * Single sign-on with OpenID Connect against real providers (`oidc-provider`, two of them, on
 * 127.0.0.1), in one real browser: an organisation's settings (validated, the secret never
 * answered, an issuer inside the network refused unless OIDC_ALLOWED_DESTINATIONS allows it), the
 * authorisation-code flow with PKCE ending in coprod's cookie session, the first sign-in making
 * the member from the provider's groups claim, a refusal in plain words for someone
 * with no mapped group, the provider's access and ID tokens accepted by the API (and tokens signed
 * by another key, from another issuer or for another audience refused), a key rotation followed,
 * another organisation never reached through this provider, and passwords turned off.
 */
const run = chromiumAvailable('single sign-on');

const AUDIENCE = 'https://coprod.test/api';
const WEB_CLIENT = { clientId: 'coprod-web', clientSecret: 'a secret the provider gave coprod' };
const BETA_CLIENT = { clientId: 'coprod-beta', clientSecret: 'beta secret' };
const ME = `{ me { id email memberships { role organisation { id } } } }`;
const ORGANISATION = `{ organisation { id name } }`;
const CONFIGURATION = `{ oidcConfiguration { id enabled slug issuer clientId clientSecretSet audience roleClaim roleMapping { claimValue role } createMembersOnFirstSignIn passwordSignInAllowed redirectUri signInUrl version } }`;
const UPDATE = `mutation($input: UpdateOidcConfigurationInput!) { updateOidcConfiguration(input: $input) { id version enabled passwordSignInAllowed clientSecretSet } }`;
const PASSWORD = 'correct horse battery';

(run ? describe : describe.skip)('single sign-on with OpenID Connect', () => {
  let t: TestApp;
  let browser: Browser;
  const alphaProvider = new TestProvider(
    { ...WEB_CLIENT, redirectUris: [] },
    {
      pat: { email: 'pat@alpha.example', name: 'Pat Editor', groups: ['coprod-editors', 'canteen'] },
      alice: { email: 'alice@alpha.example', name: 'Alice Admin', groups: ['coprod-admins'] },
      nora: { email: 'nora@alpha.example', name: 'Nora Nobody', groups: ['canteen'] },
      ann: { email: 'ann.at.work@alpha.example', name: 'Ann', groups: ['coprod-admins'] },
    },
    AUDIENCE,
  );
  const betaProvider = new TestProvider(
    { ...BETA_CLIENT, redirectUris: [] },
    { pat: { email: 'pat@beta.example', name: 'Pat', groups: ['staff'] } },
    AUDIENCE,
  );
  let alpha: string;
  let beta: string;
  let ann: As & { userId: string; email: string };
  let bob: As & { userId: string; email: string };
  const watch = { outside: [] as string[], pageErrors: [] as string[] };
  /** Pat's browser, signed in at the provider once the first test has run. */
  let patPage: Page;
  let patId = '';

  const settings = (overrides: Record<string, unknown> = {}) => ({
    enabled: true,
    slug: 'alpha',
    issuer: alphaProvider.issuer,
    clientId: WEB_CLIENT.clientId,
    clientSecret: WEB_CLIENT.clientSecret,
    audience: AUDIENCE,
    roleClaim: 'groups',
    roleMapping: [
      { claimValue: 'coprod-admins', role: 'ADMIN' },
      { claimValue: 'coprod-editors', role: 'CONTRIBUTOR' },
    ],
    createMembersOnFirstSignIn: true,
    passwordSignInAllowed: true,
    ...overrides,
  });

  beforeAll(async () => {
    // The providers run on 127.0.0.1, allowed as an identity provider on the intranet would be; nothing else inside is.
    t = await startTestApp(
      { OIDC_ALLOW_INSECURE_HTTP: 'true', OIDC_JWKS_COOLDOWN_SECONDS: '0', OIDC_ALLOWED_DESTINATIONS: '127.0.0.1/32' },
      { webDir: builtWebClient() },
    );
    // Links and redirects are built on PUBLIC_URL; the test app's port is known only now.
    t.config.publicUrl = t.url;
    for (const provider of [alphaProvider, betaProvider]) {
      (provider as unknown as { client: { redirectUris: string[] } }).client.redirectUris.push(`${t.url}/auth/oidc/callback`);
      await provider.start();
    }
    browser = await launchBrowser();
    const annUp = await t.client.signUp('Ann Admin');
    alpha = await t.client.createOrganisation(annUp.token, 'Alpha Council');
    ann = { token: annUp.token, organisationId: alpha, userId: annUp.userId, email: annUp.email };
    const bobUp = await t.client.signUp('Bob Admin');
    beta = await t.client.createOrganisation(bobUp.token, 'Beta Council');
    bob = { token: bobUp.token, organisationId: beta, userId: bobUp.userId, email: bobUp.email };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await alphaProvider.stop();
    await betaProvider.stop();
  });

  /** A browser context of its own (a person), reaching the app and both providers. */
  const person = (): Promise<BrowserContext> =>
    personContext(browser, t.url, watch, { alsoReach: [alphaProvider.issuer, betaProvider.issuer] });

  /**
   * Follows the provider's pages until the browser is back at `until`: its login form (any
   * password: the development pages check none) and its consent page, when they come.
   */
  async function throughProvider(page: Page, login: string, until: (url: URL) => boolean): Promise<URL> {
    for (let step = 0; step < 6; step++) {
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      if (until(url)) return url;
      if (await page.locator('input[name="login"]').count()) {
        await page.fill('input[name="login"]', login);
        await page.fill('input[name="password"]', 'anything');
        await Promise.all([page.waitForURL((next) => next.href !== url.href), page.click('button[type="submit"]')]);
      } else if (await page.locator('button[type="submit"]').count()) {
        await Promise.all([page.waitForURL((next) => next.href !== url.href), page.click('button[type="submit"]')]);
      } else {
        throw new Error(`Stuck at ${url.href}: ${(await page.content()).slice(0, 500)}`);
      }
    }
    throw new Error(`Never came back from the provider (at ${page.url()})`);
  }

  /** Signs in with the organisation's provider through coprod's own flow; answers where the browser ends. */
  async function signInWithOrganisation(page: Page, slug: string, login: string): Promise<URL> {
    await page.goto(`${t.url}/auth/oidc/${slug}/start`);
    return throughProvider(page, login, (url) => url.origin === t.url);
  }

  /** GraphQL with the browser's own cookie, as the web client sends it. */
  async function asBrowser(page: Page, query: string, organisationId?: string, variables: Record<string, unknown> = {}) {
    const response = await page.request.post(`${t.url}/graphql`, {
      headers: { 'content-type': 'application/json', ...(organisationId ? { 'x-organisation-id': organisationId } : {}) },
      data: { query, variables },
    });
    return (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }

  /** Tokens straight from the alpha provider for the browser's signed-in person, as an API client gets them (code flow with PKCE). */
  async function providerTokens(page: Page, login: string): Promise<{ accessToken: string; idToken: string }> {
    const client = await oidc.discovery(new URL(alphaProvider.issuer), WEB_CLIENT.clientId, WEB_CLIENT.clientSecret, undefined, {
      execute: [oidc.allowInsecureRequests],
    });
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: alphaProvider.testCallback,
      scope: 'openid email groups api',
      resource: AUDIENCE,
      state,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    });
    await page.goto(url.href);
    const back = await throughProvider(page, login, (at) => at.href.startsWith(alphaProvider.testCallback));
    const tokens = await oidc.authorizationCodeGrant(
      client,
      back,
      { pkceCodeVerifier: verifier, expectedState: state },
      { resource: AUDIENCE },
    );
    return { accessToken: tokens.access_token, idToken: tokens.id_token! };
  }

  const bearer = (token: string, organisationId = alpha): As => ({ token, organisationId });

  it("an ADMIN sets single sign-on: each field validated in words, the secret never answered, the slug one organisation's", async () => {
    const slug = await t.client.fails(UPDATE, { input: settings({ slug: 'Not A Slug' }) }, ann);
    expect(slug.extensions?.fields).toEqual([{ field: 'input.slug', message: expect.stringContaining('lower-case letters') }]);
    const scheme = await t.client.fails(UPDATE, { input: settings({ issuer: 'ftp://login.example.org' }) }, ann);
    expect(scheme.extensions?.fields).toEqual([{ field: 'input.issuer', message: expect.stringContaining('https://') }]);
    const unreachable = await t.client.fails(UPDATE, { input: settings({ issuer: 'http://127.0.0.1:9/nobody' }) }, ann);
    expect(unreachable.extensions?.fields).toEqual([{ field: 'input.issuer', message: expect.stringContaining('could not be reached') }]);
    const twice = await t.client.fails(
      UPDATE,
      {
        input: settings({
          roleMapping: [
            { claimValue: 'x', role: 'VIEWER' },
            { claimValue: 'x', role: 'ADMIN' },
          ],
        }),
      },
      ann,
    );
    expect(twice.extensions?.fields).toEqual([{ field: 'input.roleMapping[1].claimValue', message: 'is listed twice' }]);

    const saved = (await t.client.ok(UPDATE, { input: settings() }, ann)).updateOidcConfiguration;
    expect(saved).toMatchObject({ version: 1, enabled: true, passwordSignInAllowed: true, clientSecretSet: true });
    const read = await t.client.request(CONFIGURATION, {}, ann);
    expect(read.data.oidcConfiguration).toMatchObject({
      slug: 'alpha',
      issuer: alphaProvider.issuer,
      redirectUri: `${t.url}/auth/oidc/callback`,
      signInUrl: `${t.url}/auth/oidc/alpha/start`,
    });
    expect(JSON.stringify(read)).not.toContain(WEB_CLIENT.clientSecret);
    const [stored] = await sql<{ sealed: string }>(
      t,
      `SELECT client_secret_sealed AS sealed FROM oidc_configuration WHERE organisation_id = $1`,
      [alpha],
    );
    expect(stored.sealed).not.toContain(WEB_CLIENT.clientSecret);
    // Left out, the secret is kept; a stale version is a conflict.
    const { clientSecret: _left, ...withoutSecret } = settings({ version: 1 });
    expect((await t.client.ok(UPDATE, { input: withoutSecret }, ann)).updateOidcConfiguration).toMatchObject({
      version: 2,
      clientSecretSet: true,
    });
    expect((await t.client.fails(UPDATE, { input: settings({ version: 1 }) }, ann)).extensions?.code).toBe('CONFLICT');

    // Beta's ADMIN sets Beta's own provider; Alpha's slug is Alpha's, and Alpha's settings are not Beta's to read.
    const taken = await t.client.fails(UPDATE, { input: settings({ slug: 'alpha', issuer: betaProvider.issuer, ...BETA_CLIENT }) }, bob);
    expect(taken.extensions?.fields).toEqual([{ field: 'input.slug', message: expect.stringContaining('taken') }]);
    await t.client.ok(
      UPDATE,
      {
        input: settings({
          slug: 'beta',
          issuer: betaProvider.issuer,
          ...BETA_CLIENT,
          roleMapping: [{ claimValue: 'staff', role: 'VIEWER' }],
        }),
      },
      bob,
    );
    expect((await t.client.ok(CONFIGURATION, {}, bob)).oidcConfiguration.issuer).toBe(betaProvider.issuer);
    expect((await t.client.fails(CONFIGURATION, {}, { token: bob.token, organisationId: alpha })).extensions?.code).toBe('NOT_FOUND');
    const types = await sql<{ type: string; payload: Record<string, unknown> }>(
      t,
      `SELECT type, payload FROM event WHERE organisation_id = $1 AND type = 'SINGLE_SIGN_ON_CONFIGURED' ORDER BY id`,
      [alpha],
    );
    expect(types.map((e) => e.payload.clientSecretChanged)).toEqual([true, false]);
  });

  it('refuses an issuer inside the network that OIDC_ALLOWED_DESTINATIONS does not allow, at its field, fetching nothing', async () => {
    // A server on 127.0.0.2 (loopback, but only 127.0.0.1/32 is allowed) that would answer anything asked of it.
    let asked = 0;
    const inside: Server = createServer((_req, res) => {
      asked++;
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => inside.listen(0, '127.0.0.2', resolve));
    const insideIssuer = `http://127.0.0.2:${(inside.address() as AddressInfo).port}/realms/staff`;
    try {
      const before = (await t.client.ok(CONFIGURATION, {}, ann)).oidcConfiguration;
      const refusals = [
        [
          insideIssuer,
          '127.0.0.2 is a loopback address (this server itself); an administrator can allow it with OIDC_ALLOWED_DESTINATIONS',
        ],
        [
          'http://169.254.169.254/latest',
          '169.254.169.254 is a cloud metadata service (it hands out the server’s credentials); only naming this exact address in OIDC_ALLOWED_DESTINATIONS would allow it',
        ],
        ['http://10.0.0.7/realms/staff', '10.0.0.7 is a private address; an administrator can allow it with OIDC_ALLOWED_DESTINATIONS'],
      ];
      for (const [issuer, why] of refusals) {
        // Refused whether single sign-on is turned on or not: the issuer is stored either way.
        for (const enabled of [true, false]) {
          const refused = await t.client.fails(UPDATE, { input: settings({ issuer, enabled, version: before.version }) }, ann);
          expect([issuer, refused.extensions?.code, refused.extensions?.fields]).toEqual([
            issuer,
            'BAD_USER_INPUT',
            [{ field: 'input.issuer', message: `may not be reached from this server: ${why}` }],
          ]);
        }
      }
      expect(asked).toBe(0);
      // Nothing was saved.
      expect((await t.client.ok(CONFIGURATION, {}, ann)).oidcConfiguration).toEqual(before);
    } finally {
      inside.closeAllConnections();
      await new Promise<void>((resolve) => inside.close(() => resolve()));
    }
  });

  it('a first sign-in through the code flow makes the member from the groups claim, in the same cookie session as a password', async () => {
    const context = await person();
    patPage = await context.newPage();
    // The web client's sign-in page, with the keyboard alone: the short name, then Enter.
    await patPage.goto('/sign-in');
    const shortName = patPage.getByLabel('Your organisation’s short name');
    await tabTo(patPage, shortName);
    await patPage.keyboard.type('Alpha');
    await patPage.keyboard.press('Enter');
    const landed = await throughProvider(patPage, 'pat', (url) => url.origin === t.url && url.pathname !== '/sign-in');
    expect(landed.pathname).toBe(`/o/${alpha}`);
    // The web client opens on the organisation, signed in.
    await patPage.getByRole('heading', { level: 1 }).first().waitFor();
    expect(new URL(patPage.url()).pathname.startsWith(`/o/${alpha}`)).toBe(true);
    const cookies = await context.cookies(t.url);
    expect(cookies.map((c) => c.name)).toContain('coprod_session');
    expect(cookies.find((c) => c.name === 'coprod_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const me = (await asBrowser(patPage, ME)).data.me;
    patId = me.id;
    expect(me).toMatchObject({ email: 'pat@alpha.example', memberships: [{ role: 'CONTRIBUTOR', organisation: { id: alpha } }] });
    expect((await asBrowser(patPage, ORGANISATION, alpha)).data.organisation.id).toBe(alpha);
    // Beta, which trusts another provider, was never touched.
    expect((await asBrowser(patPage, ORGANISATION, beta)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [bound] = await sql(t, `SELECT organisation_id, issuer, subject, user_id FROM external_identity WHERE user_id = $1`, [patId]);
    expect(bound).toEqual({ organisation_id: alpha, issuer: alphaProvider.issuer, subject: 'pat', user_id: patId });
    const events = await sql<{ type: string }>(t, `SELECT type FROM event WHERE organisation_id = $1 AND actor_user_id = $2 ORDER BY id`, [
      alpha,
      patId,
    ]);
    expect(events.map((e) => e.type)).toEqual(['MEMBER_ADDED', 'EXTERNAL_IDENTITY_LINKED']);
    // A second sign-in finds the same person: no second account, membership or binding.
    await signInWithOrganisation(patPage, 'alpha', 'pat');
    const [{ n }] = await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM external_identity WHERE subject = 'pat'`);
    expect(n).toBe(1);
  });

  it('refuses with a reason in words: no mapped group, an organisation not using single sign-on, a sign-in not started here', async () => {
    const context = await person();
    const page = await context.newPage();
    const refused = await signInWithOrganisation(page, 'alpha', 'nora');
    expect(refused.pathname + refused.search).toBe('/sign-in?sso=NO_ROLE');
    await page.getByRole('region', { name: 'Sign in with your organisation' }).getByRole('alert').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'does not place you in any group' }).isVisible()).toBe(true);
    expect(await sql(t, `SELECT id FROM app_user WHERE email = 'nora@alpha.example'`)).toEqual([]);
    await page.goto(`${t.url}/auth/oidc/nobody-here/start`);
    expect(new URL(page.url()).search).toBe('?sso=NOT_CONFIGURED');
    // A callback this browser did not start (no sealed state) is refused before anything is exchanged.
    await page.goto(`${t.url}/auth/oidc/callback?code=stolen&state=whatever`);
    expect(new URL(page.url()).search).toBe('?sso=EXPIRED');
    await context.close();
  });

  it("accepts the provider's access and ID tokens on the API, in the organisation that trusts it and no other", async () => {
    const { accessToken, idToken } = await providerTokens(patPage, 'pat');
    for (const token of [accessToken, idToken]) {
      expect((await t.client.ok(ORGANISATION, {}, bearer(token))).organisation.id).toBe(alpha);
      expect((await t.client.ok(ME, {}, bearer(token))).me.id).toBe(patId);
    }
    // Pat joins Beta too: Alpha's provider still reaches only Alpha.
    await sql(t, `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'VIEWER')`, [beta, patId]);
    for (const token of [accessToken, idToken]) {
      expect((await t.client.fails(ORGANISATION, {}, bearer(token, beta))).extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a token signed by another key, from another issuer, for another audience, expired, or with HS256 or none', async () => {
    const claims = { sub: 'pat', aud: AUDIENCE };
    const refusal = async (token: string): Promise<string> => {
      const error = await t.client.fails(ORGANISATION, {}, bearer(token));
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
      return error.message;
    };
    // Signed with the provider's current key: accepted (the control for what follows).
    expect((await t.client.ok(ORGANISATION, {}, bearer(await alphaProvider.sign(claims)))).organisation.id).toBe(alpha);
    // The same kid, or one the provider never published, with a key that is not the provider's.
    expect(await refusal(await alphaProvider.sign(claims, await newKey(alphaProvider.keys[0].kid)))).toMatch(/signature/);
    expect(await refusal(await alphaProvider.sign(claims, await newKey('forged')))).toMatch(/not signed with any of the provider's keys/);
    // An issuer nobody here trusts, even signed with Alpha's key; Beta's issuer with Alpha's key.
    expect(await refusal(await alphaProvider.sign({ ...claims, iss: 'http://127.0.0.1:9/elsewhere' }))).toMatch(
      /No organisation here accepts/,
    );
    expect(await refusal(await alphaProvider.sign({ ...claims, iss: betaProvider.issuer, aud: BETA_CLIENT.clientId }))).toMatch(
      /signature|not signed with any/,
    );
    expect(await refusal(await alphaProvider.sign({ ...claims, aud: 'https://another.api' }))).toMatch(/aud/);
    expect(await refusal(await alphaProvider.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 120 }))).toMatch(/expired/);
    const hs256 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(alphaProvider.issuer)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(WEB_CLIENT.clientSecret));
    expect(await refusal(hs256)).toMatch(/algorithm/);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    expect(
      await refusal(`${part({ alg: 'none' })}.${part({ ...claims, iss: alphaProvider.issuer, iat: now, exp: now + 300 })}.`),
    ).toBeTruthy();
    // coprod's own tokens still go their own way.
    expect((await t.client.ok(ORGANISATION, {}, ann)).organisation.id).toBe(alpha);
  });

  it('follows a key rotation at the provider: a token with the new kid is accepted once the provider publishes it', async () => {
    const before = await alphaProvider.sign({ sub: 'pat', aud: AUDIENCE });
    expect((await t.client.ok(ORGANISATION, {}, bearer(before))).organisation.id).toBe(alpha);
    const rotated = await alphaProvider.rotate();
    const { idToken } = await providerTokens(patPage, 'pat');
    expect(JSON.parse(Buffer.from(idToken.split('.')[0], 'base64url').toString()).kid).toBe(rotated.kid);
    expect((await t.client.ok(ORGANISATION, {}, bearer(idToken))).organisation.id).toBe(alpha);
    // The old key is still published, so what it signed still counts until it expires.
    expect((await t.client.ok(ORGANISATION, {}, bearer(before))).organisation.id).toBe(alpha);
  });

  it("never grants another organisation: Beta's provider makes its own members, Alpha's none of Beta's", async () => {
    // Pat, signed in with Alpha's provider in this browser, signs in with Beta's: Beta's identity joins Pat's account, as Beta's VIEWER.
    await signInWithOrganisation(patPage, 'beta', 'pat');
    const me = (await asBrowser(patPage, ME)).data.me;
    expect(me.id).toBe(patId);
    const bindings = await sql<{ organisation_id: string; issuer: string }>(
      t,
      `SELECT organisation_id, issuer FROM external_identity WHERE user_id = $1 ORDER BY created_at`,
      [patId],
    );
    expect(bindings).toEqual([
      { organisation_id: alpha, issuer: alphaProvider.issuer },
      { organisation_id: beta, issuer: betaProvider.issuer },
    ]);
    // Alice's first sign-in with Alpha's provider makes her Alpha's ADMIN and nothing in Beta.
    const context = await person();
    const page = await context.newPage();
    await signInWithOrganisation(page, 'alpha', 'alice');
    const alice = (await asBrowser(page, ME)).data.me;
    expect(alice.memberships).toEqual([{ role: 'ADMIN', organisation: { id: alpha } }]);
    const [{ n }] = await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM membership WHERE organisation_id = $1 AND user_id = $2`, [
      beta,
      alice.id,
    ]);
    expect(n).toBe(0);
    await context.close();
  });

  it('passwords turned off: only someone signed in with the provider may do it, and then a password session acts there no more', async () => {
    const current = (await t.client.ok(CONFIGURATION, {}, ann)).oidcConfiguration;
    const { clientSecret: _kept, ...rest } = settings({ version: current.version, passwordSignInAllowed: false });
    const refused = await t.client.fails(UPDATE, { input: rest }, ann);
    expect(refused.extensions?.fields).toEqual([
      { field: 'input.passwordSignInAllowed', message: expect.stringContaining('signed in with the organisation') },
    ]);

    // Alice, signed in with the provider, may.
    const context = await person();
    const page = await context.newPage();
    await signInWithOrganisation(page, 'alpha', 'alice');
    // On the Administration page's Single sign-on section, with the keyboard alone.
    await page.goto(`/o/${alpha}/admin`);
    const section = page.getByRole('region', { name: 'Single sign-on' });
    const passwords = section.getByRole('checkbox', { name: 'Members may still sign in with a password' });
    await passwords.waitFor();
    expect(await section.getByLabel('Client secret').inputValue()).toBe('');
    await tabTo(page, passwords);
    await page.keyboard.press('Space');
    await tabTo(page, section.getByRole('button', { name: 'Save single sign-on' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Single sign-on saved.' }).waitFor();
    expect((await asBrowser(page, CONFIGURATION, alpha)).data.oidcConfiguration).toMatchObject({
      passwordSignInAllowed: false,
      clientSecretSet: true,
    });

    // Ann's password token acts in Alpha no more, with the way in named; in Beta (passwords allowed) it still does.
    const blocked = await t.client.fails(ORGANISATION, {}, ann);
    expect(blocked.extensions).toMatchObject({ code: 'FORBIDDEN', signInWith: 'alpha' });
    await sql(t, `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, 'VIEWER')`, [beta, ann.userId]);
    expect((await t.client.ok(ORGANISATION, {}, { token: ann.token, organisationId: beta })).organisation.id).toBe(beta);
    // Alice's session came from Alpha's provider: it still acts in Alpha. Pat's last came from Beta's, which does not count in Alpha.
    expect((await asBrowser(page, ORGANISATION, alpha)).data.organisation.id).toBe(alpha);
    expect((await asBrowser(patPage, ORGANISATION, alpha)).errors?.[0].extensions).toMatchObject({ signInWith: 'alpha' });
    expect((await asBrowser(patPage, ORGANISATION, beta)).data.organisation.id).toBe(beta);

    // Ann signs in with her password in a browser, then with the organisation: her provider identity joins her account.
    const annContext = await person();
    const annPage = await annContext.newPage();
    const started = await asBrowser(annPage, `mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }`, undefined, {
      input: { email: ann.email, password: PASSWORD },
    });
    expect(started.errors).toBeUndefined();
    expect((await asBrowser(annPage, ORGANISATION, alpha)).errors?.[0].extensions).toMatchObject({ signInWith: 'alpha' });
    await signInWithOrganisation(annPage, 'alpha', 'ann');
    expect((await asBrowser(annPage, ME)).data.me.id).toBe(ann.userId);
    expect((await asBrowser(annPage, ORGANISATION, alpha)).data.organisation.id).toBe(alpha);
    const [linked] = await sql<{ payload: Record<string, unknown> }>(
      t,
      `SELECT payload FROM event WHERE organisation_id = $1 AND type = 'EXTERNAL_IDENTITY_LINKED' AND payload->>'userId' = $2`,
      [alpha, ann.userId],
    );
    expect(linked.payload.linkedToSignedInAccount).toBe(true);
    // Someone whose address already has an account, signing in with the provider without it, is told to use the password first.
    alphaProvider.accounts.sam = { email: bob.email, name: 'Sam', groups: ['coprod-editors'] };
    const samPage = await (await person()).newPage();
    const exists = await signInWithOrganisation(samPage, 'alpha', 'sam');
    expect(exists.search).toBe('?sso=ACCOUNT_EXISTS');
    await samPage.context().close();
    await context.close();
    await annContext.close();
    expect(watch.pageErrors).toEqual([]);
  });
});
