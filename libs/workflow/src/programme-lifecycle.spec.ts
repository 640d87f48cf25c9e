import type { GateResult } from './gates';
import {
  InconsistentProgrammeStateError,
  PROGRAMME_MOVE_REFUSALS,
  PROGRAMME_MOVE_TYPES,
  PROGRAMME_STATUSES,
  type ProgrammeMove,
  type ProgrammeState,
  type ProgrammeStatus,
  PROGRAMME_TRANSITIONS,
  STEP_STATE_CAUSES,
  STEP_STATE_TRANSITIONS,
  type StepChange,
  allowedMoves,
  applyProgrammeMove,
  checkProgrammeInvariants,
  checklistChangeRefusal,
  initialProgrammeState,
  programmeChangeRefusal,
  reopenableSteps,
} from './programme-lifecycle';
import { checkLifecycleTable } from './lifecycle';
import { isSufficientReason } from './reasons';
import { STEPS, type Step, isEarlier } from './steps';

const OPEN_GATE: GateResult = {
  open: true,
  requiredTotal: 2,
  requiredSatisfied: 2,
  advisoryTotal: 1,
  advisorySatisfied: 0,
  openItems: [],
};
const SHUT_GATE: GateResult = {
  open: false,
  requiredTotal: 3,
  requiredSatisfied: 1,
  advisoryTotal: 0,
  advisorySatisfied: 0,
  openItems: [
    { key: 'x.one', title: 'First thing', explanation: 'Not ticked yet; tick it once this has been done.' },
    { key: 'x.owner', title: 'Someone owns it', explanation: 'No one owns this step yet; assign an owner.' },
  ],
};
const GOOD_REASON = 'The board asked us to move on now';

/** A programme whose current step is under way, with the steps before it completed. */
function underWay(currentStep: Step, status: ProgrammeStatus = 'ACTIVE', cycle = 1): ProgrammeState {
  const steps = Object.fromEntries(
    STEPS.map((step) => [step, step === currentStep ? 'IN_PROGRESS' : isEarlier(step, currentStep) ? 'COMPLETED' : 'NOT_STARTED']),
  ) as ProgrammeState['steps'];
  return { status, cycle, currentStep, steps };
}

/** A programme with every step completed. */
function finished(status: ProgrammeStatus = 'COMPLETED', cycle = 1): ProgrammeState {
  const steps = Object.fromEntries(STEPS.map((step) => [step, 'COMPLETED'])) as ProgrammeState['steps'];
  return { status, cycle, currentStep: 'GROW', steps };
}

const change = (step: Step, cause: StepChange['cause'], from: StepChange['from'], to: StepChange['to'], cycle = 1): StepChange => ({
  step,
  cycle,
  cause,
  from,
  to,
});

function accepted(state: ProgrammeState, move: ProgrammeMove) {
  const outcome = applyProgrammeMove(state, move);
  if (!outcome.ok) throw new Error(`expected the move to be accepted, got: ${outcome.refusal.message}`);
  return outcome;
}

function refused(state: ProgrammeState, move: ProgrammeMove) {
  const outcome = applyProgrammeMove(state, move);
  if (outcome.ok) throw new Error('expected the move to be refused');
  return outcome.refusal;
}

describe('initialProgrammeState', () => {
  it('starts ACTIVE in cycle 1 at Map it', () => {
    expect(initialProgrammeState()).toEqual(underWay('MAP'));
    expect(checkProgrammeInvariants(initialProgrammeState())).toEqual([]);
  });

  it('returns a fresh object each time', () => {
    const first = initialProgrammeState();
    first.steps.MAP = 'COMPLETED';
    expect(initialProgrammeState().steps.MAP).toBe('IN_PROGRESS');
  });
});

