import { Module } from '@nestjs/common';
import { PlainHttpModule } from '@app/http';
import { MappingModule } from '@app/mapping';
import { SurveyResponsesCsvController } from './csv/survey-responses-csv.controller';
import { SurveyResponsesCsvService } from './csv/survey-responses-csv.service';
import { SurveyResultsCsvController } from './csv/survey-results-csv.controller';
import { SurveyResultsCsvService } from './csv/survey-results-csv.service';
import { SurveyClientHasher } from './link/survey-client';
import { SurveyLinkController } from './link/survey-link.controller';
import { SurveyLinkPace } from './link/survey-link-pace';
import { SurveyLinkResolver } from './link/survey-link.resolver';
import { SurveyRespondentTokensService } from './respondents/survey-respondent-tokens.service';
import { SurveyResponsesService } from './responses/survey-responses.service';
import { SurveyAreaActivity } from './results/survey-area-activity';
import { SurveyResultsService } from './results/survey-results.service';
import { SurveyResponseFieldsResolver, SurveysResolver } from './surveys/surveys.resolver';
import { SurveysService } from './surveys/surveys.service';

/**
 * Coproduction-index surveys of residents: surveys over policy areas, responses by a public link
 * (paced per client) or personal single-use links, by hand or by CSV, and the index per area and overall beside the 2008 figures. PlainHttpModule
 * brings the CSV body parser the import streams through.
 */
@Module({
  imports: [PlainHttpModule, MappingModule],
  providers: [
    SurveysService,
    SurveyResponsesService,
    SurveyRespondentTokensService,
    SurveyClientHasher,
    SurveyLinkPace,
    SurveyResultsService,
    SurveyAreaActivity,
    SurveyResponsesCsvService,
    SurveyResultsCsvService,
    SurveysResolver,
    SurveyResponseFieldsResolver,
    SurveyLinkResolver,
  ],
  controllers: [SurveyLinkController, SurveyResponsesCsvController, SurveyResultsCsvController],
  exports: [SurveysService, SurveyResultsService, SurveyResponsesService],
})
export class SurveysModule {}
