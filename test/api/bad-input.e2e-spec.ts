import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp, sql } from '../support/test-app';

/**
 * Bad input over real HTTP: every case answers a clear error with the right
 * `extensions.code`, leaves nothing behind (checked through the API), and the server keeps
 * answering (afterEach). Every body that comes back is checked for stack traces and SQL.
 */

interface Answer {
  status: number;
  body: any;
  text: string;
}

interface ErrorShape {
  message: string;
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }> };
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`;
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const PASSWORD = 'correct horse battery';

let t: TestApp;
let admin: { token: string; userId: string; email: string };
let organisationId: string;
let endpoint: string;

const email = () => `bad.input.${randomUUID().slice(0, 8)}@example.org`;

/** Fails the test if a response carries a stack trace, an exception or SQL. */
function assertNothingLeaks(answer: Answer): void {
  const keys: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        keys.push(key.toLowerCase());
        walk(inner);
      }
    }
  };
  walk(answer.body);
  expect(keys).not.toContain('stack');
  expect(keys).not.toContain('stacktrace');
  expect(keys).not.toContain('exception');
  const errorText = JSON.stringify(answer.body?.errors ?? answer.body ?? answer.text);
  expect(errorText).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b|\bFROM\s+"|QueryFailedError|\bat \S+ \(.*:\d+:\d+\)/);
}

/** POSTs a GraphQL request and checks the answer leaks nothing. */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  return send(JSON.stringify({ query, variables }), headers);
}

async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const answer = { status: response.status, body: parsed, text };
  assertNothingLeaks(answer);
  return answer;
}

/** The answer's only error, which must carry `code`; `data` must hold nothing written. */
function theError(answer: Answer, code: string): ErrorShape {
  expect(answer.body).toBeDefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors as ErrorShape[];
  expect(error.extensions?.code).toBe(code);
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

// Matched by their ends: libs/common/src/validation.ts strips the first word of every
// class-validator message (meant for the property name in default messages), so custom
// messages such as "must be an e-mail address" currently arrive as "be an e-mail address".
const tooLong = expect.stringMatching(/1 to 200 characters long$/);
const notAnEmail = expect.stringMatching(/an e-mail address$/);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const inOrganisation = (token: string) => ({ ...bearer(token), 'x-organisation-id': organisationId });

async function membershipCount(token = admin.token): Promise<number> {
  return (await t.client.ok(`{ me { memberships { id } } }`, {}, { token })).me.memberships.length;
}

async function invitationCount(): Promise<number> {
  return (await t.client.ok(`{ invitations { totalCount } }`, {}, { token: admin.token, organisationId })).invitations.totalCount;
}

/** Proves no account was created for `address`. (Sign-up answers alike either way, so the database is asked.) */
async function expectNoAccount(address: string): Promise<void> {
  expect(await sql(t, `SELECT 1 FROM app_user WHERE email = $1`, [address.toLowerCase()])).toEqual([]);
}

beforeAll(async () => {
  t = await startTestApp();
  endpoint = `${t.url}/graphql`;
  admin = await t.client.signUp('Bad Input Admin');
  organisationId = await t.client.createOrganisation(admin.token);
});
afterAll(() => t?.close());

afterEach(async () => {
  // The server is still up and still answers a signed-in query after each bad request.
  const data = await t.client.ok(`{ me { id } }`, {}, { token: admin.token });
  expect(data.me.id).toBe(admin.userId);
});

describe('empty strings', () => {
  it('refuses an empty sign-up, naming each field, and creates no account', async () => {
    const answer = await post(SIGN_UP, { input: { email: '', password: '', displayName: '' } });
    const error = theError(answer, 'BAD_USER_INPUT');
    const fields = error.extensions!.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.email', 'input.password', 'input.displayName']));
    for (const problem of error.extensions!.fields!) expect(problem.message).toEqual(expect.any(String));
    expect(answer.body.data).toBeNull();
  });

  it('refuses an empty display name with a valid address, and that address stays free', async () => {
    const address = email();
    const answer = await post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: '' } });
    const error = theError(answer, 'BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'input.displayName', message: expect.stringMatching(/1 to 200 characters/) }]);
    await expectNoAccount(address);
  });

  it('refuses an organisation with an empty name and creates none', async () => {
    const before = await membershipCount();
    const error = theError(await post(CREATE_ORGANISATION, { input: { name: '' } }, bearer(admin.token)), 'BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'input.name', message: expect.any(String) }]);
    expect(await membershipCount()).toBe(before);
  });
});

describe('too long strings', () => {
  it('refuses a 10,000-character display name and creates no account', async () => {
    const address = email();
    const answer = await post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: 'x'.repeat(10_000) } });
    const error = theError(answer, 'BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'input.displayName', message: tooLong }]);
    // The message names the rule, not the 10,000 characters sent.
    expect(error.message.length).toBeLessThan(300);
    await expectNoAccount(address);
  });

  it('refuses a 10,000-character organisation name and creates none', async () => {
    const before = await membershipCount();
    const error = theError(await post(CREATE_ORGANISATION, { input: { name: 'n'.repeat(10_000) } }, bearer(admin.token)), 'BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'input.name', message: tooLong }]);
    expect(await membershipCount()).toBe(before);
  });

  it('refuses a 1,000-character password', async () => {
    const address = email();
    const error = theError(
      await post(SIGN_UP, { input: { email: address, password: 'p'.repeat(1000), displayName: 'Long' } }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.fields).toEqual([{ field: 'input.password', message: expect.stringMatching(/10 to 200 characters/) }]);
    await expectNoAccount(address);
  });
});

describe('wrong types', () => {
  it('refuses an Int for a String through variables (BAD_USER_INPUT) and creates no account', async () => {
    const address = email();
    const answer = await post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: 42 } });
    const error = theError(answer, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/displayName/);
    expect(error.message).toMatch(/String/);
    expect(answer.body.data).toBeUndefined(); // refused before execution
    await expectNoAccount(address);
  });

  it('refuses an Int for a String written in the query (GRAPHQL_VALIDATION_FAILED) and creates nothing', async () => {
    const before = await membershipCount();
    const error = theError(
      await post(`mutation { createOrganisation(input: { name: 42 }) { id } }`, {}, bearer(admin.token)),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(error.message).toMatch(/String/);
    expect(await membershipCount()).toBe(before);
  });

  it('refuses a string for an Int page size', async () => {
    const error = theError(
      await post(`query($n: Int) { members(first: $n) { totalCount } }`, { n: 'ten' }, inOrganisation(admin.token)),
      'BAD_USER_INPUT',
    );
    expect(error.message).toMatch(/\$n/);
  });

  it('refuses a page size over the maximum, naming the argument', async () => {
    const error = theError(await post(`{ members(first: 101) { totalCount } }`, {}, inOrganisation(admin.token)), 'BAD_USER_INPUT');
    expect(error.extensions!.fields).toEqual([{ field: 'first', message: expect.stringMatching(/100/) }]);
  });

  it('refuses a huge page size before it runs, with the cost limit', async () => {
    const error = theError(
      await post(`{ members(first: 100000) { edges { node { id } } } }`, {}, inOrganisation(admin.token)),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(error.message).toMatch(/the limit is \d+\. Ask for smaller pages/);
  });

  it('refuses an id that is not a UUID before it reaches the database', async () => {
    const error = theError(
      await post(
        `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`,
        { input: { membershipId: `x' OR 1=1 --` } },
        inOrganisation(admin.token),
      ),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.fields).toEqual([{ field: 'input.membershipId', message: expect.stringMatching(/a membership id$/) }]);
    expect(await membershipCount()).toBe(1);
  });

  it('refuses a cursor the server did not give out', async () => {
    const error = theError(
      await post(`{ members(after: "bm90LWEtY3Vyc29y") { totalCount } }`, {}, inOrganisation(admin.token)),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.fields).toEqual([{ field: 'after', message: expect.any(String) }]);
  });
});

