import { SurveyRespondentTokenEntity } from './surveys/survey-respondent-token.entity';
import { SurveyResponseEntity } from './surveys/survey-response.entity';
import { SurveyEntity } from './surveys/survey.entity';

export const SURVEY_ENTITIES = [SurveyEntity, SurveyResponseEntity, SurveyRespondentTokenEntity];
