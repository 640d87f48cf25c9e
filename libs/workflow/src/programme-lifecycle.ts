import type { GateResult, OpenItem } from './gates';
import { type Transition, transitionsFor } from './lifecycle';
import { REASON_MIN_WORDS, type ReasonRule, isSufficientReason } from './reasons';
import { STEPS, STEP_INFO, type Step, isEarlier, isStep, nextStep } from './steps';

export const PROGRAMME_STATUSES = ['ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

export const STEP_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type StepState = (typeof STEP_STATES)[number];

export function isProgrammeStatus(value: string): value is ProgrammeStatus {
  return (PROGRAMME_STATUSES as readonly string[]).includes(value);
}

export function isStepState(value: string): value is StepState {
  return (STEP_STATES as readonly string[]).includes(value);
}

/** The state of one programme in its current cycle. */
export interface ProgrammeState {
  status: ProgrammeStatus;
  cycle: number;
  currentStep: Step;
  steps: Record<Step, StepState>;
}

export function initialProgrammeState(): ProgrammeState {
  return {
    status: 'ACTIVE',
    cycle: 1,
    currentStep: 'MAP',
    steps: { MAP: 'IN_PROGRESS', FOCUS: 'NOT_STARTED', PEOPLE: 'NOT_STARTED', MARKET: 'NOT_STARTED', GROW: 'NOT_STARTED' },
  };
}

// ---------------------------------------------------------------------------------------------
// Step states: every change a move makes to a step goes through this table.

export const STEP_STATE_CAUSES = ['start', 'complete', 'reopen', 'reset'] as const;
export type StepStateCause = (typeof STEP_STATE_CAUSES)[number];

export const STEP_STATE_TRANSITIONS: readonly Transition<StepState, StepStateCause>[] = [
  { move: 'start', from: ['NOT_STARTED'], to: 'IN_PROGRESS' },
  { move: 'complete', from: ['IN_PROGRESS'], to: 'COMPLETED' },
  { move: 'reopen', from: ['COMPLETED'], to: 'IN_PROGRESS' },
  { move: 'reset', from: ['IN_PROGRESS', 'COMPLETED'], to: 'NOT_STARTED' },
];

export interface StepChange {
  step: Step;
  /** The cycle whose step row changes: START_NEXT_CYCLE completes GROW of the old cycle and starts MAP of the new one. */
  cycle: number;
  cause: StepStateCause;
  from: StepState;
  to: StepState;
}

// ---------------------------------------------------------------------------------------------
// Moves and their outcomes.

export type ProgrammeMove =
  | { type: 'ADVANCE'; gate: GateResult; overrideReason?: string | null }
  | { type: 'COMPLETE'; gate: GateResult; overrideReason?: string | null }
  | { type: 'START_NEXT_CYCLE'; gate: GateResult; overrideReason?: string | null }
  | { type: 'REOPEN'; step: Step; reason: string }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'ARCHIVE' };

export type ProgrammeMoveType = ProgrammeMove['type'];

export const PROGRAMME_MOVE_TYPES = [
  'ADVANCE',
  'COMPLETE',
  'START_NEXT_CYCLE',
  'REOPEN',
  'PAUSE',
  'RESUME',
  'ARCHIVE',
] as const satisfies readonly ProgrammeMoveType[];

export type RefusalCode = 'INVALID_TRANSITION' | 'GATE_NOT_MET' | 'REASON_REQUIRED';

export interface Refusal {
  code: RefusalCode;
  /** For end users: why the move was refused and what to do about it. */
  message: string;
  /** The input field at fault, for REASON_REQUIRED. */
  field?: string;
  /** The required checklist items still open, for GATE_NOT_MET. */
  openItems?: OpenItem[];
}

export type MoveOutcome =
  { ok: true; state: ProgrammeState; stepChanges: StepChange[]; overridden: boolean } | { ok: false; refusal: Refusal };

/** Thrown when a move is applied to a state that breaks the invariants: stored data is corrupt, not a user error. */
export class InconsistentProgrammeStateError extends Error {
  constructor(readonly problems: string[]) {
    super(`The programme state is inconsistent: ${problems.join(' ')}`);
    this.name = 'InconsistentProgrammeStateError';
  }
}

