import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, type FieldProblem, InvalidTransitionError, NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import type { EventPayload } from '@app/history';
import { type ProgrammeEntity, ProgrammesService } from '@app/programmes';
import {
  applyDisagreementMove,
  disagreementEditRefusal,
  disagreementMoveTo,
  programmeChangeRefusal,
  riskBand,
  riskScore,
  riskStatusChange,
} from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { sanctionWarnings } from './sanctions';
import { DecisionEntity } from './decision.entity';
import { DisagreementEntity } from './disagreement.entity';
import type {
  AddDisagreementInput,
  AddRiskInput,
  ArbitrateDisagreementInput,
  DecisionFields,
  UpdateDisagreementInput,
  UpdateRiskInput,
} from './register.inputs';
import type { Arbitration, Decision, Disagreement, Risk } from './register.model';
import { RiskEntity } from './risk.entity';

/**
 * A programme's register of risks and of disagreements between groups. Every change locks the
 * programme (so changes to one register queue behind each other), takes the version the client
 * saw and writes one history event: ids, kinds, numbers and the names of changed fields; only a
 * decision carries its words and its reason. An arbitration settles a disagreement and records
 * the decision in one transaction.
 */
@Injectable()
export class RegisterService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
  ) {}

  addRisk(ctx: RequestContext, input: AddRiskInput): Promise<Risk> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.openProgramme(em, ctx, input.programmeId);
      const risks = this.db.tenant(ctx, RiskEntity);
      const row = await risks.save(
        risks.create({
          programmeId: programme.id,
          kind: input.kind,
          description: input.description.trim(),
          likelihood: input.likelihood,
          impact: input.impact,
          owner: input.owner?.trim() ?? '',
          mitigation: input.mitigation?.trim() ?? '',
          sanction: input.sanction ?? false,
          status: 'OPEN',
        }),
      );
      await this.programmes.record(ctx, programme, 'RISK_ADDED', {
        riskId: row.id,
        kind: row.kind,
        likelihood: row.likelihood,
        impact: row.impact,
        sanction: row.sanction,
      });
      return toRisk(row);
    });
  }

  updateRisk(ctx: RequestContext, input: UpdateRiskInput): Promise<Risk> {
    const changes: Partial<RiskEntity> = definedOnly({
      kind: input.kind,
      description: input.description?.trim(),
      likelihood: input.likelihood,
      impact: input.impact,
      owner: input.owner?.trim(),
      mitigation: input.mitigation?.trim(),
      sanction: input.sanction,
      status: input.status,
    });
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give at least one field besides riskId and version');
    return this.db.transaction(ctx, async (em) => {
      const found = await this.db.tenant(ctx, RiskEntity).get({ id: input.riskId }, 'Risk');
      const programme = await this.openProgramme(em, ctx, found.programmeId);
      const before = await this.db.tenant(ctx, RiskEntity).get({ id: input.riskId }, 'Risk');
      if (changes.status === before.status) delete changes.status;
      if (changes.status) {
        const change = riskStatusChange(before.status, changes.status);
        if (!change.ok) throw new InvalidTransitionError(change.message);
      }
      const row = await updateVersioned(
        em,
        RiskEntity,
        'Risk',
        { id: before.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      await this.programmes.record(ctx, programme, 'RISK_UPDATED', {
        riskId: row.id,
        fields: Object.keys(changes),
        status: row.status,
        ...(changes.status ? { fromStatus: before.status } : {}),
        likelihood: row.likelihood,
        impact: row.impact,
        sanction: row.sanction,
      });
      return toRisk(row);
    });
  }

  addDisagreement(ctx: RequestContext, input: AddDisagreementInput): Promise<Disagreement> {
    const groups = checkGroups(input.groups);
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.openProgramme(em, ctx, input.programmeId);
      const disagreements = this.db.tenant(ctx, DisagreementEntity);
      const row = await disagreements.save(
        disagreements.create({ programmeId: programme.id, groups, subject: input.subject.trim(), decider: input.decider, status: 'OPEN' }),
      );
      await this.programmes.record(ctx, programme, 'DISAGREEMENT_RECORDED', {
        disagreementId: row.id,
        groupCount: row.groups.length,
        decider: row.decider,
      });
      return toDisagreement(row);
    });
  }

  updateDisagreement(ctx: RequestContext, input: UpdateDisagreementInput): Promise<Disagreement> {
    const changes: Partial<DisagreementEntity> = definedOnly({
      groups: input.groups && checkGroups(input.groups),
      subject: input.subject?.trim(),
      decider: input.decider,
      status: input.status,
    });
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give at least one field besides disagreementId and version');
    return this.db.transaction(ctx, async (em) => {
      const { programme, before } = await this.openDisagreement(em, ctx, input.disagreementId);
      if (changes.status === before.status) delete changes.status;
      if (changes.status) {
        const outcome = applyDisagreementMove(before.status, disagreementMoveTo(changes.status)!);
        if (!outcome.ok) throw new InvalidTransitionError(outcome.message);
      }
      const editing = Object.keys(changes).some((field) => field !== 'status');
      // Reopening and editing at once is allowed: the rule applies to the status it ends in.
      const refusal = editing ? disagreementEditRefusal(changes.status ?? before.status) : null;
      if (refusal) throw new InvalidTransitionError(refusal);
      const row = await updateVersioned(
        em,
        DisagreementEntity,
        'Disagreement',
        { id: before.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      await this.programmes.record(ctx, programme, 'DISAGREEMENT_UPDATED', {
        disagreementId: row.id,
        fields: Object.keys(changes),
        status: row.status,
        ...(changes.status ? { fromStatus: before.status } : {}),
      });
      return toDisagreement(row);
    });
  }

  /**
   * Records the decision that settles an open disagreement (the politicians' arbitration, say)
   * with its reason, who took it and when, and marks the disagreement ARBITRATED: one
   * transaction, one DECISION event carrying the decision and its reason.
   */
  arbitrate(ctx: RequestContext, input: ArbitrateDisagreementInput): Promise<Arbitration> {
    return this.db.transaction(ctx, async (em) => {
      const { programme, before } = await this.openDisagreement(em, ctx, input.disagreementId);
      const outcome = applyDisagreementMove(before.status, 'ARBITRATE');
      if (!outcome.ok) throw new InvalidTransitionError(outcome.message);
      const disagreement = await updateVersioned(
        em,
        DisagreementEntity,
        'Disagreement',
        { id: before.id, organisationId: ctx.tenantId, version: input.version },
        { status: outcome.to },
      );
      const decision = await this.saveDecision(ctx, programme, 'DISAGREEMENT', disagreement.id, input);
      await this.programmes.record(ctx, programme, 'DISAGREEMENT_ARBITRATED', {
        disagreementId: disagreement.id,
        decisionId: decision.id,
        ...decisionPayload(decision),
      });
      return { disagreement: toDisagreement(disagreement), decision: toDecision(decision) };
    });
  }

  /** Saves a decision inside the caller's transaction (the programme already locked). */
  async saveDecision(
    ctx: RequestContext,
    programme: ProgrammeEntity,
    sourceKind: DecisionEntity['sourceKind'],
    sourceId: string,
    fields: DecisionFields,
  ): Promise<DecisionEntity> {
    const decisions = this.db.tenant(ctx, DecisionEntity);
    return decisions.save(
      decisions.create({
        programmeId: programme.id,
        sourceKind,
        sourceId,
        decision: fields.decision.trim(),
        reason: fields.reason.trim(),
        decidedBy: fields.decidedBy,
        decidedOn: fields.decidedOn,
        result: fields.result?.trim() ?? '',
        sanction: fields.sanction ?? false,
        published: false,
        recordedBy: ctx.userIdOrNull,
      }),
    );
  }

  /** The programme, locked for a change, and refused once archived; NOT_FOUND in another organisation. */
  async openProgramme(em: EntityManager, ctx: RequestContext, programmeId: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.lock(em, ctx, programmeId);
    const refusal = programmeChangeRefusal(programme.status, 'register');
    if (refusal) throw new InvalidTransitionError(refusal);
    return programme;
  }

  async risks(ctx: RequestContext, programmeId: string): Promise<Risk[]> {
    await this.programmes.get(ctx, programmeId);
    const rows = await this.db
      .tenant(ctx, RiskEntity)
      .queryBuilder('r')
      .andWhere('r.programme_id = :programmeId', { programmeId })
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    // Highest weight first, open before closed; the order added breaks ties.
    const rank = { OPEN: 0, MITIGATING: 1, CLOSED: 2 } as const;
    return rows.map(toRisk).sort((a, b) => rank[a.status] - rank[b.status] || b.score - a.score);
  }

  async disagreements(ctx: RequestContext, programmeId: string): Promise<Disagreement[]> {
    await this.programmes.get(ctx, programmeId);
    const rows = await this.db
      .tenant(ctx, DisagreementEntity)
      .queryBuilder('d')
      .andWhere('d.programme_id = :programmeId', { programmeId })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    return rows.map(toDisagreement);
  }

  /** The decisions that arbitrated these disagreements, by disagreement id (batched for a list). */
  async arbitrationsOf(ctx: RequestContext, disagreementIds: readonly string[]): Promise<Decision[]> {
    if (!disagreementIds.length) return [];
    const rows = await this.db
      .tenant(ctx, DecisionEntity)
      .queryBuilder('d')
      .andWhere(`d.source_kind = 'DISAGREEMENT' AND d.source_id IN (:...ids)`, { ids: [...disagreementIds] })
      .getMany();
    return rows.map(toDecision);
  }

  private async openDisagreement(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
  ): Promise<{ programme: ProgrammeEntity; before: DisagreementEntity }> {
    const disagreements = this.db.tenant(ctx, DisagreementEntity);
    const found = await disagreements.get({ id }, 'Disagreement');
    const programme = await this.openProgramme(em, ctx, found.programmeId);
    const before = await disagreements.findOneBy({ id });
    if (!before) throw new NotFoundError('Disagreement', id);
    return { programme, before };
  }
}

/** The groups trimmed, each once (compared without case); a problem naming the field when one repeats. */
function checkGroups(groups: readonly string[]): string[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const trimmed = groups.map((g) => g.trim());
  trimmed.forEach((group, index) => {
    const key = group.toLocaleLowerCase();
    if (seen.has(key)) problems.push({ field: `input.groups[${index}]`, message: 'names a group already listed' });
    seen.add(key);
  });
  if (problems.length) throw new BadInputError(problems);
  return trimmed;
}

/** What a DECISION event says of a decision: its words and reason (the only free text history keeps), who and when. */
export function decisionPayload(row: DecisionEntity): EventPayload {
  return {
    decision: row.decision,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedOn: row.decidedOn,
    sanction: row.sanction,
  };
}

export function toRisk(row: RiskEntity): Risk {
  return {
    id: row.id,
    programmeId: row.programmeId,
    kind: row.kind,
    description: row.description,
    likelihood: row.likelihood,
    impact: row.impact,
    score: riskScore(row.likelihood, row.impact),
    band: riskBand(row.likelihood, row.impact),
    owner: row.owner,
    mitigation: row.mitigation,
    sanction: row.sanction,
    warnings: sanctionWarnings(row.sanction),
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toDisagreement(row: DisagreementEntity): Disagreement {
  return {
    id: row.id,
    programmeId: row.programmeId,
    groups: row.groups,
    subject: row.subject,
    decider: row.decider,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toDecision(row: DecisionEntity): Decision {
  return {
    id: row.id,
    programmeId: row.programmeId,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    decision: row.decision,
    reason: row.reason,
    decidedBy: row.decidedBy,
    decidedOn: row.decidedOn,
    result: row.result,
    sanction: row.sanction,
    warnings: sanctionWarnings(row.sanction),
    published: row.published,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
