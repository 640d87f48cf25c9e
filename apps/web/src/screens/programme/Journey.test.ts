import { describe, expect, it } from 'vitest';
import type { JourneyEventFragment } from '../../gql/graphql';
import { describeEvent, type EventNames } from './events';
import { foldJourney } from './Journey';

let sequence = 0;
function event(
  type: string,
  kind: JourneyEventFragment['kind'],
  payload: Record<string, unknown> = {},
  actorUserId = 'user-2',
): JourneyEventFragment {
  sequence += 1;
  return {
    id: `e${sequence}`,
    sequence,
    type,
    kind,
    occurredAt: '2026-12-02T10:00:00Z',
    actorType: 'USER',
    actorUserId,
    actorApiKeyName: null,
    payload,
  };
}

const names: EventNames = {
  person: (id) => ({ 'user-1': 'You', 'user-2': 'Sam Other' })[id],
  item: (key) => (key === 'map.record_existing' ? 'Record the coproduction already under way' : undefined),
  describe: (type) => (type === 'SOMETHING_NEW' ? 'Something new happened.' : undefined),
};

describe('the journey', () => {
  it('folds runs of edits and of one person’s same evidence, and leaves moves and decisions on their own', () => {
    const events = [
      event('STEP_ADVANCED', 'MOVE', { from: 'MAP', to: 'FOCUS' }),
      event('TASK_CREATED', 'EDIT'),
      event('TASK_UPDATED', 'EDIT'),
      event('STEP_UPDATED', 'EDIT'),
      event('MEASUREMENT_RECORDED', 'EVIDENCE'),
      event('MEASUREMENT_RECORDED', 'EVIDENCE'),
      event('MEASUREMENT_RECORDED', 'EVIDENCE', {}, 'user-1'),
      event('PILOT_APPROVED', 'DECISION'),
      event('PILOT_APPROVED', 'DECISION'),
      event('TASK_DELETED', 'EDIT'),
    ];
    const lines = foldJourney(events).map((line) =>
      line.kind === 'event' || line.kind === 'start' ? [line.kind, line.event.type] : [line.kind, line.events.length],
    );
    expect(lines).toEqual([
      ['event', 'STEP_ADVANCED'],
      ['edits', 3],
      ['repeated', 2],
      ['event', 'MEASUREMENT_RECORDED'], // someone else's reading starts a new line
      ['event', 'PILOT_APPROVED'],
      ['event', 'PILOT_APPROVED'],
      ['edits', 1],
    ]);
  });

  it('keeps the programme’s creation on its own line, as the start, whatever edits come next', () => {
    const lines = foldJourney([event('TASK_CREATED', 'EDIT'), event('PROGRAMME_UPDATED', 'EDIT'), event('PROGRAMME_CREATED', 'EDIT')]);
    expect(
      lines.map((line) =>
        line.kind === 'start' || line.kind === 'event' ? [line.kind, line.event.type] : [line.kind, line.events.length],
      ),
    ).toEqual([
      ['edits', 2],
      ['start', 'PROGRAMME_CREATED'],
    ]);
  });

  it('says each move and decision in words, with the reason given', () => {
    expect(
      describeEvent(
        event('STEP_ADVANCED', 'MOVE', { from: 'MAP', to: 'FOCUS', overridden: true, reason: 'The board asked us to move on' }),
        names,
      ),
    ).toBe('Sam Other moved the programme from Map it to Focus it, overriding the gate: “The board asked us to move on”');
    expect(
      describeEvent(event('STEP_REOPENED', 'MOVE', { from: 'FOCUS', to: 'MAP', step: 'MAP', reason: 'Two estates were missed' }), names),
    ).toBe('Sam Other reopened Map it: “Two estates were missed”');
    expect(describeEvent(event('CHECKLIST_ITEM_TICKED', 'EVIDENCE', { key: 'map.record_existing', step: 'MAP' }), names)).toBe(
      'Sam Other ticked “Record the coproduction already under way” in Map it.',
    );
    expect(describeEvent(event('TASK_UPDATED', 'EDIT', { step: 'FOCUS', status: 'DONE' }, 'user-9'), names)).toBe(
      'A former member set a task in Focus it to Done.',
    );
    expect(describeEvent(event('SOMETHING_NEW', 'EDIT'), names)).toBe('Sam Other: Something new happened.');
  });
});
