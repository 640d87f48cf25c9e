import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  ConflictError,
  definedOnly,
  type FieldProblem,
  InvalidTransitionError,
  NotFoundError,
  type PageArgs,
  pageWindow,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import type { EventPayload } from '@app/history';
import { OrganisationsService } from '@app/identity';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import {
  applyPilotMove,
  formatMoney,
  type PilotMove,
  type PilotRefusal,
  initialPilotState,
  MoneyFormatError,
  normaliseCurrencyCode,
  parseMoney,
} from '@app/workflow';
import { type EntityManager, In } from 'typeorm';
import { toMoneyOrNull } from '../money.model';
import { PriorityAreasService } from '../priorities/priority-areas.service';
import { refuseIfArchived } from '../programme-guard';
import { PilotFinancialEntity } from '../financials/pilot-financial.entity';
import { PilotEntity } from './pilot.entity';
import type { CreatePilotInput, UpdatePilotInput } from './pilot.inputs';
import type { Pilot, PilotStatus } from './pilot.model';

/** The history event each lifecycle move writes. */
const MOVE_EVENTS: Record<PilotMove['type'], string> = {
  APPROVE: 'PILOT_APPROVED',
  REJECT: 'PILOT_REJECTED',
  START: 'PILOT_STARTED',
  BEGIN_EVALUATION: 'PILOT_EVALUATION_STARTED',
  DECIDE: 'PILOT_DECIDED',
};

/** Fields whose new values may go into history (no free text: history holds no personal data, so erasing a person never rewrites it). */
const VALUES_IN_HISTORY = ['priorityAreaId', 'startDate', 'endDate', 'currency', 'participantsReached', 'targetParticipants'] as const;

const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export interface PilotFilter {
  programmeId?: string;
  status?: readonly PilotStatus[];
}

/**
 * Pilots: propose, edit, and the lifecycle moves of libs/workflow/pilot-lifecycle. Every change
 * locks the programme row and then the pilot row (always in that order, as tasks do), checks
 * the version the client saw, and writes one event in the programme's history.
 */
