import * as fc from 'fast-check';
import {
  APPROVED_OR_BEYOND,
  ENDED_WITHOUT_GOING_AHEAD,
  FINAL_PILOT_STATUSES,
  PILOT_MOVE_TYPES,
  PILOT_STATUSES,
  PILOT_TRANSITIONS,
  allowedPilotMoves,
  applyPilotMove,
  canEnrolParticipants,
  canHaveScalingPlan,
  enrolmentRefusal,
  initialPilotState,
  isFinalPilotStatus,
  rulesOfEngagementArePublic,
  scalingPlanRefusal,
  termsPublicationRefusal,
  type PilotMove,
  type PilotState,
  type PilotStatus,
} from './pilot-lifecycle';
import { checkLifecycleTable } from './lifecycle';
import { isSufficientReason } from './reasons';

const REASON = 'The evaluation showed clear results';

const MOVES: Record<string, PilotMove> = {
  APPROVE: { type: 'APPROVE' },
  REJECT: { type: 'REJECT', reason: REASON },
  START: { type: 'START' },
  BEGIN_EVALUATION: { type: 'BEGIN_EVALUATION' },
  'DECIDE SCALE': { type: 'DECIDE', decision: 'SCALE', reason: REASON },
  'DECIDE ADAPT': { type: 'DECIDE', decision: 'ADAPT', reason: REASON },
  'DECIDE STOP': { type: 'DECIDE', decision: 'STOP', reason: REASON },
};

// Written out by hand rather than read from PILOT_TRANSITIONS, so the table itself is under test.
const ALLOWED: Partial<Record<PilotStatus, Record<string, { to: PilotStatus; iteration: number }>>> = {
  PROPOSED: { APPROVE: { to: 'APPROVED', iteration: 2 }, REJECT: { to: 'REJECTED', iteration: 2 } },
  APPROVED: { START: { to: 'RUNNING', iteration: 2 }, REJECT: { to: 'REJECTED', iteration: 2 } },
  RUNNING: { BEGIN_EVALUATION: { to: 'EVALUATING', iteration: 2 } },
  EVALUATING: {
    'DECIDE SCALE': { to: 'SCALE', iteration: 2 },
    'DECIDE ADAPT': { to: 'APPROVED', iteration: 3 },
    'DECIDE STOP': { to: 'STOP', iteration: 2 },
  },
};

const cases = PILOT_STATUSES.flatMap((status) =>
  Object.keys(MOVES).map((moveName) => ({ status, moveName, expected: ALLOWED[status]?.[moveName] ?? null })),
);

