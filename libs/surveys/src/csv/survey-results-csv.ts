import type { CsvColumn } from '@app/http';
import type { SurveyAreaResult, SurveyQuestionResult, SurveyResults } from '../results/survey-results.model';
import { SurveyResponseChannel, type Survey } from '../surveys/survey.model';

/**
 * # The survey results CSV export
 *
 * `GET /exports/survey-results.csv`: every survey of the organisation with its results, one row
 * per survey and policy area it asks about. READ: every role. Surveys belong to the organisation,
 * not to a programme, so this export takes no `programmeId` (one is refused, saying so). Written
 * by libs/http's `csvTable`, as every export: UTF-8 with a byte-order mark, RFC 4180 quoting, text
 * cells escaped against formula injection.
 *
 * The figures are `SurveyResultsService.resultsOf`'s, the ones the app shows (the index is
 * libs/workflow's `computeIndex`: 0 to 100, one decimal; empty, never 0, when nobody counts).
 * Surveys come in the order they were created, each survey's areas in the order it asks them.
 * The survey's own figures repeat on each of its rows. Codes are the API's; times are
 * `YYYY-MM-DD HH:MM` in the organisation's time zone. The columns, in this order:
 *
 * | column                    | what it holds                                                            |
 * |---------------------------|--------------------------------------------------------------------------|
 * | survey_id, survey         | its id and title                                                         |
 * | created_at                | when it was created                                                      |
 * | closed_at                 | when it was closed; empty while it takes responses                       |
 * | sampling_method           | SELF_SELECTED_ONLINE, RANDOM_SAMPLE, DOOR_TO_DOOR, WORKSHOP or OTHER      |
 * | responses                 | responses received by every channel                                      |
 * | responses_link, responses_entered, responses_csv | of which through the response links, typed in by staff, imported |
 * | answers_from_repeated_clients | open-link answers from a client that sent more than one              |
 * | overall_index             | the survey's index: the mean of its areas' indices                       |
 * | area                      | the policy area's code (e.g. COMMUNITY_SAFETY)                            |
 * | area_label                | its name                                                                 |
 * | area_index                | the area's index                                                         |
 * | area_respondents          | respondents who answered at least 3 of the area's questions              |
 * | area_note                 | why the area's index is empty, when it is                                |
 * | reference_index_2008      | the same area in the 2008 five-country survey; empty where none was published |
 *
 * # The survey questions CSV export
 *
 * `GET /exports/survey-questions.csv`: the same surveys, one row per survey and question it asks
 * (the index's questions, in the survey's order), for reading results question by question in a
 * spreadsheet: which acts residents do often, and which they rarely do. Same access, order, times
 * and escaping as the results export. The columns, in this order:
 *
 * | column                    | what it holds                                                            |
 * |---------------------------|--------------------------------------------------------------------------|
 * | survey_id, survey         | its id and title                                                         |
 * | closed_at                 | when it was closed; empty while it takes responses                       |
 * | sampling_method           | as in the results export                                                 |
 * | responses                 | responses received by every channel                                      |
 * | question_key, question    | the question's key and its words                                         |
 * | area, area_label          | the policy area it belongs to, as a code and by name                     |
 * | effort                    | the kind of effort it asks: how much the act asks of a resident (the API's SurveyEffortKind) |
 * | answered                  | residents who answered it (its sample size)                              |
 * | often                     | of whom answered "often"                                                 |
 * | often_share               | often / answered, 0 to 1 to three decimals; empty when nobody answered   |
 */

/** One area of one survey's results (survey-results-csv.service.ts). */
export interface SurveyAreaExportRecord {
  survey: Survey;
  results: SurveyResults;
  area: SurveyAreaResult;
  createdAt: string;
  closedAt: string | null;
}

const byChannel = (r: SurveyAreaExportRecord, channel: SurveyResponseChannel) =>
  r.results.responsesByChannel.find((c) => c.channel === channel)?.count ?? 0;

export const SURVEY_RESULTS_CSV_COLUMNS: readonly CsvColumn<SurveyAreaExportRecord>[] = [
  { name: 'survey_id', cell: (r) => r.survey.id },
  { name: 'survey', cell: (r) => r.survey.title },
  { name: 'created_at', cell: (r) => r.createdAt },
  { name: 'closed_at', cell: (r) => r.closedAt },
  { name: 'sampling_method', cell: (r) => r.survey.samplingMethod },
  { name: 'responses', cell: (r) => r.results.sampleSize },
  { name: 'responses_link', cell: (r) => byChannel(r, SurveyResponseChannel.LINK) },
  { name: 'responses_entered', cell: (r) => byChannel(r, SurveyResponseChannel.ENTERED) },
  { name: 'responses_csv', cell: (r) => byChannel(r, SurveyResponseChannel.CSV) },
  { name: 'answers_from_repeated_clients', cell: (r) => r.results.answersFromRepeatedClients },
  { name: 'overall_index', cell: (r) => r.results.overall },
  { name: 'area', cell: (r) => r.area.area },
  { name: 'area_label', cell: (r) => r.area.label },
  { name: 'area_index', cell: (r) => r.area.index },
  { name: 'area_respondents', cell: (r) => r.area.respondents },
  { name: 'area_note', cell: (r) => r.area.note },
  { name: 'reference_index_2008', cell: (r) => r.area.referenceIndex },
];

/** One question of one survey's results (survey-results-csv.service.ts). */
export interface SurveyQuestionExportRecord {
  survey: Survey;
  results: SurveyResults;
  question: SurveyQuestionResult;
  closedAt: string | null;
}

export const SURVEY_QUESTIONS_CSV_COLUMNS: readonly CsvColumn<SurveyQuestionExportRecord>[] = [
  { name: 'survey_id', cell: (r) => r.survey.id },
  { name: 'survey', cell: (r) => r.survey.title },
  { name: 'closed_at', cell: (r) => r.closedAt },
  { name: 'sampling_method', cell: (r) => r.survey.samplingMethod },
  { name: 'responses', cell: (r) => r.results.sampleSize },
  { name: 'question_key', cell: (r) => r.question.key },
  { name: 'question', cell: (r) => r.question.text },
  { name: 'area', cell: (r) => r.question.area },
  { name: 'area_label', cell: (r) => r.results.byArea.find((a) => a.area === r.question.area)?.label ?? null },
  { name: 'effort', cell: (r) => r.question.effort },
  { name: 'answered', cell: (r) => r.question.answered },
  { name: 'often', cell: (r) => r.question.often },
  { name: 'often_share', cell: (r) => r.question.oftenShare },
];
