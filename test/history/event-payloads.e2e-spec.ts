import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EVENT_CATALOGUE, EVENT_TYPES, isEventType } from '@app/history';
import { organisationWithRoles } from '../pilots/pilot-support';
import { populate } from '../support/populate';
import { sql, startTestApp, type TestApp } from '../support/test-app';

/**
 * What webhook receivers will be promised: every event an organisation with something of every
 * kind holds, read straight from the database, fits the schema published for its type and
 * version in docs/event-schemas.json, checked by a validator that knows nothing of the server.
 */

// populate (test/support/populate.ts) wrote this many of the catalogue's types when this test was written;
// fewer means it stopped exercising some, and the check below covers less than it did.
const TYPES_POPULATE_WRITES = 47;

describe('history event payloads against the published schemas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every event of a populated organisation fits its type’s published schema', async () => {
    const org = await organisationWithRoles(t, 'Payload Council');
    await populate(t, org);
    const events = await sql<{ id: string; type: string; payload: unknown }>(
      t,
      `SELECT id, type, payload FROM event WHERE organisation_id = $1 ORDER BY id`,
      [org.id],
    );

    const document = JSON.parse(readFileSync(join(process.cwd(), 'docs/event-schemas.json'), 'utf8')) as { $defs: object };
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    ajv.addSchema(document);
    const refused = events.flatMap((event) => {
      if (!isEventType(event.type)) return [`${event.id} ${event.type}: not in the catalogue`];
      const validate = ajv.getSchema(`https://coprod.example/events/${event.type}/v${EVENT_CATALOGUE[event.type].version}.json`);
      if (!validate) return [`${event.id} ${event.type}: no published schema`];
      return validate(event.payload) ? [] : [`${event.id} ${event.type}: ${ajv.errorsText(validate.errors, { dataVar: 'payload' })}`];
    });
    expect(refused).toEqual([]);

    const written = new Set(events.map((event) => event.type));
    expect(Object.keys(document.$defs).sort()).toEqual([...EVENT_TYPES].sort());
    expect(written.size).toBeGreaterThanOrEqual(TYPES_POPULATE_WRITES);
  });
});
