import { InvalidTransitionError } from '@app/common';
import type { ProgrammeEntity } from '@app/programmes';
import { programmeChangeRefusal } from '@app/workflow';

/** An archived programme is final (libs/workflow `programmeChangeRefusal`): its priorities and pilots stay readable and no longer change. */
export function refuseIfArchived(programme: ProgrammeEntity): ProgrammeEntity {
  const refusal = programmeChangeRefusal(programme.status, 'priorities and pilots');
  if (refusal) throw new InvalidTransitionError(refusal);
  return programme;
}
