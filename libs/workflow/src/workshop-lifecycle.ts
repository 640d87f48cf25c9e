/**
 * A workshop's lifecycle, in the one shape of lifecycle.ts:
 *
 *   PLANNED ─START→ RUNNING ─END→ DONE
 *   PLANNED ─CANCEL→ CANCELLED
 *
 * A workshop that has begun is ended rather than cancelled, so what the room did stays on
 * record. DONE and CANCELLED are final. Services apply a move here and never test statuses
 * themselves.
 */
import { finalStatuses, type Transition, transitionsFor } from './lifecycle';

export const WORKSHOP_STATUSES = ['PLANNED', 'RUNNING', 'DONE', 'CANCELLED'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const WORKSHOP_MOVES = ['START', 'END', 'CANCEL'] as const;
export type WorkshopMove = (typeof WORKSHOP_MOVES)[number];

export interface WorkshopTransition extends Transition<WorkshopStatus, WorkshopMove> {
  /** Whether the agenda, time, place and attendees may still change after the move. */
  readonly editableAfter: boolean;
}

export const WORKSHOP_TRANSITIONS: readonly WorkshopTransition[] = [
  { move: 'START', from: ['PLANNED'], to: 'RUNNING', editableAfter: true },
  { move: 'END', from: ['RUNNING'], to: 'DONE', editableAfter: false },
  { move: 'CANCEL', from: ['PLANNED'], to: 'CANCELLED', editableAfter: false },
];

export const FINAL_WORKSHOP_STATUSES: readonly WorkshopStatus[] = finalStatuses(WORKSHOP_TRANSITIONS, WORKSHOP_STATUSES);

const NEXT: Record<WorkshopStatus, string> = {
  PLANNED: 'Start it when the room gathers, or cancel it.',
  RUNNING: 'End it when the room breaks up.',
  DONE: 'It is over; plan another workshop to meet again.',
  CANCELLED: 'It was called off; plan a new workshop instead.',
};

const WORDING: Record<WorkshopStatus, string> = {
  PLANNED: 'planned',
  RUNNING: 'running',
  DONE: 'over',
  CANCELLED: 'cancelled',
};

const MOVE_WORDING: Record<WorkshopMove, string> = { START: 'started', END: 'ended', CANCEL: 'cancelled' };

export type WorkshopMoveResult = { ok: true; to: WorkshopStatus } | { ok: false; message: string };

/** The status a move leads to from `status`, or why it cannot be made (with what to do instead). */
export function applyWorkshopMove(status: WorkshopStatus, move: WorkshopMove): WorkshopMoveResult {
  const [row] = transitionsFor(WORKSHOP_TRANSITIONS, move, status);
  if (row) return { ok: true, to: row.to };
  return { ok: false, message: `A workshop that is ${WORDING[status]} cannot be ${MOVE_WORDING[move]}. ${NEXT[status]}` };
}

/** Why a workshop in `status` may no longer be changed (its details, attendees or agenda), or null while it may. */
export function workshopEditRefusal(status: WorkshopStatus): string | null {
  if (!FINAL_WORKSHOP_STATUSES.includes(status)) return null;
  return `The workshop is ${WORDING[status]}, so its details and agenda are kept as they were. ${NEXT[status]}`;
}
