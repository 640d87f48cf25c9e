import { Injectable } from '@nestjs/common';
import { ConflictError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { PilotsService } from '@app/pilots';
import { type MatchCandidate, rankParticipants } from '@app/workflow';
import { ParticipantEntity } from '../participants/participant.entity';
import { toParticipant } from '../participants/participant.model';
import { SkillsService } from '../participants/skills.service';
import type { SetPilotNeedsInput } from './enrolment.inputs';
import type { ParticipantMatch, PilotNeeds } from './enrolment.model';
import { PilotNeedEntity } from './pilot-need.entity';

/**
 * What pilots need, and the participants who fit best (Table 13.1: skills, motivation, time),
 * ranked by libs/workflow's `rankParticipants` with its explanations.
 *
 * Who is a candidate: the organisation's participants with a lawful basis recorded, not erased,
 * and not already taking part in the pilot. Erased participants are left out even though their
 * skills, motivation and hours remain: nobody can say who they are or reach them, so they
 * cannot be recruited, and nothing new is recorded about them. Self-efficacy is not read at
 * all: the candidates are built from participant columns only, and the workflow types refuse it.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
    private readonly skills: SkillsService,
  ) {}

  setNeeds(ctx: RequestContext, input: SetPilotNeedsInput): Promise<PilotNeeds> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: input.pilotId });
      const skills = await this.skills.requireAll(ctx, input.skillIds, 'input.skillIds');
      // In the order given, once each.
      const skillIds = [...new Set(input.skillIds)];
      const version = await this.writeNeeds(ctx, pilot.id, input.version ?? undefined, { skillIds, hoursPerMonth: input.hoursPerMonth });
      await this.pilots.record(ctx, programme, 'PILOT_NEEDS_SET', pilot, { skillIds, hoursPerMonth: input.hoursPerMonth });
      return {
        pilotId: pilot.id,
        hoursPerMonth: input.hoursPerMonth,
        version,
        skills: skillIds.map((id) => skills.find((s) => s.id === id)!),
      };
    });
  }

  /** The needs of each of these pilots; null where none are set. */
  async needsOf(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, PilotNeeds | null>> {
    const result = new Map<string, PilotNeeds | null>(pilotIds.map((id) => [id, null]));
    if (!pilotIds.length) return result;
    const rows = await this.db.query<{ pilotId: string; skillIds: string[]; hoursPerMonth: number; version: number }>(
      ctx,
      `SELECT pilot_id AS "pilotId", skill_ids AS "skillIds", hours_per_month AS "hoursPerMonth", version FROM pilot_need WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(pilotIds)]],
    );
    const skills = await this.skills.byIds(
      ctx,
      rows.flatMap((r) => r.skillIds),
    );
    for (const row of rows) {
      result.set(row.pilotId, {
        pilotId: row.pilotId,
        hoursPerMonth: row.hoursPerMonth,
        version: row.version,
        skills: row.skillIds.map((id) => skills.find((s) => s.id === id)).filter((s) => s !== undefined),
      });
    }
    return result;
  }

  /** The best `first` candidates for the pilot, best first; equal scores by id (so the same data always gives the same list). */
  async matches(ctx: RequestContext, pilotId: string, first = 20): Promise<ParticipantMatch[]> {
    const pilot = await this.pilots.get(ctx, pilotId); // another organisation's pilot is NOT_FOUND
    const needs = (await this.needsOf(ctx, [pilot.id])).get(pilot.id) ?? null;
    const rows = await this.db
      .tenant(ctx, ParticipantEntity)
      .queryBuilder('p')
      .andWhere('p.lawful_basis IS NOT NULL AND p.erased_at IS NULL AND p.motivation IS NOT NULL AND p.hours_per_month IS NOT NULL')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND e.pilot_id = :pilotId AND e.withdrawn_at IS NULL)',
        { pilotId: pilot.id },
      )
      .getMany();
    const skillsOf = await this.skills.ofParticipants(
      ctx,
      rows.map((r) => r.id),
    );
    const candidates: MatchCandidate[] = rows.map((row) => ({
      id: row.id,
      skills: (skillsOf.get(row.id) ?? []).map((s) => s.name),
      motivation: row.motivation!,
      hoursPerMonth: row.hoursPerMonth!,
    }));
    const ranked = rankParticipants(
      { skills: (needs?.skills ?? []).map((s) => s.name), hoursPerMonth: needs?.hoursPerMonth ?? 0 },
      candidates,
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ranked.slice(0, first).map((match) => ({
      participant: toParticipant(byId.get(match.id)!),
      score: match.score,
      parts: match.parts,
      explanation: match.explanation,
    }));
  }

  /**
   * Writes the pilot's needs if the client saw the current ones: no version while there are none
   * yet, their version once there are. The caller holds the pilot's lock, so sets of one pilot's
   * needs run one at a time; the version in the UPDATE's WHERE guards the write all the same.
   * Answers the new version.
   */
  private async writeNeeds(
    ctx: RequestContext,
    pilotId: string,
    version: number | undefined,
    needs: Pick<PilotNeedEntity, 'skillIds' | 'hoursPerMonth'>,
  ): Promise<number> {
    const pilotNeeds = this.db.tenant(ctx, PilotNeedEntity);
    const current = await pilotNeeds.findOneBy({ pilotId });
    if (!current) {
      if (version !== undefined)
        throw new ConflictError(
          'Pilot needs',
          undefined,
          `The pilot has no needs set yet (version ${version} was given); leave version out to set them`,
        );
      await pilotNeeds.insert({ pilotId, ...needs, version: 1 });
      return 1;
    }
    if (version === undefined) {
      throw new ConflictError(
        'Pilot needs',
        current.version,
        `The pilot's needs are already set (now at version ${current.version}); send the version you read to change them`,
      );
    }
    if (version !== current.version) throw stale(current.version);
    if (!(await pilotNeeds.update({ pilotId, version }, { ...needs, version: current.version + 1 }))) throw stale(current.version);
    return current.version + 1;
  }
}

function stale(currentVersion: number): ConflictError {
  return new ConflictError(
    'Pilot needs',
    currentVersion,
    `The pilot's needs were changed by someone else (now at version ${currentVersion}); reload them and try again`,
  );
}