describe('the step-state table', () => {
  it.each([
    ['start', ['NOT_STARTED'], 'IN_PROGRESS'],
    ['complete', ['IN_PROGRESS'], 'COMPLETED'],
    ['reopen', ['COMPLETED'], 'IN_PROGRESS'],
    ['reset', ['IN_PROGRESS', 'COMPLETED'], 'NOT_STARTED'],
  ] as const)('%s goes from %j to %s', (cause, from, to) => {
    expect(STEP_STATE_TRANSITIONS.filter((row) => row.move === cause)).toEqual([{ move: cause, from, to }]);
  });

  it('is a sound lifecycle table', () => {
    expect(checkLifecycleTable(STEP_STATE_TRANSITIONS, ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'], STEP_STATE_CAUSES)).toEqual([]);
  });
});

describe('applyProgrammeMove: accepted moves', () => {
  it.each<[string, ProgrammeState, ProgrammeMove, ProgrammeState, StepChange[]]>([
    [
      'ADVANCE from Map it',
      underWay('MAP'),
      { type: 'ADVANCE', gate: OPEN_GATE },
      underWay('FOCUS'),
      [change('MAP', 'complete', 'IN_PROGRESS', 'COMPLETED'), change('FOCUS', 'start', 'NOT_STARTED', 'IN_PROGRESS')],
    ],
    [
      'ADVANCE from Focus it',
      underWay('FOCUS'),
      { type: 'ADVANCE', gate: OPEN_GATE },
      underWay('PEOPLE'),
      [change('FOCUS', 'complete', 'IN_PROGRESS', 'COMPLETED'), change('PEOPLE', 'start', 'NOT_STARTED', 'IN_PROGRESS')],
    ],
    [
      'ADVANCE from People it',
      underWay('PEOPLE'),
      { type: 'ADVANCE', gate: OPEN_GATE },
      underWay('MARKET'),
      [change('PEOPLE', 'complete', 'IN_PROGRESS', 'COMPLETED'), change('MARKET', 'start', 'NOT_STARTED', 'IN_PROGRESS')],
    ],
    [
      'ADVANCE from Market it in cycle 2',
      underWay('MARKET', 'ACTIVE', 2),
      { type: 'ADVANCE', gate: OPEN_GATE },
      underWay('GROW', 'ACTIVE', 2),
      [change('MARKET', 'complete', 'IN_PROGRESS', 'COMPLETED', 2), change('GROW', 'start', 'NOT_STARTED', 'IN_PROGRESS', 2)],
    ],
    [
      'COMPLETE at Grow it',
      underWay('GROW'),
      { type: 'COMPLETE', gate: OPEN_GATE },
      finished('COMPLETED'),
      [change('GROW', 'complete', 'IN_PROGRESS', 'COMPLETED')],
    ],
    [
      'START_NEXT_CYCLE at Grow it',
      underWay('GROW'),
      { type: 'START_NEXT_CYCLE', gate: OPEN_GATE },
      underWay('MAP', 'ACTIVE', 2),
      [change('GROW', 'complete', 'IN_PROGRESS', 'COMPLETED', 1), change('MAP', 'start', 'NOT_STARTED', 'IN_PROGRESS', 2)],
    ],
    [
      'REOPEN an earlier step while ACTIVE',
      underWay('MARKET'),
      { type: 'REOPEN', step: 'FOCUS', reason: GOOD_REASON },
      underWay('FOCUS'),
      [
        change('PEOPLE', 'reset', 'COMPLETED', 'NOT_STARTED'),
        change('MARKET', 'reset', 'IN_PROGRESS', 'NOT_STARTED'),
        change('FOCUS', 'reopen', 'COMPLETED', 'IN_PROGRESS'),
      ],
    ],
    [
      'REOPEN Map it from Focus it',
      underWay('FOCUS'),
      { type: 'REOPEN', step: 'MAP', reason: GOOD_REASON },
      underWay('MAP'),
      [change('FOCUS', 'reset', 'IN_PROGRESS', 'NOT_STARTED'), change('MAP', 'reopen', 'COMPLETED', 'IN_PROGRESS')],
    ],
    [
      'REOPEN People it of a COMPLETED programme',
      finished('COMPLETED', 3),
      { type: 'REOPEN', step: 'PEOPLE', reason: GOOD_REASON },
      underWay('PEOPLE', 'ACTIVE', 3),
      [
        change('MARKET', 'reset', 'COMPLETED', 'NOT_STARTED', 3),
        change('GROW', 'reset', 'COMPLETED', 'NOT_STARTED', 3),
        change('PEOPLE', 'reopen', 'COMPLETED', 'IN_PROGRESS', 3),
      ],
    ],
    [
      'REOPEN Grow it of a COMPLETED programme',
      finished('COMPLETED'),
      { type: 'REOPEN', step: 'GROW', reason: GOOD_REASON },
      underWay('GROW'),
      [change('GROW', 'reopen', 'COMPLETED', 'IN_PROGRESS')],
    ],
    ['PAUSE', underWay('PEOPLE'), { type: 'PAUSE' }, underWay('PEOPLE', 'PAUSED'), []],
    ['RESUME', underWay('PEOPLE', 'PAUSED', 2), { type: 'RESUME' }, underWay('PEOPLE', 'ACTIVE', 2), []],
    ['ARCHIVE from ACTIVE', underWay('MARKET'), { type: 'ARCHIVE' }, underWay('MARKET', 'ARCHIVED'), []],
    ['ARCHIVE from PAUSED', underWay('FOCUS', 'PAUSED'), { type: 'ARCHIVE' }, underWay('FOCUS', 'ARCHIVED'), []],
    ['ARCHIVE from COMPLETED', finished('COMPLETED'), { type: 'ARCHIVE' }, finished('ARCHIVED'), []],
  ])('%s', (_name, before, move, after, stepChanges) => {
    const outcome = accepted(before, move);
    expect(outcome.state).toEqual(after);
    expect(outcome.stepChanges).toEqual(stepChanges);
    expect(outcome.overridden).toBe(false);
    expect(checkProgrammeInvariants(outcome.state)).toEqual([]);
  });
});

describe('applyProgrammeMove: refused moves', () => {
  const advance: ProgrammeMove = { type: 'ADVANCE', gate: OPEN_GATE };
  const complete: ProgrammeMove = { type: 'COMPLETE', gate: OPEN_GATE };
  const nextCycle: ProgrammeMove = { type: 'START_NEXT_CYCLE', gate: OPEN_GATE };
  const reopen = (step: Step): ProgrammeMove => ({ type: 'REOPEN', step, reason: GOOD_REASON });
  const archivedMessage = 'The programme is archived; archived programmes cannot be changed.';

  it.each<[string, ProgrammeState, ProgrammeMove, string]>([
    // by status
    ['ADVANCE while PAUSED', underWay('MAP', 'PAUSED'), advance, 'The programme is paused; resume it before advancing.'],
    ['ADVANCE when COMPLETED', finished(), advance, 'The programme is completed; reopen a step if more work is needed.'],
    ['ADVANCE when ARCHIVED', underWay('MAP', 'ARCHIVED'), advance, archivedMessage],
    ['COMPLETE while PAUSED', underWay('GROW', 'PAUSED'), complete, 'The programme is paused; resume it before completing it.'],
    ['COMPLETE when COMPLETED', finished(), complete, 'The programme is already completed.'],
    ['COMPLETE when ARCHIVED', underWay('GROW', 'ARCHIVED'), complete, archivedMessage],
    [
      'START_NEXT_CYCLE while PAUSED',
      underWay('GROW', 'PAUSED'),
      nextCycle,
      'The programme is paused; resume it before starting the next cycle.',
    ],
    [
      'START_NEXT_CYCLE when COMPLETED',
      finished(),
      nextCycle,
      'The programme is completed. To run another cycle, reopen Grow it and start the next cycle from there.',
    ],
    ['START_NEXT_CYCLE when ARCHIVED', finished('ARCHIVED'), nextCycle, archivedMessage],
    ['REOPEN while PAUSED', underWay('GROW', 'PAUSED'), reopen('MAP'), 'The programme is paused; resume it before reopening a step.'],
    ['REOPEN when ARCHIVED', finished('ARCHIVED'), reopen('MAP'), archivedMessage],
    ['PAUSE while PAUSED', underWay('MAP', 'PAUSED'), { type: 'PAUSE' }, 'The programme is already paused.'],
    [
      'PAUSE when COMPLETED',
      finished(),
      { type: 'PAUSE' },
      'The programme is completed, so there is nothing to pause; reopen a step if work should go on.',
    ],
    ['PAUSE when ARCHIVED', underWay('MAP', 'ARCHIVED'), { type: 'PAUSE' }, archivedMessage],
    ['RESUME while ACTIVE', underWay('MAP'), { type: 'RESUME' }, 'The programme is not paused, so there is nothing to resume.'],
    ['RESUME when COMPLETED', finished(), { type: 'RESUME' }, 'The programme is completed, not paused; reopen a step to work on it again.'],
    ['RESUME when ARCHIVED', underWay('MAP', 'ARCHIVED'), { type: 'RESUME' }, archivedMessage],
    ['ARCHIVE when ARCHIVED', finished('ARCHIVED'), { type: 'ARCHIVE' }, 'The programme is already archived.'],
    // by step precondition
    [
      'ADVANCE at Grow it',
      underWay('GROW'),
      advance,
      'Grow it is the last step; complete the programme or start the next cycle instead of advancing.',
    ],
    [
      'COMPLETE before Grow it',
      underWay('MARKET'),
      complete,
      'The programme is at Market it; a cycle can only end at Grow it, so advance through the remaining steps first.',
    ],
    [
      'START_NEXT_CYCLE before Grow it',
      underWay('MAP'),
      nextCycle,
      'The programme is at Map it; a cycle can only end at Grow it, so advance through the remaining steps first.',
    ],
    ['REOPEN the current step', underWay('PEOPLE'), reopen('PEOPLE'), 'People it is already the current step.'],
    ['REOPEN Map it at Map it', underWay('MAP'), reopen('MAP'), 'Map it is already the current step.'],
    [
      'REOPEN a later step',
      underWay('FOCUS'),
      reopen('MARKET'),
      'Market it has not been reached yet; only a step before the current one (Focus it) can be reopened.',
    ],
    ['REOPEN an unknown step', underWay('GROW'), reopen('LATER' as Step), 'Choose one of the five steps to reopen.'],
    ['REOPEN an unknown step when COMPLETED', finished(), reopen('LATER' as Step), 'Choose one of the five steps to reopen.'],
  ])('%s is an INVALID_TRANSITION', (_name, state, move, message) => {
    expect(refused(state, move)).toEqual({ code: 'INVALID_TRANSITION', message });
  });

  it('refuses an unknown move type', () => {
    const refusal = refused(underWay('MAP'), { type: 'TELEPORT' } as unknown as ProgrammeMove);
    expect(refusal.code).toBe('INVALID_TRANSITION');
  });

  it('every status that a move is not allowed from refuses it with a message that ends in a full stop', () => {
    for (const type of PROGRAMME_MOVE_TYPES) {
      for (const status of PROGRAMME_STATUSES) {
        const refusal = PROGRAMME_MOVE_REFUSALS[type][status];
        if (refusal !== undefined) expect(refusal).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('is a sound lifecycle table where each status either allows a move or says why not, never both', () => {
    expect(checkLifecycleTable(PROGRAMME_TRANSITIONS, PROGRAMME_STATUSES, PROGRAMME_MOVE_TYPES)).toEqual([]);
    for (const type of PROGRAMME_MOVE_TYPES) {
      for (const status of PROGRAMME_STATUSES) {
        const rows = PROGRAMME_TRANSITIONS.filter((row) => row.move === type && row.from.includes(status));
        expect([type, status, rows.length + (PROGRAMME_MOVE_REFUSALS[type][status] === undefined ? 0 : 1)]).toEqual([type, status, 1]);
      }
    }
  });

  it('checks the status before the step and the gate', () => {
    const refusal = refused(underWay('GROW', 'PAUSED'), { type: 'ADVANCE', gate: SHUT_GATE });
    expect(refusal.message).toBe('The programme is paused; resume it before advancing.');
  });
});

describe('gates and overrides', () => {
  const gatedMoves: Array<[ProgrammeMove['type'], ProgrammeState, string]> = [
    ['ADVANCE', underWay('MAP'), 'Map it'],
    ['COMPLETE', underWay('GROW'), 'Grow it'],
    ['START_NEXT_CYCLE', underWay('GROW'), 'Grow it'],
  ];
  const gated = (type: ProgrammeMove['type'], gate: GateResult, overrideReason?: string | null) =>
    ({ type, gate, overrideReason }) as ProgrammeMove;

  it.each(gatedMoves)('%s is refused with GATE_NOT_MET listing the open items', (type, state, name) => {
    expect(refused(state, gated(type, SHUT_GATE))).toEqual({
      code: 'GATE_NOT_MET',
      message: `${name} cannot be completed yet: 2 required items are open. Finish them, or override the gate with a reason.`,
      openItems: SHUT_GATE.openItems,
    });
  });

  it('says "1 required item" when only one is open', () => {
    const gate = { ...SHUT_GATE, requiredSatisfied: 2, openItems: SHUT_GATE.openItems.slice(0, 1) };
    expect(refused(underWay('FOCUS'), gated('ADVANCE', gate)).message).toMatch(
      /^Focus it cannot be completed yet: 1 required item is open\./,
    );
  });

  it.each(gatedMoves)('%s with a blank override reason is still GATE_NOT_MET', (type, state) => {
    for (const reason of ['', '   ', null]) expect(refused(state, gated(type, SHUT_GATE, reason)).code).toBe('GATE_NOT_MET');
  });

  it.each(gatedMoves)('%s with a too short override reason is REASON_REQUIRED on the reason field', (type, state, name) => {
    for (const reason of ['because', 'ok go on', 'a b c d e f']) {
      expect(refused(state, gated(type, SHUT_GATE, reason))).toEqual({
        code: 'REASON_REQUIRED',
        field: 'reason',
        message: `Give a reason for overriding the ${name} gate in a few words (at least 3 words); it is kept in the programme's history.`,
      });
    }
  });

  it.each(gatedMoves)('%s with a sufficient override reason passes an unmet gate and is marked overridden', (type, state) => {
    const outcome = accepted(state, gated(type, SHUT_GATE, GOOD_REASON));
    expect(outcome.overridden).toBe(true);
    expect(outcome.state).toEqual(accepted(state, gated(type, OPEN_GATE)).state);
  });

  it.each(gatedMoves)('%s ignores an override reason when the gate is open', (type, state) => {
    expect(accepted(state, gated(type, OPEN_GATE, GOOD_REASON)).overridden).toBe(false);
    expect(accepted(state, gated(type, OPEN_GATE, 'x')).overridden).toBe(false);
  });
});

describe('reasons', () => {
  it.each([
    [GOOD_REASON, true],
    ['Need more data', true],
    ['  spaced   out   reason here ', true],
    ['aaaa bbbb cccc', true],
    ['aaa bbb ccc', false], // 9 characters
    ['two words only', true],
    ['toolongbutoneword', false],
    ['two wordsonlyhere', false],
    ['', false],
    ['   ', false],
    [null, false],
    [undefined, false],
  ])('isSufficientReason(%j) is %s', (reason, expected) => {
    expect(isSufficientReason(reason)).toBe(expected);
  });

  it.each(['', 'redo', 'go back now'])('REOPEN with reason %j is REASON_REQUIRED on the reason field', (reason) => {
    expect(refused(underWay('MARKET'), { type: 'REOPEN', step: 'MAP', reason })).toEqual({
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: "Give a reason for reopening Map it in a few words (at least 3 words); it is kept in the programme's history.",
    });
  });

  it('REOPEN without any reason is REASON_REQUIRED', () => {
    const move = { type: 'REOPEN', step: 'MAP' } as ProgrammeMove;
    expect(refused(underWay('FOCUS'), move).code).toBe('REASON_REQUIRED');
  });

  it('checks the step before the reason', () => {
    expect(refused(underWay('FOCUS'), { type: 'REOPEN', step: 'GROW', reason: '' }).code).toBe('INVALID_TRANSITION');
  });
});

describe('the reopen decision', () => {
  it('makes the reopened step current, resets every later step and keeps earlier ones completed', () => {
    const { state } = accepted(underWay('GROW'), { type: 'REOPEN', step: 'FOCUS', reason: GOOD_REASON });
    expect(state).toEqual({
      status: 'ACTIVE',
      cycle: 1,
      currentStep: 'FOCUS',
      steps: { MAP: 'COMPLETED', FOCUS: 'IN_PROGRESS', PEOPLE: 'NOT_STARTED', MARKET: 'NOT_STARTED', GROW: 'NOT_STARTED' },
    });
  });

  it('gates every later step again when it is reached', () => {
    const { state } = accepted(underWay('GROW'), { type: 'REOPEN', step: 'PEOPLE', reason: GOOD_REASON });
    const afterPeople = accepted(state, { type: 'ADVANCE', gate: OPEN_GATE }).state;
    expect(afterPeople.currentStep).toBe('MARKET');
    expect(refused(afterPeople, { type: 'ADVANCE', gate: SHUT_GATE }).code).toBe('GATE_NOT_MET');
  });

  it('brings a COMPLETED programme back to ACTIVE', () => {
    const { state } = accepted(finished(), { type: 'REOPEN', step: 'MAP', reason: GOOD_REASON });
    expect(state).toEqual(underWay('MAP'));
  });
});

describe('cycles', () => {
  it('counts cycles up and starts each at Map it with every other step not started', () => {
    let state = initialProgrammeState();
    for (let cycle = 1; cycle <= 3; cycle++) {
      expect(state.cycle).toBe(cycle);
      for (let i = 0; i < 4; i++) state = accepted(state, { type: 'ADVANCE', gate: OPEN_GATE }).state;
      expect(state.currentStep).toBe('GROW');
      state = accepted(state, { type: 'START_NEXT_CYCLE', gate: OPEN_GATE }).state;
      expect(state).toEqual(underWay('MAP', 'ACTIVE', cycle + 1));
    }
  });

  it('keeps the cycle when the programme completes', () => {
    expect(accepted(underWay('GROW', 'ACTIVE', 4), { type: 'COMPLETE', gate: OPEN_GATE }).state).toEqual(finished('COMPLETED', 4));
  });

  it('lets a completed programme run another cycle by reopening Grow it', () => {
    const reopened = accepted(finished('COMPLETED', 2), { type: 'REOPEN', step: 'GROW', reason: GOOD_REASON }).state;
    expect(accepted(reopened, { type: 'START_NEXT_CYCLE', gate: OPEN_GATE }).state).toEqual(underWay('MAP', 'ACTIVE', 3));
  });
});

describe('immutability', () => {
  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
    return value;
  }

  const moves: ProgrammeMove[] = [
    { type: 'ADVANCE', gate: OPEN_GATE },
    { type: 'ADVANCE', gate: SHUT_GATE, overrideReason: GOOD_REASON },
    { type: 'COMPLETE', gate: OPEN_GATE },
    { type: 'START_NEXT_CYCLE', gate: OPEN_GATE },
    ...STEPS.map((step): ProgrammeMove => ({ type: 'REOPEN', step, reason: GOOD_REASON })),
    { type: 'PAUSE' },
    { type: 'RESUME' },
    { type: 'ARCHIVE' },
  ];
  const states = [...STEPS.map((step) => underWay(step)), underWay('MARKET', 'PAUSED'), finished(), finished('ARCHIVED')];

  it('never modifies the state or the move it is given', () => {
    for (const state of states) {
      for (const move of moves) {
        const stateBefore = structuredClone(state);
        const moveBefore = structuredClone(move);
        const outcome = applyProgrammeMove(deepFreeze(state), deepFreeze(move));
        expect(state).toEqual(stateBefore);
        expect(move).toEqual(moveBefore);
        if (outcome.ok) {
          expect(outcome.state).not.toBe(state);
          expect(outcome.state.steps).not.toBe(state.steps);
        }
      }
    }
  });

  it('does not share open items with the gate it was given', () => {
    const refusal = refused(underWay('MAP'), { type: 'ADVANCE', gate: SHUT_GATE });
    expect(refusal.openItems).not.toBe(SHUT_GATE.openItems);
  });
});

describe('allowedMoves and reopenableSteps', () => {
  it.each<[string, ProgrammeState, ProgrammeMove['type'][], Step[]]>([
    ['a new programme', underWay('MAP'), ['ADVANCE', 'PAUSE', 'ARCHIVE'], []],
    ['an active programme at Market it', underWay('MARKET'), ['ADVANCE', 'REOPEN', 'PAUSE', 'ARCHIVE'], ['MAP', 'FOCUS', 'PEOPLE']],
    [
      'an active programme at Grow it',
      underWay('GROW'),
      ['COMPLETE', 'START_NEXT_CYCLE', 'REOPEN', 'PAUSE', 'ARCHIVE'],
      ['MAP', 'FOCUS', 'PEOPLE', 'MARKET'],
    ],
    ['a paused programme', underWay('FOCUS', 'PAUSED'), ['RESUME', 'ARCHIVE'], []],
    ['a completed programme', finished(), ['REOPEN', 'ARCHIVE'], [...STEPS]],
    ['an archived programme', finished('ARCHIVED'), [], []],
    ['an archived programme that was under way', underWay('PEOPLE', 'ARCHIVED'), [], []],
  ])('for %s', (_name, state, moves, steps) => {
    expect(allowedMoves(state)).toEqual(moves);
    expect(reopenableSteps(state)).toEqual(steps);
  });
});

describe('checkProgrammeInvariants', () => {
  it.each<[string, ProgrammeState]>([
    ...STEPS.map((step): [string, ProgrammeState] => [`active at ${step}`, underWay(step)]),
    ['paused', underWay('MARKET', 'PAUSED', 7)],
    ['completed', finished()],
    ['archived while under way', underWay('FOCUS', 'ARCHIVED')],
    ['archived after completion', finished('ARCHIVED')],
  ])('accepts a programme %s', (_name, state) => {
    expect(checkProgrammeInvariants(state)).toEqual([]);
  });

  it.each<[string, ProgrammeState, RegExp]>([
    [
      'a later step started',
      { ...underWay('FOCUS'), steps: { ...underWay('FOCUS').steps, MARKET: 'IN_PROGRESS' } },
      /MARKET is IN_PROGRESS but should be NOT_STARTED/,
    ],
    [
      'an earlier step not completed',
      { ...underWay('PEOPLE'), steps: { ...underWay('PEOPLE').steps, MAP: 'IN_PROGRESS' } },
      /MAP is IN_PROGRESS but should be COMPLETED/,
    ],
    [
      'the current step not in progress',
      { ...underWay('FOCUS'), steps: { ...underWay('FOCUS').steps, FOCUS: 'COMPLETED' } },
      /FOCUS is COMPLETED but should be IN_PROGRESS/,
    ],
    [
      'completed with a step open',
      { ...finished(), steps: { ...finished().steps, GROW: 'IN_PROGRESS' } },
      /GROW is IN_PROGRESS but should be COMPLETED/,
    ],
    ['completed with the current step elsewhere', { ...finished(), currentStep: 'MARKET' }, /should be GROW/],
    ['active with every step completed', finished('ACTIVE'), /GROW is COMPLETED but should be IN_PROGRESS/],
    [
      'archived in no valid layout',
      { ...underWay('FOCUS', 'ARCHIVED'), steps: { ...underWay('FOCUS').steps, GROW: 'COMPLETED' } },
      /fit no layout/,
    ],
    ['cycle 0', underWay('MAP', 'ACTIVE', 0), /cycle must be a whole number/],
    ['a fractional cycle', underWay('MAP', 'ACTIVE', 1.5), /cycle must be a whole number/],
    ['an unknown status', underWay('MAP', 'DORMANT' as ProgrammeStatus), /not a programme status/],
    ['an unknown current step', { ...underWay('MAP'), currentStep: 'LATER' as Step }, /not a step/],
    ['a missing step state', { ...underWay('MAP'), steps: { MAP: 'IN_PROGRESS' } as ProgrammeState['steps'] }, /FOCUS has no valid state/],
  ])('reports %s', (_name, state, problem) => {
    const problems = checkProgrammeInvariants(state);
    expect(problems.join('\n')).toMatch(problem);
  });

  it('makes applyProgrammeMove throw on a corrupt state rather than guess', () => {
    const corrupt = { ...underWay('FOCUS'), steps: { ...underWay('FOCUS').steps, MAP: 'NOT_STARTED' as const } };
    expect(() => applyProgrammeMove(corrupt, { type: 'PAUSE' })).toThrow(InconsistentProgrammeStateError);
  });
});

describe("changes to a programme's records", () => {
  it.each(PROGRAMME_STATUSES.filter((s) => s !== 'ARCHIVED'))('allows them while the programme is %s', (status) => {
    expect(programmeChangeRefusal(status, 'tasks')).toBeNull();
  });

  it('refuses them once the programme is archived, naming what cannot change', () => {
    expect(programmeChangeRefusal('ARCHIVED', 'tasks')).toBe('The programme is archived; its tasks can no longer change.');
    expect(programmeChangeRefusal('ARCHIVED', 'priorities and pilots')).toBe(
      'The programme is archived; its priorities and pilots can no longer change.',
    );
  });

  it('refuses every checklist change in an archived programme, with the same wording', () => {
    for (const stepState of ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const) {
      for (const untick of [false, true]) {
        expect(checklistChangeRefusal('ARCHIVED', stepState, { untick, required: false })).toBe(
          programmeChangeRefusal('ARCHIVED', 'checklists'),
        );
      }
    }
  });

  it('refuses unticking a required item of a completed step, and nothing else, in a programme that can change', () => {
    expect(checklistChangeRefusal('COMPLETED', 'COMPLETED', { untick: true, required: true })).toMatch(/reopen the step/);
    expect(checklistChangeRefusal('ACTIVE', 'COMPLETED', { untick: true, required: false })).toBeNull();
    expect(checklistChangeRefusal('ACTIVE', 'COMPLETED', { untick: false, required: true })).toBeNull();
    expect(checklistChangeRefusal('PAUSED', 'IN_PROGRESS', { untick: true, required: true })).toBeNull();
  });
});