describe('applyPilotMove: every status × every move', () => {
  it.each(cases.filter((c) => c.expected))('$status + $moveName is allowed', ({ status, moveName, expected }) => {
    const result = applyPilotMove({ status, iteration: 2 }, MOVES[moveName]);
    expect(result).toMatchObject({ ok: true, state: { status: expected!.to, iteration: expected!.iteration } });
  });

  it.each(cases.filter((c) => !c.expected))('$status + $moveName is refused', ({ status, moveName }) => {
    const result = applyPilotMove({ status, iteration: 2 }, MOVES[moveName]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe('INVALID_TRANSITION');
    expect(result.refusal.message.length).toBeGreaterThan(20);
  });

  it('is a sound lifecycle table', () => {
    expect(checkLifecycleTable(PILOT_TRANSITIONS, PILOT_STATUSES, PILOT_MOVE_TYPES)).toEqual([]);
  });

  it('covers exactly the eight allowed moves in the table', () => {
    expect(cases.filter((c) => c.expected)).toHaveLength(8);
    const tableRows = PILOT_TRANSITIONS.reduce((n, t) => n + t.from.length, 0);
    expect(tableRows).toBe(8);
  });
});

describe('applyPilotMove: results', () => {
  it('reports the decision taken and the trimmed reason', () => {
    const result = applyPilotMove(
      { status: 'EVALUATING', iteration: 1 },
      { type: 'DECIDE', decision: 'ADAPT', reason: '  Change the venue and try again  ' },
    );
    expect(result).toEqual({
      ok: true,
      state: { status: 'APPROVED', iteration: 2 },
      decision: 'ADAPT',
      reason: 'Change the venue and try again',
    });
  });

  it('approves without a reason, and keeps one when given', () => {
    expect(applyPilotMove(initialPilotState(), { type: 'APPROVE' })).toEqual({
      ok: true,
      state: { status: 'APPROVED', iteration: 1 },
    });
    expect(applyPilotMove(initialPilotState(), { type: 'APPROVE', reason: 'Fits the budget round' })).toMatchObject({
      reason: 'Fits the budget round',
    });
  });

  it('never changes the state it was given', () => {
    const state: PilotState = Object.freeze({ status: 'EVALUATING', iteration: 4 });
    applyPilotMove(state, { type: 'DECIDE', decision: 'ADAPT', reason: REASON });
    applyPilotMove(state, { type: 'START' });
    expect(state).toEqual({ status: 'EVALUATING', iteration: 4 });
  });

  it('starts a new pilot as proposed, iteration 1', () => {
    expect(initialPilotState()).toEqual({ status: 'PROPOSED', iteration: 1 });
  });
});

describe('refusals explain themselves', () => {
  it('says why a move is refused and what to do instead', () => {
    const result = applyPilotMove({ status: 'PROPOSED', iteration: 1 }, { type: 'START' });
    expect(result).toEqual({
      ok: false,
      refusal: {
        code: 'INVALID_TRANSITION',
        message: 'This pilot cannot be started now because it is proposed. Approve it first, or reject it with a reason.',
      },
    });
  });

  it.each(['STOP', 'REJECTED'] as const)('tells the user that %s is final', (status) => {
    const result = applyPilotMove({ status, iteration: 1 }, { type: 'APPROVE' });
    expect(!result.ok && result.refusal.message).toMatch(/final; propose a new pilot/);
  });

  it('points a scaled pilot to its scaling plan', () => {
    const result = applyPilotMove({ status: 'SCALE', iteration: 1 }, { type: 'START' });
    expect(!result.ok && result.refusal.message).toMatch(/scaling plan/);
  });

  it('checks the transition before the reason', () => {
    const result = applyPilotMove({ status: 'RUNNING', iteration: 1 }, { type: 'REJECT', reason: '' });
    expect(!result.ok && result.refusal.code).toBe('INVALID_TRANSITION');
  });

  it('refuses an unknown decision or move sent by a client', () => {
    const decide = applyPilotMove({ status: 'EVALUATING', iteration: 1 }, {
      type: 'DECIDE',
      decision: 'PAUSE',
      reason: REASON,
    } as unknown as PilotMove);
    expect(decide).toMatchObject({ ok: false, refusal: { code: 'INVALID_TRANSITION', field: 'decision' } });
    const unknown = applyPilotMove({ status: 'PROPOSED', iteration: 1 }, { type: 'LAUNCH' } as unknown as PilotMove);
    expect(unknown).toMatchObject({ ok: false, refusal: { code: 'INVALID_TRANSITION', field: 'type' } });
  });
});

describe('reasons', () => {
  const weak = [undefined, '', '   ', 'no', 'not viable', 'a b c', 'too costly', '— — — —', 'x  y  z  w'];
  const fine = ['Not enough budget', 'The budget was cut', 'Costs far exceed benefits', 'Merge with the Leeds pilot'];

  it.each(weak)('refuses a rejection with the reason %p', (reason) => {
    const result = applyPilotMove({ status: 'PROPOSED', iteration: 1 }, { type: 'REJECT', reason } as PilotMove);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'REASON_REQUIRED', field: 'reason' } });
    expect(!result.ok && result.refusal.message).toMatch(/at least 3 words/);
  });

  it.each(weak)('refuses a decision with the reason %p', (reason) => {
    const result = applyPilotMove({ status: 'EVALUATING', iteration: 1 }, {
      type: 'DECIDE',
      decision: 'STOP',
      reason,
    } as PilotMove);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'REASON_REQUIRED', field: 'reason' } });
    expect(!result.ok && result.refusal.message).toMatch(/stopped/);
  });

  it.each(fine)('accepts the reason %p', (reason) => {
    expect(isSufficientReason(reason)).toBe(true);
    expect(applyPilotMove({ status: 'APPROVED', iteration: 1 }, { type: 'REJECT', reason }).ok).toBe(true);
  });

  it('needs both three words and twelve characters', () => {
    expect(isSufficientReason('Insufficient evidence found')).toBe(true);
    expect(isSufficientReason('Insufficient evidence')).toBe(false); // two words
    expect(isSufficientReason('ab cd ef gh')).toBe(false); // eight characters
    expect(isSufficientReason('abc def ghij')).toBe(false); // ten characters
    expect(isSufficientReason('abcd efg hijkl')).toBe(true); // twelve characters
  });
});

