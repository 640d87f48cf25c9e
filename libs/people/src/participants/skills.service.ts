import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, ErrorCode, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import type { CreateSkillInput } from './skill.inputs';
import type { Skill } from './skill.model';

/** A name as it is kept: trimmed, inner runs of spaces made one. */
export function cleanSkillName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** What makes two skills the same: "First aid", "first  aid " and "FIRST AID" are one (as libs/workflow/matching compares them). */
export function skillNameKey(name: string): string {
  return cleanSkillName(name).toLowerCase();
}

const COLUMNS = `id, name, created_at AS "createdAt"`;

/** The organisation's own tag list of skills. */
@Injectable()
export class SkillsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
  ) {}

  list(ctx: RequestContext): Promise<Skill[]> {
    return this.db.query<Skill>(ctx, `SELECT ${COLUMNS} FROM skill WHERE organisation_id = $1 ORDER BY name_key, id`, [ctx.tenantId]);
  }

  create(ctx: RequestContext, input: CreateSkillInput): Promise<Skill> {
    return this.db.transaction(ctx, async () => {
      const name = cleanSkillName(input.name);
      // ON CONFLICT rather than catching the unique violation: a failed statement would abort the transaction.
      const [row] = await this.db.query<Skill>(
        ctx,
        `INSERT INTO skill (organisation_id, name, name_key) VALUES ($1, $2, $3)
         ON CONFLICT (organisation_id, name_key) DO NOTHING RETURNING ${COLUMNS}`,
        [ctx.tenantId, name, skillNameKey(name)],
      );
      if (!row)
        throw BadInputError.field('input.name', 'is already a skill in this organisation (names are compared ignoring case and spacing)');
      await this.history.record(ctx, { type: 'SKILL_CREATED', payload: { skillId: row.id } });
      return row;
    });
  }

  /** The organisation's skills with these ids; others' ids are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<Skill[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.query<Skill>(
      ctx,
      `SELECT ${COLUMNS} FROM skill WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name_key, id`,
      [ctx.tenantId, [...new Set(ids)]],
    );
  }

  /** Every id given, once each, as the organisation's skills; an id it does not have is NOT_FOUND, naming the field. */
  async requireAll(ctx: RequestContext, ids: readonly string[], field: string): Promise<Skill[]> {
    const unique = [...new Set(ids)];
    const found = await this.byIds(ctx, unique);
    const missing = unique.filter((id) => !found.some((s) => s.id === id));
    if (missing.length) {
      throw new DomainError(ErrorCode.NOT_FOUND, `Skill ${missing.join(', ')} was not found (${field})`, { field, ids: missing });
    }
    return found;
  }

  /** Skills held by each of these participants (for DataLoaders and matching), by name. */
  async ofParticipants(ctx: RequestContext, participantIds: readonly string[]): Promise<Map<string, Skill[]>> {
    const skills = new Map<string, Skill[]>(participantIds.map((id) => [id, []]));
    if (!participantIds.length) return skills;
    const rows = await this.db.query<Skill & { participantId: string }>(
      ctx,
      `SELECT ps.participant_id AS "participantId", s.id, s.name, s.created_at AS "createdAt"
         FROM participant_skill ps JOIN skill s ON s.id = ps.skill_id
        WHERE s.organisation_id = $1 AND ps.participant_id = ANY($2::uuid[])
        ORDER BY s.name_key, s.id`,
      [ctx.tenantId, [...new Set(participantIds)]],
    );
    for (const { participantId, ...skill } of rows) skills.get(participantId)?.push(skill);
    return skills;
  }
}
