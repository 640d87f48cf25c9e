import { InvalidTransitionError } from '@app/common';
import type { ProgrammeEntity } from '@app/programmes';

/** An archived programme is final: its priorities and pilots stay readable and no longer change. */
export function refuseIfArchived(programme: ProgrammeEntity): ProgrammeEntity {
  if (programme.status === 'ARCHIVED') {
    throw new InvalidTransitionError('The programme is archived; its priorities and pilots can no longer change.');
  }
  return programme;
}
