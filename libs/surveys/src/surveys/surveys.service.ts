import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  type PageArgs,
  pageWindow,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import { DEFAULT_POLICY_AREAS, driverQuestions } from '@app/workflow';
import { In } from 'typeorm';
import { FORGET_CLIENTS_SQL } from '../link/survey-client';
import type { CloseSurveyInput, CreateSurveyInput, RequireSurveyRespondentTokensInput, RotateSurveyLinkInput } from './survey.inputs';
import { type Survey, type SurveyWithLink, toSurvey } from './survey.model';
import { SurveyEntity, type SurveyQuestion } from './survey.entity';
import { SurveyRespondentTokenEntity } from './survey-respondent-token.entity';
import { isRespondentToken, issueLinkToken, linkTokenHash, responseUrl, SurveyClosedError } from './survey-link';

/** What a link token opens: its survey, and the personal link's row when it is a personal one. */
export interface OpenedLink {
  survey: SurveyEntity;
  personal: SurveyRespondentTokenEntity | null;
}

/**
 * The default questions of these areas, in the areas' order, as a survey keeps them; then, when
 * asked for, the optional driver questions (self-efficacy, and perceived conditions per area:
 * libs/workflow's `driverQuestions`).
 */
export function snapshotQuestions(areas: readonly string[], askDrivers = false): SurveyQuestion[] {
  const index = areas.flatMap((area) => {
    const policyArea = DEFAULT_POLICY_AREAS.find((a) => a.key === area);
    if (!policyArea) throw new RangeError(`No default questions for policy area ${area}`);
    return policyArea.questions.map((q) => ({ key: q.key, area, text: q.text }));
  });
  if (!askDrivers) return index;
  return [...index, ...driverQuestions(areas).map((q) => ({ key: q.key, area: q.area, text: q.text, driver: q.kind }))];
}

/** A survey's index question keys per area, as `computeIndex` takes them (driver questions left out). */
export function questionKeysByArea(survey: Pick<SurveyEntity, 'areas' | 'questions'>): Record<string, string[]> {
  return Object.fromEntries(
    survey.areas.map((area) => [area, survey.questions.filter((q) => q.area === area && !q.driver).map((q) => q.key)]),
  );
}

/** Every key a response may answer, grouped as `findAnswerProblems` takes them: the index's, then the driver questions. */
export function answerKeysByGroup(survey: Pick<SurveyEntity, 'areas' | 'questions'>): Record<string, string[]> {
  return { ...questionKeysByArea(survey), DRIVERS: survey.questions.filter((q) => q.driver).map((q) => q.key) };
}