// ---------------------------------------------------------------------------------------------
// The move table: the statuses each move is allowed from (with a step precondition), and why
// it is refused from the others.

export type StepPrecondition = 'NONE' | 'CURRENT_BEFORE_LAST' | 'CURRENT_IS_LAST' | 'TARGET_BEFORE_CURRENT' | 'ANY_TARGET';

export interface ProgrammeTransition extends Transition<ProgrammeStatus, ProgrammeMoveType> {
  /** What the steps must allow as well, checked once the status allows the move. */
  readonly precondition: StepPrecondition;
  /** The current step's gate must be open, or overridden with a reason. */
  readonly gated: boolean;
  /** REQUIRED: the move always needs a reason from the person making it (reasons.ts). */
  readonly reason: Extract<ReasonRule, 'REQUIRED' | 'NONE'>;
}

export const PROGRAMME_TRANSITIONS: readonly ProgrammeTransition[] = [
  { move: 'ADVANCE', from: ['ACTIVE'], to: 'ACTIVE', precondition: 'CURRENT_BEFORE_LAST', gated: true, reason: 'NONE' },
  { move: 'COMPLETE', from: ['ACTIVE'], to: 'COMPLETED', precondition: 'CURRENT_IS_LAST', gated: true, reason: 'NONE' },
  { move: 'START_NEXT_CYCLE', from: ['ACTIVE'], to: 'ACTIVE', precondition: 'CURRENT_IS_LAST', gated: true, reason: 'NONE' },
  { move: 'REOPEN', from: ['ACTIVE'], to: 'ACTIVE', precondition: 'TARGET_BEFORE_CURRENT', gated: false, reason: 'REQUIRED' },
  { move: 'REOPEN', from: ['COMPLETED'], to: 'ACTIVE', precondition: 'ANY_TARGET', gated: false, reason: 'REQUIRED' },
  { move: 'PAUSE', from: ['ACTIVE'], to: 'PAUSED', precondition: 'NONE', gated: false, reason: 'NONE' },
  { move: 'RESUME', from: ['PAUSED'], to: 'ACTIVE', precondition: 'NONE', gated: false, reason: 'NONE' },
  { move: 'ARCHIVE', from: ['ACTIVE', 'PAUSED', 'COMPLETED'], to: 'ARCHIVED', precondition: 'NONE', gated: false, reason: 'NONE' },
];

const ARCHIVED_IS_FINAL = 'The programme is archived; archived programmes cannot be changed.';

/** For every status a move is not allowed from: why, and what to do instead. */
export const PROGRAMME_MOVE_REFUSALS: Readonly<Record<ProgrammeMoveType, Readonly<Partial<Record<ProgrammeStatus, string>>>>> = {
  ADVANCE: {
    PAUSED: 'The programme is paused; resume it before advancing.',
    COMPLETED: 'The programme is completed; reopen a step if more work is needed.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  COMPLETE: {
    PAUSED: 'The programme is paused; resume it before completing it.',
    COMPLETED: 'The programme is already completed.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  START_NEXT_CYCLE: {
    PAUSED: 'The programme is paused; resume it before starting the next cycle.',
    COMPLETED: 'The programme is completed. To run another cycle, reopen Grow it and start the next cycle from there.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  REOPEN: {
    PAUSED: 'The programme is paused; resume it before reopening a step.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  PAUSE: {
    PAUSED: 'The programme is already paused.',
    COMPLETED: 'The programme is completed, so there is nothing to pause; reopen a step if work should go on.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  RESUME: {
    ACTIVE: 'The programme is not paused, so there is nothing to resume.',
    COMPLETED: 'The programme is completed, not paused; reopen a step to work on it again.',
    ARCHIVED: ARCHIVED_IS_FINAL,
  },
  ARCHIVE: {
    ARCHIVED: 'The programme is already archived.',
  },
};

const stepName = (step: Step) => STEP_INFO[step].name;

