import { startTestApp, type TestApp } from '../support/test-app';

/** One JSON line per request, with its id, path and operation, and never a credential. */
describe('request logs', () => {
  let t: TestApp;
  const lines: string[] = [];
  let restore: () => void = () => undefined;

  beforeAll(async () => {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (String(chunk).startsWith('{"')) {
        lines.push(String(chunk));
        return true;
      }
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
    restore = () => (process.stdout.write = write);
    t = await startTestApp({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' }); // production's format, whatever NODE_ENV
  });
  afterAll(async () => {
    await t.close();
    restore();
  });

  const requestLines = () =>
    lines
      .flatMap((line) => line.trim().split('\n'))
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request');

  it('names the GraphQL operation, keeps the caller request id, and leaves tokens and passwords out', async () => {
    const person = await t.client.signUp('Logged Person');
    const password = 'correct horse battery';
    await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'intranet-42' },
      body: JSON.stringify({ query: 'query WhoAmI { me { id } }' }),
    });
    await t.client.request('query Mine { me { id } }', {}, { token: person.token });
    await fetch(`${t.url}/feeds/cpf_secretFeedToken123/initiatives.json?key=also-secret`);
    await fetch(`${t.url}/calendars/cal_secretCalendarToken456.ics`);
    await fetch(`${t.url}/f%65eds/cpf_encodedFeedToken789/initiatives.json`);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const entries = requestLines();
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          level: 'info',
          context: 'HTTP',
          requestId: 'intranet-42',
          method: 'POST',
          path: '/graphql',
          status: 200,
          operation: 'WhoAmI',
          durationMs: expect.any(Number),
        }),
        expect.objectContaining({ path: '/graphql', operation: 'Mine' }),
        expect.objectContaining({ path: '/feeds/…/initiatives.json', status: 404 }),
        expect.objectContaining({ path: '/calendars/….ics' }),
      ]),
    );
    const everything = lines.join('');
    for (const secret of [
      person.token,
      password,
      person.email,
      'cpf_secretFeedToken123',
      'cal_secretCalendarToken456',
      'cpf_encodedFeedToken789',
      'also-secret',
    ])
      expect(everything).not.toContain(secret);
  });
});
