/**
 * A programme's register of risks and of disagreements between groups, and the decisions that
 * settle them. Widening who shares power brings conflict into the open rather than creating it,
 * so the register keeps it on record instead of out of sight. Services apply these rules and
 * never test statuses themselves.
 *
 *   risk:          OPEN ─MITIGATE→ MITIGATING ─CLOSE→ CLOSED, OPEN ─CLOSE→ CLOSED,
 *                  MITIGATING or CLOSED ─REOPEN→ OPEN
 *   disagreement:  OPEN ─ARBITRATE→ ARBITRATED (with a recorded decision),
 *                  OPEN ─SETTLE→ SETTLED (the groups agreed among themselves),
 *                  OPEN ─WITHDRAW→ WITHDRAWN, SETTLED or WITHDRAWN ─REOPEN→ OPEN
 *
 * An arbitrated disagreement is final: the decision stands on record with its reason, and a new
 * disagreement about it is a new row.
 */
import { finalStatuses, type Transition, transitionsFor } from './lifecycle';

export const RISK_KINDS = ['DELIVERY', 'FINANCIAL', 'PARTICIPATION', 'SAFEGUARDING', 'LEGAL', 'REPUTATION', 'CONFLICT', 'OTHER'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_MOVES = ['MITIGATE', 'CLOSE', 'REOPEN'] as const;
export type RiskMove = (typeof RISK_MOVES)[number];

export const RISK_TRANSITIONS: readonly Transition<RiskStatus, RiskMove>[] = [
  { move: 'MITIGATE', from: ['OPEN'], to: 'MITIGATING' },
  { move: 'CLOSE', from: ['OPEN', 'MITIGATING'], to: 'CLOSED' },
  { move: 'REOPEN', from: ['MITIGATING', 'CLOSED'], to: 'OPEN' },
];

export const DISAGREEMENT_STATUSES = ['OPEN', 'ARBITRATED', 'SETTLED', 'WITHDRAWN'] as const;
export type DisagreementStatus = (typeof DISAGREEMENT_STATUSES)[number];

export const DISAGREEMENT_MOVES = ['ARBITRATE', 'SETTLE', 'WITHDRAW', 'REOPEN'] as const;
export type DisagreementMove = (typeof DISAGREEMENT_MOVES)[number];

export const DISAGREEMENT_TRANSITIONS: readonly Transition<DisagreementStatus, DisagreementMove>[] = [
  { move: 'ARBITRATE', from: ['OPEN'], to: 'ARBITRATED' },
  { move: 'SETTLE', from: ['OPEN'], to: 'SETTLED' },
  { move: 'WITHDRAW', from: ['OPEN'], to: 'WITHDRAWN' },
  { move: 'REOPEN', from: ['SETTLED', 'WITHDRAWN'], to: 'OPEN' },
];

export const FINAL_DISAGREEMENT_STATUSES: readonly DisagreementStatus[] = finalStatuses(DISAGREEMENT_TRANSITIONS, DISAGREEMENT_STATUSES);

/** Who settles a disagreement or takes a decision: a body, never a named person. */
export const DECIDERS = ['POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER'] as const;
export type Decider = (typeof DECIDERS)[number];

/** Where a decision came from: the register's disagreement, or something residents and participants said or did. */
export const DECISION_SOURCES = ['DISAGREEMENT', 'WORKSHOP_OUTPUT', 'SURVEY', 'INITIATIVE'] as const;
export type DecisionSource = (typeof DECISION_SOURCES)[number];

/** Likelihood and impact are each scored 1 (low) to 5 (high). */
export const RISK_SCALE_MIN = 1;
export const RISK_SCALE_MAX = 5;

/** A risk's weight: likelihood times impact, 1 to 25. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** HIGH from 15, MEDIUM from 6, LOW below: the usual bands of a five-by-five grid. */
export function riskBand(likelihood: number, impact: number): 'LOW' | 'MEDIUM' | 'HIGH' {
  const score = riskScore(likelihood, impact);
  if (score >= 15) return 'HIGH';
  if (score >= 6) return 'MEDIUM';
  return 'LOW';
}

const RISK_WORDING: Record<RiskStatus, string> = { OPEN: 'open', MITIGATING: 'being mitigated', CLOSED: 'closed' };
const RISK_NEXT: Record<RiskStatus, string> = {
  OPEN: 'Start mitigating it, or close it.',
  MITIGATING: 'Close it once it no longer threatens the programme, or reopen it.',
  CLOSED: 'Reopen it if it comes back.',
};

/** The status a risk moves to when `to` is asked from `from`, or why that cannot be done. */
export function riskStatusChange(from: RiskStatus, to: RiskStatus): { ok: true; move: RiskMove } | { ok: false; message: string } {
  const row = RISK_TRANSITIONS.find((r) => r.to === to && r.from.includes(from));
  if (row) return { ok: true, move: row.move };
  return { ok: false, message: `A risk that is ${RISK_WORDING[from]} cannot become ${RISK_WORDING[to]}. ${RISK_NEXT[from]}` };
}

const DISAGREEMENT_WORDING: Record<DisagreementStatus, string> = {
  OPEN: 'open',
  ARBITRATED: 'arbitrated',
  SETTLED: 'settled',
  WITHDRAWN: 'withdrawn',
};
const DISAGREEMENT_NEXT: Record<DisagreementStatus, string> = {
  OPEN: 'Record an arbitration, or mark it settled or withdrawn.',
  ARBITRATED: 'The decision stands on record; record a new disagreement if the groups still differ.',
  SETTLED: 'Reopen it if the groups differ again.',
  WITHDRAWN: 'Reopen it if the groups differ again.',
};
const MOVE_WORDING: Record<DisagreementMove, string> = {
  ARBITRATE: 'arbitrated',
  SETTLE: 'settled',
  WITHDRAW: 'withdrawn',
  REOPEN: 'reopened',
};

/** The status a disagreement moves to, or why the move cannot be made (with what to do instead). */
export function applyDisagreementMove(
  status: DisagreementStatus,
  move: DisagreementMove,
): { ok: true; to: DisagreementStatus } | { ok: false; message: string } {
  const [row] = transitionsFor(DISAGREEMENT_TRANSITIONS, move, status);
  if (row) return { ok: true, to: row.to };
  return {
    ok: false,
    message: `A disagreement that is ${DISAGREEMENT_WORDING[status]} cannot be ${MOVE_WORDING[move]}. ${DISAGREEMENT_NEXT[status]}`,
  };
}

/** The move that takes a disagreement to `to` (ARBITRATED only through an arbitration), or null. */
export function disagreementMoveTo(to: DisagreementStatus): DisagreementMove | null {
  switch (to) {
    case 'SETTLED':
      return 'SETTLE';
    case 'WITHDRAWN':
      return 'WITHDRAW';
    case 'OPEN':
      return 'REOPEN';
    default:
      return null;
  }
}

/** Why a disagreement's details (groups, subject, who decides) may no longer change, or null while they may. */
export function disagreementEditRefusal(status: DisagreementStatus): string | null {
  if (!FINAL_DISAGREEMENT_STATUSES.includes(status)) return null;
  return `The disagreement is ${DISAGREEMENT_WORDING[status]}, so it is kept as it was. ${DISAGREEMENT_NEXT[status]}`;
}

/** A disagreement is between groups: at least two, each named once. */
export const DISAGREEMENT_MIN_GROUPS = 2;
export const DISAGREEMENT_MAX_GROUPS = 12;
