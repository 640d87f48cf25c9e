import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { ParticipantErasure, type ParticipantErasureSource } from '@app/people';

/**
 * An erased participant leaves every workshop's attendee list (people keeps their row as a
 * tombstone, so the foreign key's ON DELETE CASCADE never fires). The workshops' versions move on,
 * so a screen holding the old list saves into a CONFLICT rather than a refusal it cannot explain.
 * Nothing goes into history: an event per workshop would tie the erased person to the workshops
 * they attended.
 */
@Injectable()
export class WorkshopAttendeeErasure implements ParticipantErasureSource, OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly erasure: ParticipantErasure,
  ) {}

  onModuleInit(): void {
    this.erasure.register(this);
  }

  async participantErased(ctx: RequestContext, participantId: string): Promise<void> {
    await this.db.query(
      ctx,
      `WITH gone AS (
         DELETE FROM workshop_attendee WHERE organisation_id = $1 AND participant_id = $2 RETURNING workshop_id
       )
       UPDATE workshop SET version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id IN (SELECT workshop_id FROM gone)`,
      [ctx.tenantId, participantId],
    );
  }
}