describe('allowedPilotMoves', () => {
  const summary = (status: PilotStatus) =>
    allowedPilotMoves({ status, iteration: 1 }).map((m) => (m.decision ? `${m.type} ${m.decision}` : m.type));

  it.each([
    ['PROPOSED', ['APPROVE', 'REJECT']],
    ['APPROVED', ['REJECT', 'START']],
    ['RUNNING', ['BEGIN_EVALUATION']],
    ['EVALUATING', ['DECIDE SCALE', 'DECIDE ADAPT', 'DECIDE STOP']],
    ['SCALE', []],
    ['STOP', []],
    ['REJECTED', []],
  ] as const)('from %s: %p', (status, expected) => {
    expect(summary(status)).toEqual(expected);
  });

  it('says which moves need a reason', () => {
    expect(allowedPilotMoves({ status: 'PROPOSED', iteration: 1 })).toEqual([
      { type: 'APPROVE', to: 'APPROVED', reason: 'OPTIONAL' },
      { type: 'REJECT', to: 'REJECTED', reason: 'REQUIRED' },
    ]);
  });

  it('agrees with applyPilotMove for every status', () => {
    for (const status of PILOT_STATUSES) {
      const allowed = new Set(summary(status));
      for (const [name, move] of Object.entries(MOVES)) {
        expect(applyPilotMove({ status, iteration: 1 }, move).ok).toBe(allowed.has(name));
      }
    }
  });

  it('offers nothing from the final statuses', () => {
    expect(FINAL_PILOT_STATUSES.every(isFinalPilotStatus)).toBe(true);
    expect(FINAL_PILOT_STATUSES.every((s) => allowedPilotMoves({ status: s, iteration: 1 }).length === 0)).toBe(true);
  });
});

describe('no sequence of moves escapes the table (property)', () => {
  const reasonArb = fc.oneof(fc.constant(REASON), fc.constant(''), fc.constant('too short'), fc.string());
  const moveArb: fc.Arbitrary<PilotMove> = fc.oneof(
    fc.record({ type: fc.constant('APPROVE' as const), reason: fc.option(reasonArb, { nil: undefined }) }),
    fc.record({ type: fc.constant('REJECT' as const), reason: reasonArb }),
    fc.constant({ type: 'START' as const }),
    fc.constant({ type: 'BEGIN_EVALUATION' as const }),
    fc.record({
      type: fc.constant('DECIDE' as const),
      decision: fc.constantFrom('SCALE' as const, 'ADAPT' as const, 'STOP' as const),
      reason: reasonArb,
    }),
  );

  it('moves only along table rows, finals absorb, and iteration grows only on ADAPT', () => {
    fc.assert(
      fc.property(fc.array(moveArb, { maxLength: 60 }), (moves) => {
        let state = initialPilotState();
        let adaptations = 0;
        for (const move of moves) {
          const result = applyPilotMove(state, move);
          if (!result.ok) continue; // a refusal leaves the caller's state as it was
          expect(isFinalPilotStatus(state.status)).toBe(false);
          const row = PILOT_TRANSITIONS.find(
            (t) =>
              t.move === move.type &&
              t.from.includes(state.status) &&
              t.to === result.state.status &&
              (move.type !== 'DECIDE' || t.decision === move.decision),
          );
          expect(row).toBeDefined();
          const adapted = move.type === 'DECIDE' && move.decision === 'ADAPT';
          if (adapted) adaptations += 1;
          expect(result.state.iteration).toBe(state.iteration + (adapted ? 1 : 0));
          if (row!.reason === 'REQUIRED') expect(isSufficientReason(result.reason)).toBe(true);
          state = result.state;
        }
        expect(PILOT_STATUSES).toContain(state.status);
        expect(state.iteration).toBe(1 + adaptations);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every move from a final status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FINAL_PILOT_STATUSES), fc.integer({ min: 1, max: 50 }), moveArb, (status, iteration, move) => {
        const result = applyPilotMove({ status, iteration }, move);
        expect(result.ok).toBe(false);
      }),
    );
  });
});

