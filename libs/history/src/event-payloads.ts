/**
 * The notation the event catalogue (event-catalogue.ts) describes each type's payload in, and the
 * JSON Schema (draft 2020-12) it stands for: the contract webhooks publish (docs/event-schemas.json).
 *
 * A payload is written `{ field: 'value', … }`. A value is a word of VALUE_TYPES (`uuid`, `step`…)
 * or a set of literals (`ADDED|CHANGED`); `[]` after it makes a list of them; `|null` lets it be
 * null; a final `?` lets the field be absent. So `reason: 'text|null'` is always there, perhaps
 * null, and `gateRecordsSetAside: 'uuid[]?'` is a list of ids that some events leave out.
 */

/** A JSON Schema fragment, as far as this notation needs one. */
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface ValueType {
  /** What the value holds, for the README's table. */
  readonly meaning: string;
  readonly schema: JsonSchema;
}

const string = (pattern: string): JsonSchema => ({ type: 'string', pattern });
const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: values });

/**
 * Every word a payload may use. The sets of values repeat the enums of the libraries that write
 * them (history sits below those libraries and may not import them); `HistoryService.record`
 * refuses a payload outside them, so the test suite catches any drift.
 */
export const VALUE_TYPES = {
  uuid: { meaning: 'An id (UUID).', schema: string('^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$') },
  text: { meaning: 'Free text.', schema: { type: 'string' } },
  int: { meaning: 'A whole number.', schema: { type: 'integer' } },
  count: { meaning: 'A whole number, 0 or more.', schema: { type: 'integer', minimum: 0 } },
  boolean: { meaning: 'true or false.', schema: { type: 'boolean' } },
  date: { meaning: 'A calendar date, YYYY-MM-DD.', schema: string('^\\d{4}-\\d{2}-\\d{2}$') },
  datetime: {
    meaning: 'An instant, ISO 8601 in UTC (2026-03-01T09:30:00.000Z).',
    schema: string('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$'),
  },
  decimal: { meaning: 'A decimal number written as a string, exactly as stored ("1250.50").', schema: string('^-?\\d+(\\.\\d+)?$') },
  currency: { meaning: 'An ISO 4217 currency code (GBP).', schema: string('^[A-Z]{3}$') },
  field: { meaning: "The name of a record's field that changed (never its value).", schema: string('^[a-z][A-Za-z0-9]*$') },
  step: { meaning: 'One of the five steps.', schema: oneOf(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW']) },
  role: { meaning: "A member's role.", schema: oneOf(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER']) },
  programmeStatus: { meaning: "A programme's status.", schema: oneOf(['ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED']) },
  pilotStatus: {
    meaning: "A pilot's status.",
    schema: oneOf(['PROPOSED', 'APPROVED', 'RUNNING', 'EVALUATING', 'SCALE', 'STOP', 'REJECTED']),
  },
  pilotDecision: { meaning: 'What an evaluated pilot was judged to need.', schema: oneOf(['SCALE', 'ADAPT', 'STOP']) },
  taskStatus: { meaning: "A task's status.", schema: oneOf(['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE']) },
  taskPriority: { meaning: "A task's priority.", schema: oneOf(['LOW', 'MEDIUM', 'HIGH', 'URGENT']) },
  form: {
    meaning: 'A form of coproduction.',
    schema: oneOf([
      'CO_COMMISSIONING',
      'CO_PLANNING',
      'CO_PRIORITISATION',
      'CO_FINANCING',
      'CO_DESIGN',
      'CO_DELIVERY',
      'CO_MANAGING',
      'CO_PERFORMING',
      'CO_ASSESSMENT',
      'CO_MONITORING',
      'CO_EVALUATION',
    ]),
  },
  metricDirection: { meaning: "Which way a pilot measure's values are better.", schema: oneOf(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']) },
  financialKind: { meaning: "What a line of a pilot's costs and benefits is.", schema: oneOf(['COST', 'SAVING', 'WIDER_BENEFIT']) },
  participantKind: { meaning: 'Who a participant is.', schema: oneOf(['STAFF', 'CITIZEN', 'COMMUNITY_GROUP', 'THIRD_SECTOR']) },
  lawfulBasis: { meaning: "The lawful basis for holding a participant's data.", schema: oneOf(['CONSENT', 'PUBLIC_TASK', 'OTHER']) },
  incentiveKind: { meaning: 'The kind of an incentive.', schema: oneOf(['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION']) },
  resourceKind: {
    meaning: 'What the body gives participants so they can take part.',
    schema: oneOf(['SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME']),
  },
  scalingMechanism: {
    meaning: 'How a pilot is to be scaled.',
    schema: oneOf(['REPLICATE', 'EMBED_IN_COMMISSIONING', 'WIDEN_ELIGIBILITY', 'OTHER']),
  },
  trainingAudience: { meaning: 'Who a training action is for.', schema: oneOf(['STAFF', 'CITIZENS']) },
  samplingMethod: {
    meaning: "How a survey's respondents were drawn.",
    schema: oneOf(['RANDOM_SAMPLE', 'SELF_SELECTED_ONLINE', 'DOOR_TO_DOOR', 'WORKSHOP', 'OTHER']),
  },
  eventId: { meaning: "A history event's id: a whole number, written as a string.", schema: string('^[0-9]+$') },
  eventType: { meaning: 'An event type of this catalogue.', schema: string('^[A-Z][A-Z0-9_]*$') },
  workshopStatus: { meaning: "A workshop's status.", schema: oneOf(['PLANNED', 'RUNNING', 'DONE', 'CANCELLED']) },
  outputKind: {
    meaning: 'The kind of a workshop output.',
    schema: oneOf(['NOTE', 'DECISION', 'ACTION', 'INITIATIVE', 'PRIORITY', 'RISK']),
  },
  conversionKind: {
    meaning: 'What a workshop output was turned into.',
    schema: oneOf(['TASK', 'INITIATIVE', 'PRIORITY_AREA', 'CHECKLIST_TICK']),
  },
} as const satisfies Record<string, ValueType>;

export type ValueTypeName = keyof typeof VALUE_TYPES;

/** A payload in the notation: each field's name and its value, e.g. `{ from: 'step', reason: 'text|null' }`. */
export type PayloadNotation = Readonly<Record<string, string>>;

export interface FieldNotation {
  /** A word of VALUE_TYPES, or undefined when the value is one of `literals` (or only ever null). */
  readonly type?: ValueTypeName;
  readonly literals?: readonly string[];
  readonly list: boolean;
  readonly nullable: boolean;
  readonly optional: boolean;
}

const LITERAL = /^[A-Z][A-Z0-9_]*$/;

/** Reads one field's value (`'uuid[]?'`, `'text|null'`, `'ADDED|CHANGED'`); throws on anything else. */
export function parseField(notation: string): FieldNotation {
  const fail = (why: string) => new Error(`Payload value '${notation}' ${why} (libs/history/src/event-payloads.ts)`);
  const optional = notation.endsWith('?');
  const alternatives = (optional ? notation.slice(0, -1) : notation).split('|');
  if (alternatives.includes('')) throw fail('names no value');
  const nullable = alternatives.includes('null');
  let values = alternatives.filter((a) => a !== 'null');
  const list = values.length > 0 && values.every((v) => v.endsWith('[]'));
  if (values.some((v) => v.endsWith('[]')) && !list) throw fail('mixes lists and single values');
  if (list) values = values.map((v) => v.slice(0, -2));
  if (values.length === 0) return { list: false, nullable, optional };
  if (values.length === 1 && Object.prototype.hasOwnProperty.call(VALUE_TYPES, values[0]))
    return { type: values[0] as ValueTypeName, list, nullable, optional };
  if (!values.every((v) => LITERAL.test(v))) throw fail('is neither a word of VALUE_TYPES nor a set of UPPER_CASE literals');
  return { literals: values, list, nullable, optional };
}

/** The JSON Schema of one field's value. */
export function fieldSchema(notation: string): JsonSchema {
  const field = parseField(notation);
  if (!field.type && !field.literals) return { type: 'null' };
  const item: JsonSchema = field.type ? VALUE_TYPES[field.type].schema : oneOf(field.literals!);
  const value: JsonSchema = field.list ? { type: 'array', items: item } : item;
  if (!field.nullable) return value;
  // Nullable: the JSON type gains 'null', and a set of values gains null as one of them.
  const { type, enum: values, ...rest } = value as { type: string; enum?: unknown[] };
  return { type: [type, 'null'], ...(values ? { enum: [...values, null] } : {}), ...rest };
}

/** What a JSON Schema of an event type is built from: its catalogue entry. */
export interface EventSchemaSource {
  readonly description: string;
  readonly version: number;
  readonly payload: PayloadNotation;
}

export const EVENT_SCHEMA_BASE = 'https://coprod.example/events';

/** The schema's address: one per type and version, so a changed contract never reuses an address. */
export function eventSchemaId(type: string, version: number): string {
  return `${EVENT_SCHEMA_BASE}/${type}/v${version}.json`;
}

/** The JSON Schema (draft 2020-12) of a type's payload: exactly its fields, the optional ones not required. */
export function eventSchema(type: string, entry: EventSchemaSource): JsonSchema {
  const fields = Object.entries(entry.payload);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: eventSchemaId(type, entry.version),
    title: `${type} v${entry.version}`,
    description: entry.description,
    type: 'object',
    properties: Object.fromEntries(fields.map(([name, notation]) => [name, fieldSchema(notation)])),
    required: fields.filter(([, notation]) => !parseField(notation).optional).map(([name]) => name),
    additionalProperties: false,
  };
}

/** The payload as the README's table shows it: `` `from` step, `reason` text\|null `` (pipes escaped for Markdown). */
export function payloadMarkdown(payload: PayloadNotation): string {
  return Object.entries(payload)
    .map(([name, notation]) => `\`${name}\` ${notation.replaceAll('|', '\\|')}`)
    .join(', ');
}
