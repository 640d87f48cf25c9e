import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, RequestContext } from '@app/common';
import { SurveyForm, SurveySubmission } from '../responses/survey-response.model';
import { SurveyResponsesService } from '../responses/survey-responses.service';
import { SubmitSurveyResponseInput } from '../surveys/survey.inputs';
import { SurveyFormArgs } from '../surveys/surveys.args';

/**
 * The public response link through GraphQL, for anyone holding its token, signed in or not.
 * The token opens its own survey and nothing else: the form shows only the title and
 * questions, an answer says only "received". GET and POST /responses/<token> do the same.
 */
@Resolver(() => SurveyForm)
export class SurveyLinkResolver {
  constructor(private readonly responses: SurveyResponsesService) {}

  @Query(() => SurveyForm, {
    description:
      'The form behind a public response link: title and questions only. NOT_FOUND for an unknown or rotated token; INVALID_TRANSITION once closed.',
  })
  @Public()
  surveyForm(@Ctx() ctx: RequestContext, @Args() args: SurveyFormArgs): Promise<SurveyForm> {
    return this.responses.form(ctx, args.token);
  }

  @Mutation(() => SurveySubmission, {
    description:
      'Answers a survey through its public response link, without an account. Only that survey’s questions are accepted (others are BAD_USER_INPUT, named); ' +
      'NOT_FOUND for an unknown or rotated token; INVALID_TRANSITION once the survey is closed.',
  })
  @Public()
  submitSurveyResponse(@Ctx() ctx: RequestContext, @Args('input') input: SubmitSurveyResponseInput): Promise<SurveySubmission> {
    return this.responses.submit(ctx, input);
  }
}
