import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { format, resolveConfig } from 'prettier';
import { EVENT_CATALOGUE, EVENT_TYPES } from './event-catalogue';
import { checkSchemaVersions, eventSchemasDocument, payloadProblems, type SchemaVersions, schemaHash, schemaOf } from './event-schemas';

// Jest runs from the repository's root (jest.config.mjs). `npm run events:schemas` sets UPDATE_EVENT_SCHEMAS=1.
const ROOT = process.cwd();
const DOCUMENT_FILE = join(ROOT, 'docs/event-schemas.json');
const VERSIONS_FILE = join(ROOT, 'libs/history/src/event-schema-versions.json');
const UPDATE = process.env.UPDATE_EVENT_SCHEMAS === '1';

/** As the repository's Prettier writes the file, so `npm run lint` and this spec agree on it. */
const json = async (value: unknown, file: string) =>
  format(JSON.stringify(value, null, 2), { ...(await resolveConfig(file)), filepath: file });

describe('the published event schemas', () => {
  it('raise a type’s version whenever its schema changes, and record every type (event-schema-versions.json)', async () => {
    let recorded = JSON.parse(readFileSync(VERSIONS_FILE, 'utf8')) as SchemaVersions;
    if (UPDATE) {
      recorded = checkSchemaVersions(recorded).record;
      writeFileSync(VERSIONS_FILE, await json(recorded, VERSIONS_FILE));
    }
    // What is left needs a person: a changed schema whose version was not raised, a version gone back, a type removed.
    expect(checkSchemaVersions(recorded).problems).toEqual([]);
  });

  it('docs/event-schemas.json is the catalogue’s schemas (regenerate with `npm run events:schemas`)', async () => {
    const current = await json(eventSchemasDocument(), DOCUMENT_FILE);
    if (UPDATE) writeFileSync(DOCUMENT_FILE, current);
    expect(readFileSync(DOCUMENT_FILE, 'utf8')).toBe(current);
  });

  it('is a document a fresh ajv accepts, with each type’s schema under its own versioned $id', () => {
    const ajv = new Ajv2020({ allowUnionTypes: true });
    ajv.addSchema(eventSchemasDocument());
    for (const type of EVENT_TYPES) {
      const id = `https://coprod.example/events/${type}/v${EVENT_CATALOGUE[type].version}.json`;
      expect([type, ajv.getSchema(id)?.schema]).toEqual([type, schemaOf(type)]);
    }
  });

  it('checks payloads: exact fields, optional ones absent, nullable ones null, values from their sets', () => {
    const programmeId = '0b4c6a43-0f4e-4a6e-9d55-3b3b0a3d2f11';
    const gateRecordId = '5d1f0e9a-7c55-4c43-8a55-0d3a5b7f4e21';
    const advanced = { programmeId, from: 'MAP', to: 'FOCUS', cycle: 1, overridden: false, reason: null, gateRecordId };
    expect(payloadProblems('STEP_ADVANCED', advanced)).toBeNull();
    expect(payloadProblems('STEP_ADVANCED', { ...advanced, reason: 'the board agreed' })).toBeNull();
    expect(payloadProblems('STEP_ADVANCED', { ...advanced, to: 'LAUNCH' })).toBe(
      'payload.to must be equal to one of the allowed values: MAP, FOCUS, PEOPLE, MARKET, GROW',
    );
    expect(payloadProblems('STEP_ADVANCED', { ...advanced, name: 'Ann' })).toBe('payload has name, which the schema does not list');
    const { reason, ...withoutReason } = advanced;
    expect([reason, payloadProblems('STEP_ADVANCED', withoutReason)]).toEqual([null, "payload must have required property 'reason'"]);
    expect(payloadProblems('STEP_ADVANCED', { ...advanced, cycle: '1', programmeId: 'P-1' })).toBe(
      'payload.programmeId must match pattern "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"; payload.cycle must be integer',
    );
    // Optional: absent or there; never null unless nullable too.
    const revoked = { apiKeyId: programmeId };
    expect(payloadProblems('API_KEY_REVOKED', revoked)).toBeNull();
    expect(payloadProblems('API_KEY_REVOKED', { ...revoked, withParentKeyId: gateRecordId })).toBeNull();
    expect(payloadProblems('API_KEY_REVOKED', { ...revoked, withParentKeyId: null })).toBe('payload.withParentKeyId must be string');
    // Nullable and optional; lists of a set's values.
    const pilotId = gateRecordId;
    expect(payloadProblems('PILOT_UPDATED', { programmeId, pilotId, fields: ['startDate'], startDate: null })).toBeNull();
    expect(payloadProblems('PILOT_UPDATED', { programmeId, pilotId, fields: ['startDate'], startDate: '2026-02-30T00:00' })).toBe(
      'payload.startDate must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
    );
    const outputs = { programmeId, workshopId: pilotId, outputIds: [gateRecordId], kinds: ['NOTE'] };
    expect(payloadProblems('WORKSHOP_OUTPUTS_CAPTURED', outputs)).toBeNull();
    expect(payloadProblems('WORKSHOP_OUTPUTS_CAPTURED', { ...outputs, kinds: ['NOTE', 'GOSSIP'] })).toMatch(
      /^payload\.kinds\.1 must be equal to one/,
    );
    expect(payloadProblems('STEP_TELEPORTED', {})).toBe('STEP_TELEPORTED is not in the event catalogue');
  });

  it('guards versions: a changed schema needs a higher version, a new type a record, and none may go', () => {
    const type = 'SURVEY_LINK_ROTATED';
    const { version } = EVENT_CATALOGUE[type];
    const hash = schemaHash(schemaOf(type));
    const current = checkSchemaVersions({}).record;
    expect(checkSchemaVersions(current).problems).toEqual([]);

    const changed = checkSchemaVersions({ ...current, [type]: { version, hash: 'an older schema' } });
    expect(changed.problems).toEqual([
      `${type}'s payload schema changed but its version did not: raise its version to ${version + 1} in libs/history/src/event-catalogue.ts, then record the new hash with \`npm run events:schemas\``,
    ]);
    expect(changed.record[type]).toEqual({ version, hash: 'an older schema' });

    const raised = checkSchemaVersions({ ...current, [type]: { version: version - 1, hash: 'an older schema' } });
    expect(raised.problems).toEqual([`${type} rose to version ${version}: record its new hash with \`npm run events:schemas\``]);
    expect(raised.record[type]).toEqual({ version, hash });

    const { [type]: missing, ...withoutIt } = current;
    expect(missing).toEqual({ version, hash });
    expect(checkSchemaVersions(withoutIt).problems).toEqual([
      `${type} is not in event-schema-versions.json: record it with \`npm run events:schemas\``,
    ]);
    expect(checkSchemaVersions({ ...current, [type]: { version: version + 1, hash } }).problems).toEqual([
      `${type} is at version ${version} in the catalogue but ${version + 1} was published: versions never go back`,
    ]);
    expect(checkSchemaVersions({ ...current, STEP_TELEPORTED: { version: 1, hash } }).problems).toEqual([
      'STEP_TELEPORTED is in event-schema-versions.json but not in the catalogue: types are never removed from history',
    ]);
  });

  it('hashes what a schema accepts, not how it is described', () => {
    const schema = schemaOf('SURVEY_CLOSED');
    expect(schemaHash({ ...schema, description: 'Reworded.', title: 'Another title' })).toBe(schemaHash(schema));
    expect(schemaHash({ ...schema, required: ['surveyId'] })).not.toBe(schemaHash(schema));
  });
});
