import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { DecisionEntity } from './decision.entity';
import type { RecordDecisionInput, UpdateDecisionInput } from './register.inputs';
import type { Decision, DecisionSource } from './register.model';
import { decisionPayload, RegisterService, toDecision } from './register.service';

/** How each kind of source is found in the organisation, and whether it belongs to the programme. */
const SOURCE_CHECKS: Record<Exclude<DecisionSource, 'DISAGREEMENT'>, { sql: string; what: string }> = {
  // A workshop output counts for the programme its workshop was held in.
  WORKSHOP_OUTPUT: {
    sql: `SELECT w.programme_id AS "programmeId" FROM workshop_output o JOIN workshop w ON w.id = o.workshop_id
           WHERE o.organisation_id = $1 AND o.id = $2`,
    what: 'workshop output',
  },
  // Surveys belong to the organisation rather than to one programme.
  SURVEY: { sql: `SELECT NULL::uuid AS "programmeId" FROM survey WHERE organisation_id = $1 AND id = $2`, what: 'survey' },
  // An initiative may name the programme that took it up; one that names another programme does not count.
  INITIATIVE: { sql: `SELECT programme_id AS "programmeId" FROM initiative WHERE organisation_id = $1 AND id = $2`, what: 'initiative' },
};

/**
 * Decisions taken on what people said or did (a workshop output, a survey, an initiative), and
 * what a programme publishes of its decisions. Arbitrations are made by RegisterService; both
 * end up here, on the programme's list and, once published, on its "you said, we did" page.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly register: RegisterService,
  ) {}

  record(ctx: RequestContext, input: RecordDecisionInput): Promise<Decision> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.register.openProgramme(em, ctx, input.programmeId);
      const kind = input.sourceKind as Exclude<DecisionSource, 'DISAGREEMENT'>;
      const check = SOURCE_CHECKS[kind];
      const [source] = await this.db.query<{ programmeId: string | null }>(ctx, check.sql, [ctx.tenantId, input.sourceId]);
      if (!source) throw BadInputError.field('input.sourceId', `is not a ${check.what} of this organisation`);
      if (source.programmeId && source.programmeId !== programme.id)
        throw BadInputError.field('input.sourceId', `is a ${check.what} of another programme`);
      const row = await this.register.saveDecision(ctx, programme, kind, input.sourceId, input);
      await this.programmes.record(ctx, programme, 'DECISION_RECORDED', {
        decisionId: row.id,
        sourceKind: row.sourceKind,
        sourceId: row.sourceId,
        ...decisionPayload(row),
      });
      return toDecision(row);
    });
  }

  /** Sets the result or whether the decision is published; a change of publication is its own event. */
  update(ctx: RequestContext, input: UpdateDecisionInput): Promise<Decision> {
    const changes: Partial<DecisionEntity> = definedOnly({ result: input.result?.trim(), published: input.published });
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give result or published besides decisionId and version');
    return this.db.transaction(ctx, async (em) => {
      const decisions = this.db.tenant(ctx, DecisionEntity);
      const found = await decisions.get({ id: input.decisionId }, 'Decision');
      const programme = await this.register.openProgramme(em, ctx, found.programmeId);
      const before = await decisions.get({ id: input.decisionId }, 'Decision');
      const row = await updateVersioned(
        em,
        DecisionEntity,
        'Decision',
        { id: before.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      if (changes.result !== undefined && changes.result !== before.result)
        await this.programmes.record(ctx, programme, 'DECISION_RESULT_RECORDED', { decisionId: row.id, hasResult: row.result !== '' });
      if (changes.published !== undefined && changes.published !== before.published)
        await this.programmes.record(ctx, programme, row.published ? 'DECISION_PUBLISHED' : 'DECISION_UNPUBLISHED', {
          decisionId: row.id,
          sourceKind: row.sourceKind,
        });
      return toDecision(row);
    });
  }

  /** The programme's decisions, newest first. */
  async ofProgramme(ctx: RequestContext, programmeId: string): Promise<Decision[]> {
    await this.programmes.get(ctx, programmeId);
    const rows = await this.db
      .tenant(ctx, DecisionEntity)
      .queryBuilder('d')
      .andWhere('d.programme_id = :programmeId', { programmeId })
      .orderBy('d.decided_on', 'DESC')
      .addOrderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    return rows.map(toDecision);
  }
}
