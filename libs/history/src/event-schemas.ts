import { createHash } from 'node:crypto';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { EVENT_CATALOGUE, EVENT_TYPES, type EventType, isEventType } from './event-catalogue';
import { EVENT_SCHEMA_BASE, eventSchema, type JsonSchema } from './event-payloads';

/** One type's published schema, as the catalogue describes it now. */
export function schemaOf(type: EventType): JsonSchema {
  return eventSchema(type, EVENT_CATALOGUE[type]);
}

/**
 * Every type's schema in one JSON Schema document, under `$defs` by type: what
 * docs/event-schemas.json holds (`npm run events:schemas` writes it; a spec keeps it current).
 */
export function eventSchemasDocument(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${EVENT_SCHEMA_BASE}/schemas.json`,
    title: 'coprod history event payloads',
    description:
      "The payload of every history event type, by type; each has its own $id with the type's version. Payloads hold ids and non-personal values only.",
    $defs: Object.fromEntries(EVENT_TYPES.map((type) => [type, schemaOf(type)])),
  };
}

/** Keywords that document a schema without constraining it: changing them is no new version. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !ANNOTATIONS.has(key))
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** A hash of what a schema accepts (annotations left out), for the version guard (event-schema-versions.json). */
export function schemaHash(schema: JsonSchema): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(schema)))
    .digest('hex')
    .slice(0, 16);
}

// One validator per type, compiled the first time the type is written.
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
const validators = new Map<EventType, ValidateFunction>();

/** Why a payload does not fit its type's schema, or null when it does. */
export function payloadProblems(type: string, payload: unknown): string | null {
  if (!isEventType(type)) return `${type} is not in the event catalogue`;
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.compile(schemaOf(type));
    validators.set(type, validate);
  }
  if (validate(payload)) return null;
  return (validate.errors ?? [])
    .map((error) => {
      const where = `payload${error.instancePath.replaceAll('/', '.')}`;
      const extra = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
      if (extra.additionalProperty) return `${where} has ${extra.additionalProperty}, which the schema does not list`;
      if (extra.allowedValues) return `${where} ${error.message}: ${extra.allowedValues.join(', ')}`;
      return `${where} ${error.message}`;
    })
    .join('; ');
}

/** Per type, the version of its schema and the hash of what that version accepts: event-schema-versions.json. */
export type SchemaVersions = Record<string, { version: number; hash: string }>;

/**
 * Compares the catalogue with the recorded versions. A type whose schema changed must have a
 * higher version than the one recorded (webhook receivers rely on a version meaning one shape);
 * `record` is what the file should then hold: new and raised types get their hash, and a changed
 * schema whose version did not rise keeps its old entry, so the problem stays until it is bumped.
 */
export function checkSchemaVersions(recorded: SchemaVersions): { problems: string[]; record: SchemaVersions } {
  const problems: string[] = [];
  const record: SchemaVersions = {};
  for (const type of EVENT_TYPES) {
    const { version } = EVENT_CATALOGUE[type];
    const hash = schemaHash(schemaOf(type));
    const before = recorded[type];
    if (!before) {
      problems.push(`${type} is not in event-schema-versions.json: record it with \`npm run events:schemas\``);
      record[type] = { version, hash };
    } else if (version < before.version) {
      problems.push(`${type} is at version ${version} in the catalogue but ${before.version} was published: versions never go back`);
      record[type] = before;
    } else if (version === before.version && hash !== before.hash) {
      problems.push(
        `${type}'s payload schema changed but its version did not: raise its version to ${version + 1} in libs/history/src/event-catalogue.ts, then record the new hash with \`npm run events:schemas\``,
      );
      record[type] = before;
    } else if (version > before.version) {
      problems.push(`${type} rose to version ${version}: record its new hash with \`npm run events:schemas\``);
      record[type] = { version, hash };
    } else record[type] = before;
  }
  for (const type of Object.keys(recorded))
    if (!isEventType(type)) {
      problems.push(`${type} is in event-schema-versions.json but not in the catalogue: types are never removed from history`);
      record[type] = recorded[type];
    }
  return { problems, record };
}