/** Each precondition returns null when met, or the refusal message. `target` is the step a REOPEN names. */
const STEP_PRECONDITIONS: Readonly<Record<StepPrecondition, (state: ProgrammeState, target?: string) => string | null>> = {
  NONE: () => null,
  CURRENT_BEFORE_LAST: (state) =>
    nextStep(state.currentStep)
      ? null
      : `${stepName(state.currentStep)} is the last step; complete the programme or start the next cycle instead of advancing.`,
  CURRENT_IS_LAST: (state) =>
    nextStep(state.currentStep)
      ? `The programme is at ${stepName(state.currentStep)}; a cycle can only end at ${stepName('GROW')}, so advance through the remaining steps first.`
      : null,
  TARGET_BEFORE_CURRENT: (state, target) => {
    if (target === undefined || !isStep(target)) return 'Choose one of the five steps to reopen.';
    if (target === state.currentStep) return `${stepName(target)} is already the current step.`;
    if (!isEarlier(target, state.currentStep)) {
      return `${stepName(target)} has not been reached yet; only a step before the current one (${stepName(state.currentStep)}) can be reopened.`;
    }
    return null;
  },
  ANY_TARGET: (_state, target) => (target !== undefined && isStep(target) ? null : 'Choose one of the five steps to reopen.'),
};

// ---------------------------------------------------------------------------------------------
// Reasons: an override or a reopen is recorded with the reason, which must say something (reasons.ts).

const isBlank = (text: string | null | undefined) => typeof text !== 'string' || text.trim() === '';

function reasonRefusal(what: string): Refusal {
  return {
    code: 'REASON_REQUIRED',
    field: 'reason',
    message: `Give a reason for ${what} in a few words (at least ${REASON_MIN_WORDS} words); it is kept in the programme's history.`,
  };
}

function gateRefusal(step: Step, gate: GateResult): Refusal {
  const openCount = gate.openItems.length;
  const open = openCount === 1 ? '1 required item is open' : `${openCount} required items are open`;
  return {
    code: 'GATE_NOT_MET',
    message: `${stepName(step)} cannot be completed yet: ${open}. Finish them, or override the gate with a reason.`,
    openItems: gate.openItems.map((item) => ({ ...item })),
  };
}

/**
 * An unmet gate may be overridden with a reason. A blank reason counts as no override, so the
 * person sees which items are open; a reason that is given but too short is refused as such.
 * A reason given while the gate is open changes nothing.
 */
function checkGate(step: Step, gate: GateResult, overrideReason: string | null | undefined): Refusal | { overridden: boolean } {
  if (gate.open) return { overridden: false };
  if (isBlank(overrideReason)) return gateRefusal(step, gate);
  if (!isSufficientReason(overrideReason)) return reasonRefusal(`overriding the ${stepName(step)} gate`);
  return { overridden: true };
}

// ---------------------------------------------------------------------------------------------
// Effects: what each accepted move does to the steps.

class ProgrammeDraft {
  readonly stepChanges: StepChange[] = [];
  readonly state: ProgrammeState;

  constructor(from: ProgrammeState) {
    this.state = { ...from, steps: { ...from.steps } };
  }

  change(step: Step, cause: StepStateCause): void {
    const from = this.state.steps[step];
    const [transition] = transitionsFor(STEP_STATE_TRANSITIONS, cause, from);
    if (!transition) throw new InconsistentProgrammeStateError([`${step} cannot ${cause} from ${from}.`]);
    this.state.steps[step] = transition.to;
    this.stepChanges.push({ step, cycle: this.state.cycle, cause, from, to: transition.to });
  }

  /** A new cycle has step rows of its own, all NOT_STARTED; the old cycle's rows are left as they are. */
  openNewCycle(): void {
    this.state.cycle += 1;
    for (const step of STEPS) this.state.steps[step] = 'NOT_STARTED';
    this.change('MAP', 'start');
    this.state.currentStep = 'MAP';
  }
}

type MoveEffect<T extends ProgrammeMoveType> = (draft: ProgrammeDraft, move: Extract<ProgrammeMove, { type: T }>) => void;

