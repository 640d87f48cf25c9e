import { Injectable } from '@nestjs/common';
import { BadInputError, definedOnly, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { OrganisationsService } from '@app/identity';
import { InitiativesService } from '@app/mapping';
import { ProgrammesService } from '@app/programmes';
import { SurveysService } from '@app/surveys';
import { WorkshopOutputsService } from '@app/workshops';
import { DecisionEntity } from './decision.entity';
import type { RecordDecisionInput, UpdateDecisionInput } from './register.inputs';
import type { Decision, DecisionSource } from './register.model';
import { decisionPayload, RegisterService, toDecision } from './register.service';

/** What each kind of source is called in a refusal. */
const SOURCE_NAMES: Record<Exclude<DecisionSource, 'DISAGREEMENT'>, string> = {
  WORKSHOP_OUTPUT: 'workshop output',
  SURVEY: 'survey',
  INITIATIVE: 'initiative',
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
    private readonly organisations: OrganisationsService,
    private readonly workshopOutputs: WorkshopOutputsService,
    private readonly surveys: SurveysService,
    private readonly initiatives: InitiativesService,
  ) {}

  record(ctx: RequestContext, input: RecordDecisionInput): Promise<Decision> {
    return this.db.transaction(ctx, async (em) => {
      const programme = await this.register.openProgramme(em, ctx, input.programmeId);
      const kind = input.sourceKind as Exclude<DecisionSource, 'DISAGREEMENT'>;
      const what = SOURCE_NAMES[kind];
      const source = await this.sourceOf(ctx, kind, input.sourceId);
      if (!source) throw BadInputError.field('input.sourceId', `is not a ${what} of this organisation`);
      if (source.programmeId && source.programmeId !== programme.id)
        throw BadInputError.field('input.sourceId', `is a ${what} of another programme`);
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

  /**
   * The source in the organisation, asked of the library that owns it, and the programme it
   * belongs to: a workshop output counts for the programme its workshop was held in; surveys
   * belong to the organisation rather than to one programme; an initiative may name the programme
   * that took it up (one that names another programme does not count). Null when not found.
   */
  private async sourceOf(
    ctx: RequestContext,
    kind: Exclude<DecisionSource, 'DISAGREEMENT'>,
    id: string,
  ): Promise<{ programmeId: string | null } | null> {
    switch (kind) {
      case 'WORKSHOP_OUTPUT': {
        const found = await this.workshopOutputs.summaries(ctx, [id], await this.organisations.timeZone(ctx));
        return found.get(id) ?? null;
      }
      case 'SURVEY': {
        const [survey] = await this.surveys.byIds(ctx, [id]);
        return survey ? { programmeId: null } : null;
      }
      case 'INITIATIVE': {
        const [initiative] = await this.initiatives.byIds(ctx, [id]);
        return initiative ?? null;
      }
    }
  }
}
