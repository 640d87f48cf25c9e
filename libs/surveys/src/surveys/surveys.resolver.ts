import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Action, alignByKey, Can, type Connection, Ctx, type GqlContext, loaderFor, RequestContext, toConnection } from '@app/common';
import { SurveyResponseRecord } from '../responses/survey-response.model';
import { SurveyResponsesService } from '../responses/survey-responses.service';
import { SurveyComparison, SurveyResults, SurveySelfEfficacyTrend } from '../results/survey-results.model';
import { SurveyResultsService } from '../results/survey-results.service';
import { SurveyRespondentTokensService } from '../respondents/survey-respondent-tokens.service';
import {
  CloseSurveyInput,
  CreateSurveyInput,
  IssueSurveyRespondentTokensInput,
  RecordSurveyResponseInput,
  RequireSurveyRespondentTokensInput,
  RotateSurveyLinkInput,
} from './survey.inputs';
import { IssuedSurveyRespondentTokens, Survey, SurveyConnection, SurveyRespondentTokenCounts, SurveyWithLink } from './survey.model';
import { SurveyArgs, SurveyComparisonArgs, SurveysArgs } from './surveys.args';
import { SurveysService } from './surveys.service';

/**
 * Coproduction-index surveys. Creating, closing and rotating the link is PLAN, as for
 * every survey (libs/common/src/policy.ts). Entering one paper or doorstep response is
 * CONTRIBUTE: it is data capture, like a measurement or workshop output, and a resident needs
 * no account at all to answer through the link, so asking more of a staff member typing in a
 * form would make no sense.
 * Importing a file of responses stays PLAN, like every CSV import, and so do personal links
 * (issuing them, requiring them): they decide who may answer. Reading is READ.
 */
@Resolver(() => Survey)
export class SurveysResolver {
  constructor(
    private readonly surveyService: SurveysService,
    private readonly responses: SurveyResponsesService,
    private readonly resultsService: SurveyResultsService,
    private readonly tokenService: SurveyRespondentTokensService,
  ) {}

  @Query(() => SurveyConnection, { description: "The organisation's surveys, newest first." })
  @Can(Action.READ)
  async surveys(@Ctx() ctx: RequestContext, @Args() args: SurveysArgs): Promise<Connection<Survey>> {
    const [rows, total] = await this.surveyService.page(ctx, args);
    return toConnection(rows, total, args);
  }

  @Query(() => Survey)
  @Can(Action.READ)
  survey(@Ctx() ctx: RequestContext, @Args() args: SurveyArgs): Promise<Survey> {
    return this.surveyService.get(ctx, args.id);
  }

  @Query(() => SurveyComparison, {
    description: 'How the index moved from one survey to a later one, overall and per area, with what to bear in mind reading the change.',
  })
  @Can(Action.READ)
  surveyComparison(@Ctx() ctx: RequestContext, @Args() args: SurveyComparisonArgs): Promise<SurveyComparison> {
    return this.resultsService.compare(ctx, args.earlierId, args.laterId);
  }

  @Query(() => SurveySelfEfficacyTrend, {
    description:
      'How residents answered the self-efficacy question in each survey that asked it, oldest first, with sample sizes and what to bear in mind.',
  })
  @Can(Action.READ)
  surveySelfEfficacyTrend(@Ctx() ctx: RequestContext): Promise<SurveySelfEfficacyTrend> {
    return this.resultsService.selfEfficacyTrend(ctx);
  }

  @Mutation(() => SurveyWithLink, {
    description:
      'Creates a survey over the given policy areas, copying their five default questions onto it, and issues its public response link. The link token is in ' +
      'this answer only: the server keeps just its hash.',
  })
  @Can(Action.PLAN)
  createSurvey(@Ctx() ctx: RequestContext, @Args('input') input: CreateSurveyInput): Promise<SurveyWithLink> {
    return this.surveyService.create(ctx, input);
  }