describe('what a pilot status allows in the other steps', () => {
  // Written out by hand, one row per status, so a new status has to be placed here deliberately.
  const ALLOWS: Record<PilotStatus, { enrol: boolean; publicTerms: boolean; scalingPlan: boolean; approvedOrBeyond: boolean }> = {
    PROPOSED: { enrol: true, publicTerms: true, scalingPlan: false, approvedOrBeyond: false },
    APPROVED: { enrol: true, publicTerms: true, scalingPlan: false, approvedOrBeyond: true },
    RUNNING: { enrol: true, publicTerms: true, scalingPlan: false, approvedOrBeyond: true },
    EVALUATING: { enrol: true, publicTerms: true, scalingPlan: false, approvedOrBeyond: true },
    SCALE: { enrol: true, publicTerms: true, scalingPlan: true, approvedOrBeyond: true },
    STOP: { enrol: false, publicTerms: false, scalingPlan: false, approvedOrBeyond: false },
    REJECTED: { enrol: false, publicTerms: false, scalingPlan: false, approvedOrBeyond: false },
  };
  const rows = PILOT_STATUSES.map((status) => ({ status, ...ALLOWS[status] }));

  it.each(rows)(
    '$status: enrol $enrol, public terms $publicTerms, scaling plan $scalingPlan',
    ({ status, enrol, publicTerms, scalingPlan }) => {
      expect(canEnrolParticipants(status)).toBe(enrol);
      expect(rulesOfEngagementArePublic(status)).toBe(publicTerms);
      expect(canHaveScalingPlan(status)).toBe(scalingPlan);
    },
  );

  it('lists the approved-or-beyond and ended statuses', () => {
    expect([...APPROVED_OR_BEYOND].sort()).toEqual(
      rows
        .filter((r) => r.approvedOrBeyond)
        .map((r) => r.status)
        .sort(),
    );
    expect([...ENDED_WITHOUT_GOING_AHEAD].sort()).toEqual(
      rows
        .filter((r) => !r.enrol)
        .map((r) => r.status)
        .sort(),
    );
    expect(ENDED_WITHOUT_GOING_AHEAD.every(isFinalPilotStatus)).toBe(true);
  });

  it('gives a refusal exactly when the predicate says no', () => {
    for (const status of PILOT_STATUSES) {
      expect(enrolmentRefusal(status) === null).toBe(canEnrolParticipants(status));
      expect(termsPublicationRefusal(status) === null).toBe(rulesOfEngagementArePublic(status));
      expect(scalingPlanRefusal(status) === null).toBe(canHaveScalingPlan(status));
    }
  });

  it('explains each refusal in words that name the status', () => {
    expect(enrolmentRefusal('STOP')).toBe('The pilot is stopped: nobody can join it now.');
    expect(enrolmentRefusal('REJECTED')).toBe('The pilot is rejected: nobody can join it now.');
    expect(termsPublicationRefusal('REJECTED')).toContain('ended (REJECTED)');
    expect(termsPublicationRefusal('STOP')).toContain('no longer shown to the public');
    expect(scalingPlanRefusal('RUNNING')).toContain('decided SCALE, and this pilot is RUNNING');
  });
});