describe('malformed e-mail addresses', () => {
  it.each(['not-an-email', 'two@@example.org', 'spaces in@example.org', '@example.org'])(
    'refuses %j at sign-up, naming input.email',
    async (address) => {
      const error = theError(
        await post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: 'Malformed' } }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions!.fields).toEqual([{ field: 'input.email', message: notAnEmail }]);
    },
  );

  it('refuses an invitation to a malformed address and creates none', async () => {
    const before = await invitationCount();
    const error = theError(
      await post(INVITE, { input: { email: 'nobody-at-example.org', role: 'VIEWER' } }, inOrganisation(admin.token)),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.fields).toEqual([{ field: 'input.email', message: notAnEmail }]);
    expect(await invitationCount()).toBe(before);
  });
});

describe('unknown enum values', () => {
  it('refuses an unknown role written in the query (GRAPHQL_VALIDATION_FAILED) and creates no invitation', async () => {
    const before = await invitationCount();
    const answer = await post(
      `mutation { inviteMember(input: { email: "${email()}", role: OWNER }) { token } }`,
      {},
      inOrganisation(admin.token),
    );
    const error = theError(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/OWNER/);
    expect(error.message).toMatch(/Role/);
    expect(await invitationCount()).toBe(before);
  });

  it('refuses an unknown role passed as a variable (BAD_USER_INPUT) and creates no invitation', async () => {
    const before = await invitationCount();
    const answer = await post(INVITE, { input: { email: email(), role: 'OWNER' } }, inOrganisation(admin.token));
    const error = theError(answer, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/OWNER/);
    expect(error.message).toMatch(/Role/);
    expect(await invitationCount()).toBe(before);
  });

  it('refuses a role given as a string literal rather than an enum value', async () => {
    const before = await invitationCount();
    const answer = await post(
      `mutation { inviteMember(input: { email: "${email()}", role: "ADMIN" }) { token } }`,
      {},
      inOrganisation(admin.token),
    );
    theError(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(await invitationCount()).toBe(before);
  });
});

describe('credentials', () => {
  it('answers UNAUTHENTICATED to a protected query without a token', async () => {
    const answer = await post(`{ me { id } }`);
    expect(theError(answer, 'UNAUTHENTICATED').message).toMatch(/sign in/i);
    expect(answer.body.data).toBeNull();
  });

  it('answers UNAUTHENTICATED to a protected mutation without a token, and invites no one', async () => {
    const before = await invitationCount();
    const answer = await post(INVITE, { input: { email: email(), role: 'VIEWER' } }, { 'x-organisation-id': organisationId });
    theError(answer, 'UNAUTHENTICATED');
    expect(await invitationCount()).toBe(before);
  });

  it('answers UNAUTHENTICATED to an expired token, and it creates nothing', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(admin.userId)
      .setIssuer('coprod')
      .setIssuedAt(past - 3600)
      .setExpirationTime(past)
      .sign(new TextEncoder().encode(t.config.jwtSecret));
    const before = await membershipCount();
    const error = theError(
      await post(CREATE_ORGANISATION, { input: { name: 'With an expired token' } }, bearer(expired)),
      'UNAUTHENTICATED',
    );
    expect(error.message).toMatch(/expired/);
    expect(theError(await post(`{ me { id } }`, {}, bearer(expired)), 'UNAUTHENTICATED').message).toMatch(/expired/);
    expect(await membershipCount()).toBe(before);
  });

  it('answers UNAUTHENTICATED to a token whose claims were changed (signature no longer matches)', async () => {
    const other = await t.client.signUp('Someone Else');
    const [header, payload, signature] = admin.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, sub: other.userId })).toString('base64url'), signature].join('.');
    const before = await membershipCount(other.token);
    const error = theError(await post(CREATE_ORGANISATION, { input: { name: 'Forged' } }, bearer(forged)), 'UNAUTHENTICATED');
    expect(error.message).toMatch(/not valid/);
    expect(await membershipCount(other.token)).toBe(before);
  });

  it('answers UNAUTHENTICATED to a token with a flipped signature byte', async () => {
    const last = admin.token.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${admin.token.slice(0, -2)}${last}${admin.token.at(-1)}`;
    theError(await post(`{ me { id } }`, {}, bearer(tampered)), 'UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED to a token signed with another secret, and to alg "none"', async () => {
    const now = Math.floor(Date.now() / 1000);
    const otherSecret = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(admin.userId)
      .setIssuer('coprod')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(new TextEncoder().encode('not the server secret, but long enough'));
    theError(await post(`{ me { id } }`, {}, bearer(otherSecret)), 'UNAUTHENTICATED');
    const unsigned = [
      Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
      Buffer.from(JSON.stringify({ sub: admin.userId, iss: 'coprod', iat: now, exp: now + 600 })).toString('base64url'),
      '',
    ].join('.');
    theError(await post(`{ me { id } }`, {}, bearer(unsigned)), 'UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED to a malformed Authorization header and to garbage tokens', async () => {
    theError(await post(`{ me { id } }`, {}, { authorization: `Token ${admin.token}` }), 'UNAUTHENTICATED');
    theError(await post(`{ me { id } }`, {}, bearer('not.a.jwt')), 'UNAUTHENTICATED');
  });
});

describe('documents too big to answer', () => {
  it('refuses a 100-level deep query with the depth limit', async () => {
    // Introspection types nest without end: __type { ofType { ofType { … } } }.
    const deep = `{ __type(name: "Query") { ${'ofType { '.repeat(99)}name${' }'.repeat(99)} } }`;
    const answer = await post(deep);
    expect(answer.status).toBe(400);
    const error = theError(answer, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/levels deep; the limit is \d+/);
  });

  it('refuses a 60-level deep query hidden in a chain of fragment spreads', async () => {
    // Depth is counted through fragment spreads: each fragment nests one level more (kept under the parser's token bound).
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on __Type { ofType { ${i < 59 ? `...F${i + 1}` : 'name'} } }`,
    ).join('\n');
    const answer = await post(
      `{ me { memberships { organisation { __typename } } } __type(name: "Me") { ...F0 } }\n${fragments}`,
      {},
      bearer(admin.token),
    );
    expect(answer.status).toBe(400);
    expect(theError(answer, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/levels deep/);
  });

  it('refuses a small document whose fragments spread twice at each of 40 levels, at once', async () => {
    // ~3 KB that would expand to 2^40 fields: measured once a fragment, it is refused by cost.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Membership { ${i < 39 ? `organisation { id } ...F${i + 1} ...F${i + 1}` : 'id'} }`,
    ).join('\n');
    const started = Date.now();
    const answer = await post(`{ me { memberships { ...F0 } } }\n${fragments}`, {}, bearer(admin.token));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(400);
    expect(theError(answer, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/Ask for smaller pages/);
  });

  // Bigger documents are refused while parsing (test/api/hostile-input.e2e-spec.ts).
  it('refuses 300 aliases with the alias limit', async () => {
    const answer = await post(`{ ${Array.from({ length: 300 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(theError(answer, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/300 aliases; the limit is \d+/);
  });

  it('refuses 40 aliased sign-ups as a whole: not one account is created', async () => {
    const addresses = Array.from({ length: 40 }, () => email());
    const mutation = `mutation { ${addresses
      .map((address, i) => `s${i}: signUp(input: { email: "${address}", password: "${PASSWORD}", displayName: "Alias ${i}" }) { message }`)
      .join('\n')} }`;
    const answer = await post(mutation);
    expect(answer.status).toBe(400);
    expect(theError(answer, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/aliases/);
    await expectNoAccount(addresses[0]);
    await expectNoAccount(addresses[39]);
  });

  it('answers a 10 MB body with HTTP 413 and PAYLOAD_TOO_LARGE, and creates no account', async () => {
    const address = email();
    const body = JSON.stringify({
      query: SIGN_UP,
      variables: { input: { email: address, password: PASSWORD, displayName: 'x'.repeat(10 * 1024 * 1024) } },
    });
    const answer = await send(body);
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.body.errors[0].message).toMatch(/larger than the limit/);
    await expectNoAccount(address);
  });
});

describe('malformed requests', () => {
  it('answers a body that is not JSON with 400 and no stack trace', async () => {
    const answer = await send('{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED', async () => {
    const answer = await post(`mutation { signUp(input: { email: "a@example.org" `);
    expect(answer.status).toBe(400);
    theError(answer, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    theError(await post(`{ me { id passwordHash } }`, {}, bearer(admin.token)), 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('blank names and validation messages', () => {
  it('refuses a display name of only spaces, and creates no account', async () => {
    const address = email();
    const answer = await post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: '   ' } });
    expect(theError(answer, 'BAD_USER_INPUT').extensions!.fields).toEqual([{ field: 'input.displayName', message: expect.any(String) }]);
    await expectNoAccount(address);
  });

  it('refuses an organisation name of only spaces', async () => {
    const before = await membershipCount();
    const answer = await post(CREATE_ORGANISATION, { input: { name: '   ' } }, bearer(admin.token));
    theError(answer, 'BAD_USER_INPUT');
    expect(await membershipCount()).toBe(before);
  });

  it('keeps custom validation messages whole', async () => {
    const error = theError(
      await post(SIGN_UP, { input: { email: 'not-an-email', password: PASSWORD, displayName: 'X' } }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions!.fields).toEqual([{ field: 'input.email', message: 'must be an e-mail address' }]);
  });
});

describe('races and database refusals', () => {
  it('answers six sign-ups with one address at the same moment alike, with one account and never a crash', async () => {
    const address = `race.${Date.now()}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => post(SIGN_UP, { input: { email: address, password: PASSWORD, displayName: 'Racer' } })),
    );
    // Sign-up answers the same whether or not the address was free, so that it does not tell.
    expect(results.every((r) => r.body.errors === undefined && r.body.data.signUp.message === results[0].body.data.signUp.message)).toBe(
      true,
    );
    expect(await sql(t, `SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [address])).toEqual([{ n: 1 }]);
  });
});