  @Mutation(() => SurveyWithLink, { description: 'Issues a new public response link; the previous one stops working at once (404).' })
  @Can(Action.PLAN)
  rotateSurveyLink(@Ctx() ctx: RequestContext, @Args('input') input: RotateSurveyLinkInput): Promise<SurveyWithLink> {
    return this.surveyService.rotateLink(ctx, input);
  }

  @Mutation(() => Survey, {
    description: 'Closes the survey: no more responses by any channel (the link answers that it has closed); results stay readable.',
  })
  @Can(Action.PLAN)
  closeSurvey(@Ctx() ctx: RequestContext, @Args('input') input: CloseSurveyInput): Promise<Survey> {
    return this.surveyService.close(ctx, input);
  }

  @Mutation(() => IssuedSurveyRespondentTokens, {
    description:
      'Issues personal single-use links, one per person on a list you send the survey to. Each link answers once; a second answer through it is refused. ' +
      'The links are in this answer only (the server keeps just their hashes). Refused on a closed survey (INVALID_TRANSITION).',
  })
  @Can(Action.PLAN)
  issueSurveyRespondentTokens(
    @Ctx() ctx: RequestContext,
    @Args('input') input: IssueSurveyRespondentTokensInput,
  ): Promise<IssuedSurveyRespondentTokens> {
    return this.tokenService.issue(ctx, input);
  }

  @Mutation(() => Survey, {
    description:
      'Makes the survey take answers through personal links only (the open link then refuses them with FORBIDDEN), or through its open link again.',
  })
  @Can(Action.PLAN)
  requireSurveyRespondentTokens(@Ctx() ctx: RequestContext, @Args('input') input: RequireSurveyRespondentTokensInput): Promise<Survey> {
    return this.surveyService.requireRespondentTokens(ctx, input);
  }

  @Mutation(() => SurveyResponseRecord, {
    description:
      'Enters one response by hand (a paper form, a doorstep interview). Refused on a closed survey (INVALID_TRANSITION); bad answers are BAD_USER_INPUT naming each question.',
  })
  @Can(Action.CONTRIBUTE)
  recordSurveyResponse(@Ctx() ctx: RequestContext, @Args('input') input: RecordSurveyResponseInput): Promise<SurveyResponseRecord> {
    return this.responses.record(ctx, input);
  }

  @ResolveField(() => SurveyResults, {
    description:
      'The coproduction index per area and overall (0–100), with the sample size, how it was drawn and the 2008 reference figures beside it.',
  })
  async results(@Parent() survey: Survey, @Ctx() ctx: RequestContext, @Context() gql: GqlContext): Promise<SurveyResults> {
    const loader = loaderFor<Survey, SurveyResults, string>(
      gql,
      'survey.results',
      (surveys) => this.resultsService.resultsOf(ctx, surveys),
      (s) => s.id,
    );
    return (await loader.load(survey))!;
  }

  @ResolveField(() => SurveyRespondentTokenCounts, {
    description: 'Personal single-use links issued for this survey, and how many have answered.',
  })
  async respondentTokens(
    @Parent() survey: Survey,
    @Ctx() ctx: RequestContext,
    @Context() gql: GqlContext,
  ): Promise<SurveyRespondentTokenCounts> {
    const loader = loaderFor<string, SurveyRespondentTokenCounts, string>(gql, 'survey.respondentTokens', (ids) =>
      this.tokenService.countsOf(ctx, ids),
    );
    return (await loader.load(survey.id))!;
  }
}

/** `SurveyResponseRecord.survey`, so a client that entered a response can read the new results. */
@Resolver(() => SurveyResponseRecord)
export class SurveyResponseFieldsResolver {
  constructor(private readonly surveys: SurveysService) {}

  @ResolveField(() => Survey)
  survey(@Parent() response: SurveyResponseRecord, @Ctx() ctx: RequestContext, @Context() gql: GqlContext) {
    return loaderFor<string, Survey>(gql, 'survey.byId', async (ids) =>
      alignByKey(ids, await this.surveys.byIds(ctx, ids), (s) => s.id),
    ).load(response.surveyId);
  }
}