@Injectable()
export class PilotsService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly organisations: OrganisationsService,
  ) {}

  create(ctx: RequestContext, input: CreatePilotInput): Promise<Pilot> {
    return this.db.transaction(ctx, async (em) => {
      const programme = refuseIfArchived(await this.programmes.lock(em, ctx, input.programmeId));
      const currency =
        input.currency !== undefined ? readCurrency(input.currency, 'input.currency') : (await this.organisations.current(ctx)).currency;
      const problems = checkDates(input.startDate ?? null, input.endDate ?? null);
      const budgetMinor = input.budget !== undefined ? readAmount(input.budget, currency, 'input.budget', problems) : null;
      if (problems.length) throw new BadInputError(problems);
      if (input.priorityAreaId)
        await this.priorityAreas.requireInProgramme(ctx, programme.id, input.priorityAreaId, 'input.priorityAreaId');
      const state = initialPilotState();
      const pilots = this.db.tenant(ctx, PilotEntity);
      const pilot = await pilots.save(
        pilots.create({
          programmeId: programme.id,
          priorityAreaId: input.priorityAreaId ?? null,
          name: input.name.trim(),
          hypothesis: input.hypothesis?.trim() ?? '',
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          budgetMinor: budgetMinor === null ? null : budgetMinor.toString(),
          currency,
          participantsReached: input.participantsReached ?? null,
          targetParticipants: input.targetParticipants ?? null,
          status: state.status,
          iteration: state.iteration,
          lastDecision: null,
          lastReason: null,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.record(ctx, programme, 'PILOT_CREATED', pilot, { priorityAreaId: pilot.priorityAreaId, status: pilot.status, currency });
      return this.get(ctx, pilot.id);
    });
  }

  update(ctx: RequestContext, input: UpdatePilotInput): Promise<Pilot> {
    const { pilotId, version, clearPriorityArea, clearBudget, clearTargetParticipants, budget, currency: currencyInput, ...rest } = input;
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.lock(em, ctx, { pilotId, version });
      const changes: Partial<PilotEntity> = definedOnly({ ...rest, name: rest.name?.trim(), hypothesis: rest.hypothesis?.trim() });
      const problems: FieldProblem[] = [];
      if (clearPriorityArea) {
        if (changes.priorityAreaId)
          problems.push({ field: 'input.clearPriorityArea', message: 'cannot be combined with input.priorityAreaId' });
        changes.priorityAreaId = null;
      }
      if (clearTargetParticipants) {
        if (changes.targetParticipants !== undefined)
          problems.push({ field: 'input.clearTargetParticipants', message: 'cannot be combined with input.targetParticipants' });
        changes.targetParticipants = null;
      }
      const currency =
        currencyInput !== undefined && currencyInput !== null ? readCurrency(currencyInput, 'input.currency') : pilot.currency;
      if (currency !== pilot.currency) {
        const lines = await this.db.tenant(ctx, PilotFinancialEntity).countBy({ pilotId: pilot.id });
        if (lines) {
          problems.push({
            field: 'input.currency',
            message: `cannot change: the pilot has ${lines} financial line(s) in ${pilot.currency}, and a pilot never mixes currencies`,
          });
        } else if (pilot.budgetMinor !== null && (budget === undefined || budget === null) && !clearBudget) {
          problems.push({ field: 'input.budget', message: `is needed again in ${currency} when the currency changes` });
        }
        changes.currency = currency;
      }
      if (budget !== undefined && budget !== null) {
        if (clearBudget) problems.push({ field: 'input.clearBudget', message: 'cannot be combined with input.budget' });
        const minor = readAmount(budget, currency, 'input.budget', problems);
        if (minor !== null) changes.budgetMinor = minor.toString();
      } else if (clearBudget) {
        changes.budgetMinor = null;
      }
      problems.push(
        ...checkDates(
          changes.startDate ?? pilot.startDate,
          changes.endDate ?? pilot.endDate,
          changes.endDate ? 'input.endDate' : 'input.startDate',
        ),
      );
      if (problems.length) throw new BadInputError(problems);
      if (!Object.keys(changes).length)
        throw BadInputError.field('input', 'names nothing to change: give at least one field besides pilotId and version');
      if (changes.priorityAreaId)
        await this.priorityAreas.requireInProgramme(ctx, programme.id, changes.priorityAreaId, 'input.priorityAreaId');

      await updateVersioned(em, PilotEntity, 'Pilot', { id: pilot.id, organisationId: ctx.tenantId, version }, changes);
      const values = Object.fromEntries(
        VALUES_IN_HISTORY.filter((f) => f in changes).map((f) => [f, (changes[f] ?? null) as string | number | null]),
      );
      await this.record(ctx, programme, 'PILOT_UPDATED', pilot, { fields: Object.keys(changes), ...values });
      return this.get(ctx, pilot.id);
    });
  }

  /**
   * Every lifecycle move: lock, check the version, let libs/workflow decide, write the new
   * state and one history event with the reason. Refusals come back explained.
   */
  move(ctx: RequestContext, key: { pilotId: string; version: number }, move: PilotMove): Promise<Pilot> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.lock(em, ctx, key);
      const outcome = applyPilotMove({ status: pilot.status, iteration: pilot.iteration }, move);
      if (!outcome.ok) throw refusalError(outcome.refusal);

      const changes: Partial<PilotEntity> = { status: outcome.state.status, iteration: outcome.state.iteration };
      if (move.type === 'APPROVE' || move.type === 'REJECT' || move.type === 'DECIDE') changes.lastReason = outcome.reason ?? null;
      if (outcome.decision) changes.lastDecision = outcome.decision;
      await updateVersioned(em, PilotEntity, 'Pilot', { id: pilot.id, organisationId: ctx.tenantId, version: key.version }, changes);
      await this.record(ctx, programme, MOVE_EVENTS[move.type], pilot, {
        from: pilot.status,
        to: outcome.state.status,
        // The iteration the move concerns: for a decision, the run that was evaluated.
        iteration: pilot.iteration,
        reason: outcome.reason ?? null,
        ...(outcome.decision ? { decision: outcome.decision } : {}),
        ...(outcome.state.iteration !== pilot.iteration ? { nextIteration: outcome.state.iteration } : {}),
      });
      return this.get(ctx, pilot.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Pilot> {
    return toPilot(await this.db.tenant(ctx, PilotEntity).get({ id }, 'Pilot'));
  }

  /** The organisation's pilots with these ids (others' ids are simply absent). */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Pilot[]> {
    if (!ids.length) return [];
    const rows = await this.db.tenant(ctx, PilotEntity).findBy({ id: In([...ids]) });
    return rows.map(toPilot);
  }

  /** One page of the organisation's pilots (of one programme, if named), newest first. */
  async page(ctx: RequestContext, filter: PilotFilter, args: PageArgs): Promise<[Pilot[], number]> {
    if (filter.programmeId) await this.programmes.get(ctx, filter.programmeId); // another organisation's programme is NOT_FOUND
    const { offset, limit } = pageWindow(args);
    const query = this.db.tenant(ctx, PilotEntity).queryBuilder('p');
    if (filter.programmeId) query.andWhere('p.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.status?.length) query.andWhere('p.status IN (:...statuses)', { statuses: [...filter.status] });
    const [rows, total] = await query.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'ASC').skip(offset).take(limit).getManyAndCount();
    return [rows.map(toPilot), total];
  }

  /**
   * The pilot and its programme, both locked for the rest of the transaction: the programme
   * row first, then the pilot row, so that two changes never wait on each other in a circle.
   * With a version, a stale one is CONFLICT.
   */
  async lock(
    em: EntityManager,
    ctx: RequestContext,
    key: { pilotId: string; version?: number },
  ): Promise<{ pilot: PilotEntity; programme: ProgrammeEntity }> {
    // `em` is the request's transaction, which the tenant repository joins through ctx.
    const pilots = this.db.tenant(ctx, PilotEntity);
    const found = await pilots.get({ id: key.pilotId }, 'Pilot');
    const programme = refuseIfArchived(await this.programmes.lock(em, ctx, found.programmeId));
    const pilot = await pilots.queryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: key.pilotId }).getOne();
    if (!pilot) throw new NotFoundError('Pilot', key.pilotId);
    if (key.version !== undefined && pilot.version !== key.version) throw new ConflictError('Pilot', pilot.version);
    return { pilot, programme };
  }

  /** One event in the programme's history about the pilot. */
  record(ctx: RequestContext, programme: ProgrammeEntity, type: string, pilot: PilotEntity, payload: EventPayload = {}): Promise<void> {
    return this.programmes.record(ctx, programme, type, { pilotId: pilot.id, ...payload });
  }
}