const MOVE_EFFECTS: { readonly [T in ProgrammeMoveType]: MoveEffect<T> } = {
  ADVANCE: (draft) => {
    const from = draft.state.currentStep;
    const to = nextStep(from) as Step; // the precondition guarantees there is a next step
    draft.change(from, 'complete');
    draft.change(to, 'start');
    draft.state.currentStep = to;
  },
  COMPLETE: (draft) => draft.change(draft.state.currentStep, 'complete'),
  START_NEXT_CYCLE: (draft) => {
    draft.change(draft.state.currentStep, 'complete');
    draft.openNewCycle();
  },
  // DECISION: the reopened step becomes current and IN_PROGRESS; every later step goes back to
  // NOT_STARTED so that its gate is checked again when it is reached. The services keep the
  // checklist ticks and tasks of those steps: work done is never thrown away. Earlier steps stay COMPLETED.
  REOPEN: (draft, move) => {
    for (const step of STEPS) {
      if (isEarlier(move.step, step) && draft.state.steps[step] !== 'NOT_STARTED') draft.change(step, 'reset');
    }
    draft.change(move.step, 'reopen');
    draft.state.currentStep = move.step;
  },
  PAUSE: () => undefined,
  RESUME: () => undefined,
  ARCHIVE: () => undefined,
};

// ---------------------------------------------------------------------------------------------
// Applying moves.

/** The row that allows the move (status, then step precondition), ignoring gates and reasons; or the refusal. */
function tableCheck(state: ProgrammeState, type: ProgrammeMoveType, target?: string): ProgrammeTransition | Refusal {
  if (!(PROGRAMME_MOVE_TYPES as readonly string[]).includes(type)) {
    return { code: 'INVALID_TRANSITION', message: `"${String(type)}" is not a move a programme can make.` };
  }
  const [row] = transitionsFor(PROGRAMME_TRANSITIONS, type, state.status);
  if (!row) {
    const message =
      PROGRAMME_MOVE_REFUSALS[type][state.status] ?? `A ${state.status.toLowerCase()} programme cannot make the move ${type}.`;
    return { code: 'INVALID_TRANSITION', message };
  }
  const problem = STEP_PRECONDITIONS[row.precondition](state, target);
  return problem ? { code: 'INVALID_TRANSITION', message: problem } : row;
}

const isRefusal = (check: ProgrammeTransition | Refusal): check is Refusal => 'code' in check;

const targetOf = (move: ProgrammeMove) => ('step' in move ? move.step : undefined);

/**
 * Applies one move to a programme. Returns the new state and the step rows that change, or a
 * refusal that says why and what to do. The input state is never modified.
 * Throws InconsistentProgrammeStateError if the given state breaks the invariants.
 */
export function applyProgrammeMove(state: ProgrammeState, move: ProgrammeMove): MoveOutcome {
  const problems = checkProgrammeInvariants(state);
  if (problems.length > 0) throw new InconsistentProgrammeStateError(problems);

  const rule = tableCheck(state, move.type, targetOf(move));
  if (isRefusal(rule)) return { ok: false, refusal: rule };

  let overridden = false;
  if (rule.gated && 'gate' in move) {
    const gateCheck = checkGate(state.currentStep, move.gate, move.overrideReason);
    if ('code' in gateCheck) return { ok: false, refusal: gateCheck };
    overridden = gateCheck.overridden;
  }
  if (rule.reason === 'REQUIRED' && !isSufficientReason('reason' in move ? move.reason : undefined)) {
    const target = targetOf(move);
    return { ok: false, refusal: reasonRefusal(target ? `reopening ${stepName(target)}` : 'this change') };
  }

  const draft = new ProgrammeDraft(state);
  // The table keys MOVE_EFFECTS by move type, so the effect always matches the move.
  (MOVE_EFFECTS[move.type] as (draft: ProgrammeDraft, move: ProgrammeMove) => void)(draft, move);
  draft.state.status = rule.to;
  return { ok: true, state: draft.state, stepChanges: draft.stepChanges, overridden };
}

/** The steps a REOPEN may name in this state (for UIs). */
export function reopenableSteps(state: ProgrammeState): Step[] {
  return STEPS.filter((step) => !isRefusal(tableCheck(state, 'REOPEN', step)));
}

