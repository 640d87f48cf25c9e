/**
 * The pilot lifecycle: a pilot runs beside the programme's five steps.
 *
 *   PROPOSED ─APPROVE→ APPROVED ─START→ RUNNING ─BEGIN_EVALUATION→ EVALUATING ─DECIDE→ SCALE | STOP
 *   PROPOSED | APPROVED ─REJECT→ REJECTED
 *   EVALUATING ─DECIDE(ADAPT)→ APPROVED, iteration + 1
 *
 * ADAPT is a decision, not a resting status: the adapted pilot waits, approved, to start its
 * next iteration. SCALE ends the lifecycle (a scaling plan takes over); STOP and REJECTED end it
 * for good. The table below is the only place these rules live; services apply a move, record
 * the reason in history and never test statuses themselves.
 */
import { finalStatuses, type Transition, transitionsFor, transitionsFrom } from './lifecycle';
import { REASON_MIN_CHARACTERS, REASON_MIN_WORDS, type ReasonRule, isSufficientReason } from './reasons';

export const PILOT_STATUSES = ['PROPOSED', 'APPROVED', 'RUNNING', 'EVALUATING', 'SCALE', 'STOP', 'REJECTED'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

export const PILOT_DECISIONS = ['SCALE', 'ADAPT', 'STOP'] as const;
export type PilotDecision = (typeof PILOT_DECISIONS)[number];

export interface PilotState {
  status: PilotStatus;
  /** 1 for the first run; each ADAPT decision starts the next iteration. */
  iteration: number;
}

export const PILOT_MOVE_TYPES = ['APPROVE', 'REJECT', 'START', 'BEGIN_EVALUATION', 'DECIDE'] as const;
export type PilotMoveType = (typeof PILOT_MOVE_TYPES)[number];

export type PilotMove =
  | { type: 'APPROVE'; reason?: string }
  | { type: 'REJECT'; reason: string }
  | { type: 'START' }
  | { type: 'BEGIN_EVALUATION' }
  | { type: 'DECIDE'; decision: PilotDecision; reason: string };

export type PilotRefusalCode = 'INVALID_TRANSITION' | 'REASON_REQUIRED';

export interface PilotRefusal {
  code: PilotRefusalCode;
  /** Written for the person who tried the move: why it was refused and what to do instead. */
  message: string;
  /** The input field at fault, when there is one. */
  field?: string;
}

export type PilotMoveResult =
  | {
      ok: true;
      state: PilotState;
      decision?: PilotDecision;
      /** The reason given with the move, trimmed, for the history row. */
      reason?: string;
    }
  | { ok: false; refusal: PilotRefusal };

export interface PilotTransition extends Transition<PilotStatus, PilotMoveType> {
  /** Only for DECIDE: which decision this row covers. */
  readonly decision?: PilotDecision;
  /** Whether the move needs a reason (reasons.ts). */
  readonly reason: ReasonRule;
  /** ADAPT sends the pilot round again as its next iteration. */
  readonly startsNextIteration: boolean;
}

/**
 * Every allowed move. Reasons are required where a decision closes or redirects the pilot,
 * because those are the trade-offs a widened circle of stakeholders will want explained later.
 */
export const PILOT_TRANSITIONS: readonly PilotTransition[] = [
  { move: 'APPROVE', from: ['PROPOSED'], to: 'APPROVED', reason: 'OPTIONAL', startsNextIteration: false },
  { move: 'REJECT', from: ['PROPOSED', 'APPROVED'], to: 'REJECTED', reason: 'REQUIRED', startsNextIteration: false },
  { move: 'START', from: ['APPROVED'], to: 'RUNNING', reason: 'NONE', startsNextIteration: false },
  { move: 'BEGIN_EVALUATION', from: ['RUNNING'], to: 'EVALUATING', reason: 'NONE', startsNextIteration: false },
  { move: 'DECIDE', decision: 'SCALE', from: ['EVALUATING'], to: 'SCALE', reason: 'REQUIRED', startsNextIteration: false },
  { move: 'DECIDE', decision: 'ADAPT', from: ['EVALUATING'], to: 'APPROVED', reason: 'REQUIRED', startsNextIteration: true },
  { move: 'DECIDE', decision: 'STOP', from: ['EVALUATING'], to: 'STOP', reason: 'REQUIRED', startsNextIteration: false },
];

/** Statuses no move leaves. */
export const FINAL_PILOT_STATUSES: readonly PilotStatus[] = finalStatuses(PILOT_TRANSITIONS, PILOT_STATUSES);

const STATUS_WORDING: Record<PilotStatus, string> = {
  PROPOSED: 'proposed',
  APPROVED: 'approved',
  RUNNING: 'running',
  EVALUATING: 'being evaluated',
  SCALE: 'decided for scaling up',
  STOP: 'stopped',
  REJECTED: 'rejected',
};

const MOVE_WORDING: Record<PilotMoveType, string> = {
  APPROVE: 'approved',
  REJECT: 'rejected',
  START: 'started',
  BEGIN_EVALUATION: 'moved into evaluation',
  DECIDE: 'decided',
};

/** What the user can do next from each status, so a refusal never leaves them stuck. */
const NEXT_STEP_HINT: Record<PilotStatus, string> = {
  PROPOSED: 'Approve it first, or reject it with a reason.',
  APPROVED: 'Start it when it is ready to run, or reject it with a reason.',
  RUNNING: 'Begin its evaluation once the trial period is over.',
  EVALUATING: 'Decide to scale it up, adapt it or stop it, and give a reason.',
  SCALE: 'Its lifecycle is over; carry on with its scaling plan.',
  STOP: 'This is final; propose a new pilot to try the idea again.',
  REJECTED: 'This is final; propose a new pilot if circumstances change.',
};

export function isFinalPilotStatus(status: PilotStatus): boolean {
  return FINAL_PILOT_STATUSES.includes(status);
}

export function initialPilotState(): PilotState {
  return { status: 'PROPOSED', iteration: 1 };
}

export interface AllowedPilotMove {
  type: PilotMoveType;
  decision?: PilotDecision;
  to: PilotStatus;
  reason: ReasonRule;
}

/** The moves the table allows from a state, in table order (e.g. to offer buttons). */
export function allowedPilotMoves(state: PilotState): AllowedPilotMove[] {
  return transitionsFrom(PILOT_TRANSITIONS, state.status).map((t) => ({
    type: t.move,
    ...(t.decision ? { decision: t.decision } : {}),
    to: t.to,
    reason: t.reason,
  }));
}

/** Applies a move to a pilot; the input state is never changed. */
export function applyPilotMove(state: PilotState, move: PilotMove): PilotMoveResult {
  const moveType = move?.type as string;
  if (!(PILOT_MOVE_TYPES as readonly string[]).includes(moveType)) {
    return refuse('INVALID_TRANSITION', `"${String(moveType)}" is not a pilot move.`, 'type');
  }
  const requestedDecision = move.type === 'DECIDE' ? (move.decision as string) : undefined;
  if (move.type === 'DECIDE' && !(PILOT_DECISIONS as readonly string[]).includes(requestedDecision ?? '')) {
    return refuse(
      'INVALID_TRANSITION',
      `"${String(requestedDecision)}" is not a decision for a pilot: choose SCALE, ADAPT or STOP.`,
      'decision',
    );
  }

  const transition = transitionsFor(PILOT_TRANSITIONS, move.type, state.status).find(
    (t) => t.decision === undefined || t.decision === requestedDecision,
  );
  if (!transition) {
    const current = STATUS_WORDING[state.status] ?? String(state.status);
    const hint = NEXT_STEP_HINT[state.status] ?? '';
    return refuse('INVALID_TRANSITION', `This pilot cannot be ${MOVE_WORDING[move.type]} now because it is ${current}. ${hint}`.trim());
  }

  const reason = 'reason' in move && typeof move.reason === 'string' ? move.reason.trim() : '';
  if (transition.reason === 'REQUIRED' && !isSufficientReason(reason)) {
    return refuse(
      'REASON_REQUIRED',
      `Say why the pilot is being ${describeOutcome(transition)}: write a reason of at least ` +
        `${REASON_MIN_WORDS} words (${REASON_MIN_CHARACTERS} letters or more) so others can follow the decision later.`,
      'reason',
    );
  }

  return {
    ok: true,
    state: {
      status: transition.to,
      iteration: transition.startsNextIteration ? state.iteration + 1 : state.iteration,
    },
    ...(transition.decision ? { decision: transition.decision } : {}),
    ...(reason && transition.reason !== 'NONE' ? { reason } : {}),
  };
}

function describeOutcome(transition: PilotTransition): string {
  switch (transition.decision) {
    case 'SCALE':
      return 'scaled up';
    case 'ADAPT':
      return 'adapted';
    case 'STOP':
      return 'stopped';
    default:
      return MOVE_WORDING[transition.move];
  }
}

function refuse(code: PilotRefusalCode, message: string, field?: string): PilotMoveResult {
  return { ok: false, refusal: field ? { code, message, field } : { code, message } };
}

// ---------------------------------------------------------------------------------------------
// What a pilot's status allows in the other steps. Services ask these rather than list statuses,
// so a new status is placed once, here. Each refusal is null when the action is allowed.

/** Pilots that ended without going ahead: STOP after evaluation, or REJECTED before running. */
export const ENDED_WITHOUT_GOING_AHEAD: readonly PilotStatus[] = ['STOP', 'REJECTED'];

/**
 * Approved, under way or decided SCALE: the pilots Focus it counts as going ahead. An adapted
 * pilot is APPROVED again, so it still counts; a proposal does not until someone approves it.
 */
export const APPROVED_OR_BEYOND: readonly PilotStatus[] = ['APPROVED', 'RUNNING', 'EVALUATING', 'SCALE'];

/**
 * People may join a pilot from its proposal on, and after a SCALE decision too (the scaled-up
 * service still has participants); only a pilot that ended without going ahead has nothing to join.
 */
export function canEnrolParticipants(status: PilotStatus): boolean {
  return !ENDED_WITHOUT_GOING_AHEAD.includes(status);
}

export function enrolmentRefusal(status: PilotStatus): string | null {
  return canEnrolParticipants(status) ? null : `The pilot is ${STATUS_WORDING[status]}: nobody can join it now.`;
}

/**
 * Citizens are shown a pilot's rules of engagement while it can still go ahead; terms of a pilot
 * that ended without going ahead would invite people to something that will not happen.
 */
export function rulesOfEngagementArePublic(status: PilotStatus): boolean {
  return !ENDED_WITHOUT_GOING_AHEAD.includes(status);
}

export function termsPublicationRefusal(status: PilotStatus): string | null {
  return rulesOfEngagementArePublic(status)
    ? null
    : `The pilot has ended (${status}); its rules of engagement are no longer shown to the public, so they cannot be published.`;
}

/** A scaling plan (Grow it) follows a SCALE decision: until the evaluation says so, there is nothing proven to scale. */
export function canHaveScalingPlan(status: PilotStatus): boolean {
  return status === 'SCALE';
}

export function scalingPlanRefusal(status: PilotStatus): string | null {
  return canHaveScalingPlan(status)
    ? null
    : `A scaling plan is for a pilot decided SCALE, and this pilot is ${status}: run it, evaluate it and decide SCALE first (decidePilot).`;
}