export function toPilot(entity: PilotEntity): Pilot {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    programmeId: entity.programmeId,
    priorityAreaId: entity.priorityAreaId,
    name: entity.name,
    hypothesis: entity.hypothesis,
    startDate: entity.startDate,
    endDate: entity.endDate,
    budget: toMoneyOrNull(entity.budgetMinor === null ? null : BigInt(entity.budgetMinor), entity.currency),
    currency: entity.currency,
    participantsReached: entity.participantsReached,
    targetParticipants: entity.targetParticipants,
    status: entity.status,
    iteration: entity.iteration,
    lastDecision: entity.lastDecision,
    lastReason: entity.lastReason,
    createdBy: entity.createdBy,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** A currency code the world knows, upper-cased; BAD_USER_INPUT naming `field` otherwise. */
export function readCurrency(input: string, field: string): string {
  let code: string;
  try {
    code = normaliseCurrencyCode(input);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw BadInputError.field(field, error.message);
    throw error;
  }
  if (!KNOWN_CURRENCIES.has(code)) throw BadInputError.field(field, `"${code}" is not an ISO 4217 currency code, such as GBP or EUR`);
  return code;
}

/** The most a bigint column of minor units holds: past it the database would refuse the write with an internal error. */
const MAX_MINOR_UNITS = 2n ** 63n - 1n;

/** Exact minor units of a decimal string, or a problem naming `field`. */
export function readAmount(input: string, currency: string, field: string, problems: FieldProblem[]): bigint | null {
  try {
    const minor = parseMoney(input, currency);
    if (minor > MAX_MINOR_UNITS) {
      problems.push({ field, message: `is too large: at most ${formatMoney(MAX_MINOR_UNITS, currency)} ${currency}` });
      return null;
    }
    return minor;
  } catch (error) {
    if (error instanceof MoneyFormatError) {
      problems.push({ field, message: error.message });
      return null;
    }
    throw error;
  }
}

function checkDates(start: string | null, end: string | null, field = 'input.endDate'): FieldProblem[] {
  // ISO dates compare as strings.
  return start && end && end < start
    ? [{ field, message: `must be on or after the start date (${start}); the pilot would end before it begins` }]
    : [];
}

function refusalError(refusal: PilotRefusal) {
  if (refusal.code === 'REASON_REQUIRED') return BadInputError.field(`input.${refusal.field ?? 'reason'}`, refusal.message);
  return new InvalidTransitionError(refusal.message);
}