/** The moves the table allows in this state, before gates and reasons are checked (for UIs). */
export function allowedMoves(state: ProgrammeState): ProgrammeMoveType[] {
  return PROGRAMME_MOVE_TYPES.filter((type) =>
    type === 'REOPEN' ? reopenableSteps(state).length > 0 : !isRefusal(tableCheck(state, type)),
  );
}

// ---------------------------------------------------------------------------------------------
// Invariants.

type StepLayout = 'UNDER_WAY' | 'FINISHED';

// ARCHIVED keeps the layout it was archived with: under way (from ACTIVE or PAUSED) or finished.
const LAYOUTS_BY_STATUS: Readonly<Record<ProgrammeStatus, readonly StepLayout[]>> = {
  ACTIVE: ['UNDER_WAY'],
  PAUSED: ['UNDER_WAY'],
  COMPLETED: ['FINISHED'],
  ARCHIVED: ['UNDER_WAY', 'FINISHED'],
};

const LAYOUT_CHECKS: Readonly<Record<StepLayout, (state: ProgrammeState) => string[]>> = {
  UNDER_WAY: (state) =>
    STEPS.flatMap((step) => {
      const expected: StepState =
        step === state.currentStep ? 'IN_PROGRESS' : isEarlier(step, state.currentStep) ? 'COMPLETED' : 'NOT_STARTED';
      return state.steps[step] === expected
        ? []
        : [`${step} is ${state.steps[step]} but should be ${expected} while the current step is ${state.currentStep}.`];
    }),
  FINISHED: (state) => [
    ...(state.currentStep === 'GROW'
      ? []
      : [`The current step is ${state.currentStep} but should be GROW once the programme is completed.`]),
    ...STEPS.filter((step) => state.steps[step] !== 'COMPLETED').map(
      (step) => `${step} is ${state.steps[step]} but should be COMPLETED once the programme is completed.`,
    ),
  ],
};

/** Problems with a programme state, for tests and for checking stored data; empty when valid. */
export function checkProgrammeInvariants(state: ProgrammeState): string[] {
  const problems: string[] = [];
  if (!isProgrammeStatus(state.status)) problems.push(`"${String(state.status)}" is not a programme status.`);
  if (!Number.isInteger(state.cycle) || state.cycle < 1) {
    problems.push(`The cycle must be a whole number of at least 1, not ${String(state.cycle)}.`);
  }
  if (!isStep(state.currentStep)) problems.push(`"${String(state.currentStep)}" is not a step.`);
  for (const step of STEPS) {
    const stepState = state.steps?.[step];
    if (typeof stepState !== 'string' || !isStepState(stepState)) {
      problems.push(`${step} has no valid state ("${String(stepState)}").`);
    }
  }
  if (problems.length > 0) return problems;

  const layoutProblems = LAYOUTS_BY_STATUS[state.status].map((layout) => LAYOUT_CHECKS[layout](state));
  if (layoutProblems.some((list) => list.length === 0)) return [];
  if (layoutProblems.length === 1) return layoutProblems[0];
  return [`The steps of this ${state.status} programme fit no layout it may have:`, ...layoutProblems.flat()];
}

// ---------------------------------------------------------------------------------------------
// Changes to a programme's records: ticks follow the programme, and a passed gate stays passed.

/**
 * Why the programme's own records (its tasks, priorities, pilots, checklists…, named by `what`)
 * cannot change now, or null when they can. An archived programme is final: it stays readable
 * as the record of what was done, and nothing is added to it or changed in it.
 */
export function programmeChangeRefusal(status: ProgrammeStatus, what: string): string | null {
  return status === 'ARCHIVED' ? `The programme is archived; its ${what} can no longer change.` : null;
}

/**
 * Why a checklist item cannot be ticked or unticked now, or null when it can. Unticking a
 * required item of a completed step would leave that step completed behind an open gate, so
 * the step must be reopened first; an archived programme's checklists are final.
 */
export function checklistChangeRefusal(
  status: ProgrammeStatus,
  stepState: StepState,
  change: { untick: boolean; required: boolean },
): string | null {
  const archived = programmeChangeRefusal(status, 'checklists');
  if (archived) return archived;
  if (change.untick && change.required && stepState === 'COMPLETED') {
    return 'This required item belongs to a completed step; reopen the step before unticking it.';
  }
  return null;
}
