import { checkLifecycleTable } from './lifecycle';
import {
  FINAL_WORKSHOP_STATUSES,
  WORKSHOP_MOVES,
  WORKSHOP_STATUSES,
  WORKSHOP_TRANSITIONS,
  applyWorkshopMove,
  workshopEditRefusal,
  type WorkshopMove,
  type WorkshopStatus,
} from './workshop-lifecycle';

// Written out by hand rather than read from the table, so the table itself is under test.
const ALLOWED: Record<WorkshopStatus, Partial<Record<WorkshopMove, WorkshopStatus>>> = {
  PLANNED: { START: 'RUNNING', CANCEL: 'CANCELLED' },
  RUNNING: { END: 'DONE' },
  DONE: {},
  CANCELLED: {},
};

describe('the workshop lifecycle', () => {
  it('is a sound lifecycle table', () => {
    expect(checkLifecycleTable(WORKSHOP_TRANSITIONS, WORKSHOP_STATUSES, WORKSHOP_MOVES)).toEqual([]);
  });

  it('allows exactly the moves planned, running, over and cancelled workshops can make', () => {
    for (const status of WORKSHOP_STATUSES) {
      for (const move of WORKSHOP_MOVES) {
        const result = applyWorkshopMove(status, move);
        const expected = ALLOWED[status][move];
        if (expected) expect({ status, move, result }).toEqual({ status, move, result: { ok: true, to: expected } });
        else expect({ status, move, ok: result.ok }).toEqual({ status, move, ok: false });
      }
    }
  });

  it('explains a refused move and says what to do instead', () => {
    expect(applyWorkshopMove('DONE', 'START')).toEqual({
      ok: false,
      message: 'A workshop that is over cannot be started. It is over; plan another workshop to meet again.',
    });
    expect(applyWorkshopMove('RUNNING', 'CANCEL')).toMatchObject({ ok: false, message: expect.stringMatching(/End it/) });
  });

  it('treats done and cancelled workshops as final and closed to edits, planned and running ones as open', () => {
    expect([...FINAL_WORKSHOP_STATUSES].sort()).toEqual(['CANCELLED', 'DONE']);
    expect(workshopEditRefusal('PLANNED')).toBeNull();
    expect(workshopEditRefusal('RUNNING')).toBeNull();
    expect(workshopEditRefusal('DONE')).toMatch(/kept as they were/);
    expect(workshopEditRefusal('CANCELLED')).toMatch(/called off/);
  });
});
