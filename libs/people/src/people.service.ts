import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PilotReach, type PilotReachSource } from '@app/pilots';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';

/** What other features may ask of People it. */
@Injectable()
export class PeopleService implements PilotReachSource, OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly reach: PilotReach,
  ) {}

  /** Pilot economics count enrolled participants through this once there are any. */
  onModuleInit(): void {
    this.reach.register(this);
  }

  /**
   * People each pilot has reached through enrolment: everyone ever enrolled, withdrawn or erased
   * ones included (they took part; erasure keeps counts right). Once a pilot has any, this count
   * replaces its hand-recorded "participants reached"; pilots with none answer 0.
   */
  async enrolledCount(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, number>> {
    const ids = [...new Set(pilotIds)];
    const counts = new Map<string, number>(ids.map((id) => [id, 0]));
    if (!ids.length) return counts;
    const rows = await this.db.query<{ pilotId: string; enrolled: number }>(
      ctx,
      `SELECT pilot_id AS "pilotId", count(*)::int AS enrolled FROM enrolment WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[]) GROUP BY pilot_id`,
      [ctx.tenantId, ids],
    );
    for (const row of rows) counts.set(row.pilotId, row.enrolled);
    return counts;
  }
}
