import { eventSchema, fieldSchema, parseField, payloadMarkdown, VALUE_TYPES } from './event-payloads';

describe('the payload notation', () => {
  it('reads a word, a list, null and absence', () => {
    expect(parseField('uuid')).toEqual({ type: 'uuid', list: false, nullable: false, optional: false });
    expect(parseField('uuid[]?')).toEqual({ type: 'uuid', list: true, nullable: false, optional: true });
    expect(parseField('date|null')).toEqual({ type: 'date', list: false, nullable: true, optional: false });
    expect(parseField('count|null?')).toEqual({ type: 'count', list: false, nullable: true, optional: true });
    expect(parseField('ADDED|REMOVED')).toEqual({ literals: ['ADDED', 'REMOVED'], list: false, nullable: false, optional: false });
    expect(parseField('null')).toEqual({ list: false, nullable: true, optional: false });
  });

  it('refuses what it cannot read, naming the value', () => {
    expect(() => parseField('number')).toThrow("Payload value 'number' is neither a word of VALUE_TYPES nor a set of UPPER_CASE literals");
    expect(() => parseField('uuid[]|text')).toThrow('mixes lists and single values');
    expect(() => parseField('?')).toThrow('names no value');
    expect(() => parseField('uuid||null')).toThrow('names no value');
    expect(() => parseField('Added|Removed')).toThrow(/neither a word/);
  });

  it('turns each value into JSON Schema, null joining the type and the set of values', () => {
    expect(fieldSchema('text')).toEqual({ type: 'string' });
    expect(fieldSchema('count|null')).toEqual({ type: ['integer', 'null'], minimum: 0 });
    expect(fieldSchema('step|null')).toEqual({ type: ['string', 'null'], enum: ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW', null] });
    expect(fieldSchema('uuid[]')).toEqual({ type: 'array', items: VALUE_TYPES.uuid.schema });
    expect(fieldSchema('form[]|null')).toEqual({ type: ['array', 'null'], items: VALUE_TYPES.form.schema });
    expect(fieldSchema('EDITED|DELETED')).toEqual({ type: 'string', enum: ['EDITED', 'DELETED'] });
    expect(fieldSchema('null')).toEqual({ type: 'null' });
  });

  it('makes an entry a closed object schema with its versioned $id, requiring all but the optional fields', () => {
    const entry = { description: 'A step moved.', version: 3, payload: { from: 'step', reason: 'text|null', note: 'text?' } };
    expect(eventSchema('STEP_MOVED', entry)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://coprod.example/events/STEP_MOVED/v3.json',
      title: 'STEP_MOVED v3',
      description: 'A step moved.',
      type: 'object',
      properties: { from: VALUE_TYPES.step.schema, reason: { type: ['string', 'null'] }, note: { type: 'string' } },
      required: ['from', 'reason'],
      additionalProperties: false,
    });
    expect(payloadMarkdown(entry.payload)).toBe('`from` step, `reason` text\\|null, `note` text?');
  });
});
