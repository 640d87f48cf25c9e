import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  EVENT_CATALOGUE,
  EVENT_TYPES,
  eventCatalogueMarkdown,
  EventKind,
  type EventTypeEntry,
  isEventType,
  kindOf,
  typesOfKinds,
} from './event-catalogue';
import { parseField } from './event-payloads';

// Jest runs from the repository's root (jest.config.mjs).
const ROOT = process.cwd();
const README_START = '<!-- event-catalogue:start -->';
const README_END = '<!-- event-catalogue:end -->';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the event catalogue', () => {
  it('gives every type one kind of the closed set and a description, and every kind some types', () => {
    for (const type of EVENT_TYPES) {
      expect(type).toMatch(/^[A-Z]+(_[A-Z]+)+$/);
      expect(Object.values(EventKind)).toContain(EVENT_CATALOGUE[type].kind);
      expect(EVENT_CATALOGUE[type].description).toMatch(/^[A-Z].{10,}\.$/);
    }
    // A version and a payload each, whose every value the notation reads (event-payloads.ts throws on any other).
    for (const type of EVENT_TYPES) {
      const entry: EventTypeEntry = EVENT_CATALOGUE[type];
      expect([type, Number.isInteger(entry.version) && entry.version >= 1]).toEqual([type, true]);
      expect([type, Object.keys(entry.payload).length > 0]).toEqual([type, true]);
      for (const [field, notation] of Object.entries(entry.payload)) {
        expect(field).toMatch(/^[a-z][A-Za-z]*$/);
        expect(() => parseField(notation)).not.toThrow();
      }
    }
    for (const kind of Object.values(EventKind)) expect([kind, typesOfKinds([kind]).length > 0]).toEqual([kind, true]);
    expect(typesOfKinds(Object.values(EventKind)).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('maps types to kinds, and refuses a type it does not know', () => {
    expect(kindOf('PROGRAMME_COMPLETED')).toBe(EventKind.MOVE);
    expect(kindOf('PILOT_DECIDED')).toBe(EventKind.DECISION);
    expect(kindOf('TASK_CREATED')).toBe(EventKind.EDIT);
    expect(isEventType('STEP_TELEPORTED')).toBe(false);
    expect(isEventType('toString')).toBe(false);
    expect(() => kindOf('STEP_TELEPORTED')).toThrow(/not in the event catalogue/);
    expect(typesOfKinds([EventKind.MOVE, EventKind.DECISION])).toEqual(
      EVENT_TYPES.filter((t) => ['MOVE', 'DECISION'].includes(EVENT_CATALOGUE[t].kind)),
    );
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    expect([start > 0, end > start]).toEqual([true, true]);
    const shown = readme.slice(start + README_START.length, end).trim();
    // On a difference, paste eventCatalogueMarkdown()'s output between the README's markers.
    expect(shown).toEqual(eventCatalogueMarkdown());
    // Each type's row shows its version and its payload's fields.
    expect(shown).toContain('| `SURVEY_CLOSED` | MOVE | 1 | A survey stopped taking responses. | `surveyId` uuid, `responses` count |');
  });

  it('holds every type the code writes to history', () => {
    const written = new Set<string>();
    for (const file of [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]) {
      const text = readFileSync(file, 'utf8');
      // The literals inside every `record(…)` call up to the end of its statement, and the values of move-to-event tables.
      for (const call of text.matchAll(/\brecord\(([^;]*)/g))
        for (const [, literal] of call[1].matchAll(/'([A-Z]+(?:_[A-Z]+)+)'/g)) written.add(literal);
      for (const table of text.matchAll(/_EVENTS[^=]*=\s*\{([^}]*)\}/g))
        for (const [, literal] of table[1].matchAll(/:\s*'([A-Z]+(?:_[A-Z]+)+)'/g)) written.add(literal);
    }
    expect(written.size).toBeGreaterThan(60);
    expect([...written].filter((type) => !isEventType(type))).toEqual([]);
  });
});