/**
 * Coproduction-index surveys themselves: create (with the default questions of the chosen
 * areas copied on, and a public response link), rotate the link, close, read. Organisation-level
 * records, so their history has no programme.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly config: AppConfig,
  ) {}

  create(ctx: RequestContext, input: CreateSurveyInput): Promise<SurveyWithLink> {
    return this.db.transaction(ctx, async () => {
      const link = issueLinkToken();
      const surveys = this.db.tenant(ctx, SurveyEntity);
      const survey = await surveys.save(
        surveys.create({
          title: input.title.trim(),
          areas: [...input.areas],
          questions: snapshotQuestions(input.areas, input.askDrivers ?? false),
          samplingMethod: input.samplingMethod,
          purpose: input.purpose?.trim() || null,
          lawfulBasis: input.lawfulBasis ?? null,
          responseTokenHash: link.tokenHash,
          respondentTokensRequired: input.respondentTokensRequired ?? false,
          closedAt: null,
          createdBy: ctx.userIdOrNull,
        }),
      );
      await this.history.record(ctx, {
        type: 'SURVEY_CREATED',
        payload: {
          surveyId: survey.id,
          areas: survey.areas,
          samplingMethod: survey.samplingMethod,
          respondentTokensRequired: survey.respondentTokensRequired,
        },
      });
      return this.withLink(await this.get(ctx, survey.id), link.token);
    });
  }

  /** A new link token; the old one stops working at once. Allowed on a closed survey too (a leaked link), which still takes nothing. */
  rotateLink(ctx: RequestContext, input: RotateSurveyLinkInput): Promise<SurveyWithLink> {
    return this.db.transaction(ctx, async (em) => {
      const current = await this.lock(ctx, input.surveyId);
      const link = issueLinkToken();
      await updateVersioned(
        em,
        SurveyEntity,
        'Survey',
        { id: current.id, organisationId: ctx.tenantId, version: current.version },
        { responseTokenHash: link.tokenHash },
      );
      await this.history.record(ctx, { type: 'SURVEY_LINK_ROTATED', payload: { surveyId: current.id } });
      return this.withLink(await this.get(ctx, current.id), link.token);
    });
  }

  close(ctx: RequestContext, input: CloseSurveyInput): Promise<Survey> {
    return this.db.transaction(ctx, async (em) => {
      const current = await this.lock(ctx, input.surveyId);
      if (current.version !== input.version) throw new ConflictError('Survey', current.version);
      if (current.closedAt) throw new InvalidTransitionError(`The survey was already closed on ${current.closedAt.toISOString()}`);
      await updateVersioned(
        em,
        SurveyEntity,
        'Survey',
        { id: current.id, organisationId: ctx.tenantId, version: input.version },
        { closedAt: new Date() },
      );
      // Nothing more will be paced, so the client hashes are no longer needed as such (see SurveyClientHasher).
      await em.query(FORGET_CLIENTS_SQL, [current.id, randomBytes(32).toString('hex')]);
      const [{ count }] = await em.query(`SELECT count(*)::int AS count FROM survey_response WHERE survey_id = $1`, [current.id]);
      await this.history.record(ctx, { type: 'SURVEY_CLOSED', payload: { surveyId: current.id, responses: count } });
      return this.get(ctx, current.id);
    });
  }

  /**
   * Whether the survey takes answers through personal links only (its open link then refuses
   * them) or through its open link too. Allowed while open; a closed survey takes nothing anyway.
   */
  requireRespondentTokens(ctx: RequestContext, input: RequireSurveyRespondentTokensInput): Promise<Survey> {
    return this.db.transaction(ctx, async (em) => {
      const current = await this.lock(ctx, input.surveyId);
      if (current.version !== input.version) throw new ConflictError('Survey', current.version);
      if (current.closedAt) throw new SurveyClosedError();
      if (current.respondentTokensRequired !== input.required) {
        await updateVersioned(
          em,
          SurveyEntity,
          'Survey',
          { id: current.id, organisationId: ctx.tenantId, version: input.version },
          { respondentTokensRequired: input.required },
        );
        await this.history.record(ctx, {
          type: 'SURVEY_RESPONDENT_TOKENS_REQUIRED',
          payload: { surveyId: current.id, required: input.required },
        });
      }
      return this.get(ctx, current.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Survey> {
    return toSurvey(await this.db.tenant(ctx, SurveyEntity).get({ id }, 'Survey'));
  }

  /** The organisation's surveys with these ids; another organisation's are simply absent. */
  async byIds(ctx: RequestContext, ids: readonly string[]): Promise<Survey[]> {
    if (!ids.length) return [];
    const rows = await this.db.tenant(ctx, SurveyEntity).findBy({ id: In([...new Set(ids)]) });
    return rows.map(toSurvey);
  }

  /** One page of the organisation's surveys, newest first. */
  async page(ctx: RequestContext, args: PageArgs): Promise<[Survey[], number]> {
    const { offset, limit } = pageWindow(args);
    const [rows, total] = await this.db
      .tenant(ctx, SurveyEntity)
      .queryBuilder('s')
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return [rows.map(toSurvey), total];
  }

  /**
   * The survey row, locked until the transaction ends; another organisation's is NOT_FOUND.
   * `share` takes a shared lock: responses added side by side do not wait for each other, but a
   * close waits for them (and they for it), so nothing is added to a survey after it closed.
   */
  async lock(ctx: RequestContext, id: string, mode: 'update' | 'share' = 'update'): Promise<SurveyEntity> {
    const row = await this.db
      .tenant(ctx, SurveyEntity)
      .queryBuilder('s')
      .setLock(mode === 'update' ? 'pessimistic_write' : 'pessimistic_read')
      .andWhere('s.id = :id', { id })
      .getOne();
    if (!row) throw new NotFoundError('Survey', id);
    return row;
  }

  /** The same for an open survey: a closed one is refused, clearly. */
  async lockOpen(ctx: RequestContext, id: string): Promise<SurveyEntity> {
    const row = await this.lock(ctx, id, 'share');
    if (row.closedAt) throw new SurveyClosedError();
    return row;
  }

  /**
   * What a presented link token opens, whatever organisation it belongs to (the token is the
   * credential): the survey of an open link, or the survey and row of a personal link; null for
   * an unknown, malformed or rotated token. `lock` share-locks the survey, so that a close waits
   * for the answer (and the answer for the close).
   */
  async openLink(ctx: RequestContext, token: unknown, lock: boolean): Promise<OpenedLink | null> {
    const hash = linkTokenHash(token);
    if (!hash) return null;
    const em = this.db.manager(ctx.across('PUBLIC_LINKS'));
    const surveys = () => {
      const query = em.getRepository(SurveyEntity).createQueryBuilder('s');
      return lock ? query.setLock('pessimistic_read') : query;
    };
    if (!isRespondentToken(token)) {
      const survey = await surveys().where('s.response_token_hash = :hash', { hash }).getOne();
      return survey ? { survey, personal: null } : null;
    }
    const personal = await em.getRepository(SurveyRespondentTokenEntity).findOneBy({ tokenHash: hash });
    if (!personal) return null;
    const survey = await surveys().where('s.id = :id', { id: personal.surveyId }).getOne();
    return survey ? { survey, personal } : null;
  }

  private withLink(survey: Survey, token: string): SurveyWithLink {
    return { survey, responseToken: token, responseUrl: responseUrl(this.config.publicUrl, token) };
  }
}
