import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  DomainError,
  ErrorCode,
  type FieldProblem,
  NotFoundError,
  type PageArgs,
  pageWindow,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import { In } from 'typeorm';
import { type BasisColumns, NO_BASIS_MESSAGE, readLawfulBasis } from './lawful-basis';
import { ParticipantSkillEntity } from './participant-skill.entity';
import { ParticipantEntity, type ParticipantKind } from './participant.entity';
import type { RegisterParticipantInput, UpdateParticipantInput } from './participant.inputs';
import { type Participant, toParticipant } from './participant.model';
import { SkillsService } from './skills.service';

export interface ParticipantFilterValues {
  kind?: ParticipantKind;
  skillId?: string;
  erased?: boolean;
  hasLawfulBasis?: boolean;
}

const PERSONAL_FIELDS = ['displayName', 'contact', 'notes'] as const;

const text = (value: string | undefined | null) => (value?.trim() ? value.trim() : null);

/**
 * Participants (People it): register, edit and read. Nothing personal is held without a lawful
 * basis (checked here with the field at fault, and again by the database's CHECK). History
 * records ids, kinds, bases and the names of changed fields, never what a person is called or
 * how to reach them, so erasing a person never rewrites history.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly skills: SkillsService,
  ) {}

  register(ctx: RequestContext, input: RegisterParticipantInput): Promise<Participant> {
    return this.db.transaction(ctx, async () => {
      const problems: FieldProblem[] = [];
      let basis: BasisColumns = { lawfulBasis: null, consentGivenAt: null, consentPurposes: null, consentMethod: null, basisNote: null };
      if (input.lawfulBasis) {
        const read = readLawfulBasis(input.lawfulBasis, 'input.lawfulBasis', new Date());
        problems.push(...read.problems);
        basis = read.columns;
      }
      const personal = { displayName: text(input.displayName), contact: text(input.contact), notes: text(input.notes) };
      if (!basis.lawfulBasis && Object.values(personal).some((v) => v !== null))
        problems.push({ field: 'input.lawfulBasis', message: NO_BASIS_MESSAGE });
      if (problems.length) throw new BadInputError(problems);
      const skills = await this.skills.requireAll(ctx, input.skillIds ?? [], 'input.skillIds');

      const participants = this.db.tenant(ctx, ParticipantEntity);
      const participant = await participants.save(
        participants.create({
          kind: input.kind,
          ...personal,
          motivation: input.motivation,
          hoursPerMonth: input.hoursPerMonth,
          ...basis,
          erasedAt: null,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.replaceSkills(
        ctx,
        participant.id,
        skills.map((s) => s.id),
      );
      await this.history.record(ctx, {
        type: 'PARTICIPANT_REGISTERED',
        payload: { participantId: participant.id, kind: participant.kind, lawfulBasis: participant.lawfulBasis },
      });
      return this.get(ctx, participant.id);
    });
  }

  update(ctx: RequestContext, input: UpdateParticipantInput): Promise<Participant> {
    return this.db.transaction(ctx, async (em) => {
      const current = await this.lock(ctx, input.participantId);
      if (current.erasedAt)
        throw BadInputError.field('input.participantId', 'has been erased: nothing about them can change or be added back');
      if (current.version !== input.version) throw new ConflictError('Participant', current.version);

      const problems: FieldProblem[] = [];
      const changes: Partial<ParticipantEntity> = {};
      for (const field of PERSONAL_FIELDS) {
        const value = input[field];
        const clear = input[`clear${field[0].toUpperCase()}${field.slice(1)}` as 'clearDisplayName' | 'clearContact' | 'clearNotes'];
        if (value !== undefined && value !== null) {
          if (clear)
            problems.push({
              field: `input.${field}`,
              message: `cannot be combined with input.clear${field[0].toUpperCase()}${field.slice(1)}`,
            });
          changes[field] = text(value);
        } else if (clear) {
          changes[field] = null;
        }
      }
      if (input.kind) changes.kind = input.kind;
      if (input.motivation !== undefined && input.motivation !== null) changes.motivation = input.motivation;
      if (input.hoursPerMonth !== undefined && input.hoursPerMonth !== null) changes.hoursPerMonth = input.hoursPerMonth;
      if (input.lawfulBasis) {
        const read = readLawfulBasis(input.lawfulBasis, 'input.lawfulBasis', new Date());
        problems.push(...read.problems);
        Object.assign(changes, read.columns);
      }
      const basisAfter = changes.lawfulBasis ?? current.lawfulBasis;
      const addsPersonal = PERSONAL_FIELDS.some((f) => changes[f] !== undefined && changes[f] !== null);
      if (!basisAfter && addsPersonal) problems.push({ field: 'input.lawfulBasis', message: NO_BASIS_MESSAGE });
      if (problems.length) throw new BadInputError(problems);

      const skillIds = input.skillIds ? (await this.skills.requireAll(ctx, input.skillIds, 'input.skillIds')).map((s) => s.id) : null;
      const fields = [
        ...Object.keys(changes).filter((f) => !['consentGivenAt', 'consentPurposes', 'consentMethod', 'basisNote'].includes(f)),
        ...(skillIds ? ['skills'] : []),
      ];
      if (!fields.length)
        throw BadInputError.field('input', 'names nothing to change: give at least one field besides participantId and version');

      if (skillIds) await this.replaceSkills(ctx, current.id, skillIds);
      // A change to the skills alone still moves the version on, so every edit is seen as one.
      const set = Object.keys(changes).length ? changes : { updatedAt: () => 'CURRENT_TIMESTAMP' };
      await updateVersioned(
        em,
        ParticipantEntity,
        'Participant',
        { id: current.id, organisationId: ctx.tenantId, version: input.version },
        set as never,
      );
      await this.history.record(ctx, {
        type: 'PARTICIPANT_UPDATED',
        payload: { participantId: current.id, fields, ...(changes.lawfulBasis ? { lawfulBasis: changes.lawfulBasis } : {}) },
      });
      return this.get(ctx, current.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Participant> {
    return toParticipant(await this.db.tenant(ctx, ParticipantEntity).get({ id }, 'Participant'));
  }

  /** The organisation's participants with these ids; others' ids are simply absent. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Participant[]> {
    if (!ids.length) return [];
    const rows = await this.db.tenant(ctx, ParticipantEntity).findBy({ id: In([...new Set(ids)]) });
    return rows.map(toParticipant);
  }

  /** One page of the organisation's participants, newest first. */
  async page(ctx: RequestContext, filter: ParticipantFilterValues, args: PageArgs): Promise<[Participant[], number]> {
    const { offset, limit } = pageWindow(args);
    const query = this.db.tenant(ctx, ParticipantEntity).queryBuilder('p');
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.skillId)
      query.andWhere('EXISTS (SELECT 1 FROM participant_skill ps WHERE ps.participant_id = p.id AND ps.skill_id = :skillId)', {
        skillId: filter.skillId,
      });
    if (filter.erased !== undefined && filter.erased !== null)
      query.andWhere(filter.erased ? 'p.erased_at IS NOT NULL' : 'p.erased_at IS NULL');
    if (filter.hasLawfulBasis !== undefined && filter.hasLawfulBasis !== null)
      query.andWhere(filter.hasLawfulBasis ? 'p.lawful_basis IS NOT NULL' : 'p.lawful_basis IS NULL');
    const [rows, total] = await query.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').skip(offset).take(limit).getManyAndCount();
    return [rows.map(toParticipant), total];
  }

  /** The participant row, locked until the transaction ends; another organisation's is NOT_FOUND. */
  async lock(ctx: RequestContext, id: string, field?: string): Promise<ParticipantEntity> {
    const row = await this.db
      .tenant(ctx, ParticipantEntity)
      .queryBuilder('p')
      .setLock('pessimistic_write')
      .andWhere('p.id = :id', { id })
      .getOne();
    if (!row)
      throw field
        ? new DomainError(ErrorCode.NOT_FOUND, `Participant ${id} was not found (${field})`, { field })
        : new NotFoundError('Participant', id);
    return row;
  }

  private async replaceSkills(ctx: RequestContext, participantId: string, skillIds: readonly string[]): Promise<void> {
    const skills = this.db.tenant(ctx, ParticipantSkillEntity);
    await skills.delete({ participantId });
    if (skillIds.length) await skills.insert(skillIds.map((skillId) => ({ participantId, skillId })));
  }
}
