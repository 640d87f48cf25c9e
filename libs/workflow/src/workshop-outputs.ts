/**
 * What a workshop's room produces, and when it may be written down.
 *
 * Outputs are captured while the workshop is planned (points to raise, sent in ahead), while it
 * runs, and after it is over: a facilitator often types up the flip charts once the room has
 * gone, so a DONE workshop still takes capture and conversion. A CANCELLED workshop never met,
 * so nothing can have come out of it: capture, edits and conversions are refused there.
 */
import type { WorkshopStatus } from './workshop-lifecycle';

export const WORKSHOP_OUTPUT_KINDS = ['NOTE', 'DECISION', 'ACTION', 'INITIATIVE', 'PRIORITY', 'RISK'] as const;
export type WorkshopOutputKind = (typeof WORKSHOP_OUTPUT_KINDS)[number];

/** The records an output can become, each made by the library that owns it. */
export const WORKSHOP_CONVERSION_KINDS = ['TASK', 'INITIATIVE', 'PRIORITY_AREA', 'CHECKLIST_TICK'] as const;
export type WorkshopConversionKind = (typeof WORKSHOP_CONVERSION_KINDS)[number];

export const WORKSHOP_OUTPUT_TEXT_MAX_LENGTH = 5000;
export const WORKSHOP_OUTPUTS_PER_CAPTURE = 200;

/** Why outputs of a workshop in `status` cannot be captured, changed or converted, or null while they can. */
export function workshopCaptureRefusal(status: WorkshopStatus): string | null {
  if (status !== 'CANCELLED') return null;
  return 'The workshop was cancelled and never met, so nothing can be captured from it or converted. Capture in the workshop that took its place.';
}

/** Why an output can no longer be changed, deleted or converted, or null while it can. */
export function workshopOutputChangeRefusal(convertedKind: WorkshopConversionKind | null): string | null {
  if (!convertedKind) return null;
  return `The output has already become a record (${convertedKind}), so it is kept as it was. Change that record instead.`;
}
