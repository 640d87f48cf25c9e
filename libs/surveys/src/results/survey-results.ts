import {
  ASSOCIATION_CAVEAT,
  compareIndices,
  computeIndex,
  type DriverKind,
  driverAssociations,
  EFFORT_KIND_INFO,
  effortPattern,
  questionResults,
  selfEfficacySummary,
  type Frequency,
  REFERENCE_INDEX_2008,
  type SamplingMethod,
  SAMPLING_METHODS,
  sampleCaveats,
  SMALL_SAMPLE,
} from '@app/workflow';
import { areaLabel, type Survey, type SurveyPolicyArea, SurveyResponseChannel, type SurveySamplingMethod } from '../surveys/survey.model';
import type { SurveyDriverResults } from './survey-results.model';
import { questionKeysByArea } from '../surveys/surveys.service';
import type { CoproductionIndexReference, SurveyComparison, SurveyResults } from './survey-results.model';

export interface StoredResponse {
  answers: Record<string, string>;
  channel: string;
  /** The keyed hash of the client, for open-link answers only. */
  clientHash?: string | null;
}

/** How many open-link answers came from a client that sent more than one, and the most from one client. */
export function repeatedClients(responses: readonly StoredResponse[]): {
  answersFromRepeatedClients: number;
  mostAnswersFromOneClient: number;
} {
  const perClient = new Map<string, number>();
  for (const r of responses) if (r.clientHash) perClient.set(r.clientHash, (perClient.get(r.clientHash) ?? 0) + 1);
  let answersFromRepeatedClients = 0;
  let mostAnswersFromOneClient = 0;
  for (const answers of perClient.values()) {
    if (answers > 1) answersFromRepeatedClients += answers;
    mostAnswersFromOneClient = Math.max(mostAnswersFromOneClient, answers);
  }
  return { answersFromRepeatedClients, mostAnswersFromOneClient };
}

/** REFERENCE_INDEX_2008 as the API shows it, with area labels. */
export const REFERENCE: CoproductionIndexReference = {
  citation: REFERENCE_INDEX_2008.citation,
  year: REFERENCE_INDEX_2008.year,
  method: REFERENCE_INDEX_2008.method,
  respondentsPerCountry: REFERENCE_INDEX_2008.respondentsPerCountry,
  countries: REFERENCE_INDEX_2008.countries.map((c) => ({ ...c })),
  overall: REFERENCE_INDEX_2008.overall,
  byArea: REFERENCE_INDEX_2008.byArea.map((a) => ({ area: a.area as SurveyPolicyArea, label: areaLabel(a.area), index: a.index! })),
  subIndices: REFERENCE_INDEX_2008.subIndices.map((s) => ({ ...s, area: s.area as SurveyPolicyArea })),
  byCountry: REFERENCE_INDEX_2008.byCountry.map((c) => ({ ...c })),
};

function referenceIndex(area: string): number | null {
  return REFERENCE_INDEX_2008.byArea.find((a) => a.area === area)?.index ?? null;
}

/**
 * A survey's results: `computeIndex` over its responses, never without the sample size, the
 * sampling method and its caveats, the count per channel, how many open-link answers came from
 * one client, and the 2008 reference beside it.
 */
export function buildResults(
  survey: Pick<Survey, 'areas' | 'questions' | 'samplingMethod'> & Partial<Pick<Survey, 'driverQuestions'>>,
  responses: readonly StoredResponse[],
): SurveyResults {
  const perQuestion = questionResults(
    survey.questions.map((q) => q.key),
    responses,
  );
  const index = computeIndex(
    survey.areas,
    responses.map((r) => ({ answers: r.answers as Record<string, Frequency> })),
    questionKeysByArea(survey),
  );
  const method = survey.samplingMethod as SamplingMethod;
  const counts = new Map<string, number>(Object.values(SurveyResponseChannel).map((c) => [c, 0]));
  for (const r of responses) counts.set(r.channel, (counts.get(r.channel) ?? 0) + 1);
  return {
    sampleSize: index.sampleSize,
    overall: index.overall,
    byArea: index.byArea.map((a) => ({
      area: a.area as SurveyPolicyArea,
      label: areaLabel(a.area),
      index: a.index,
      respondents: a.respondents,
      note: a.note ?? null,
      referenceIndex: referenceIndex(a.area),
    })),
    note: index.note ?? null,
    sampling: { method: method as SurveySamplingMethod, label: SAMPLING_METHODS[method].label, caveat: SAMPLING_METHODS[method].caveat },
    caveats: sampleCaveats(index.sampleSize, method),
    responsesByChannel: Object.values(SurveyResponseChannel).map((channel) => ({ channel, count: counts.get(channel) ?? 0 })),
    ...repeatedClients(responses),
    reference: REFERENCE,
    questionResults: perQuestion.map((r, i) => ({ ...r, area: survey.questions[i].area, text: survey.questions[i].text })),
    effortPattern: effortPattern(perQuestion).map((e) => ({ ...e, ...EFFORT_KIND_INFO[e.effort] })),
    drivers: driverResults(survey, responses),
  };
}

/** The driver questions' results, when the survey asked any (libs/workflow's `driverAssociations`). */
function driverResults(
  survey: Pick<Survey, 'areas' | 'questions'> & Partial<Pick<Survey, 'driverQuestions'>>,
  responses: readonly StoredResponse[],
): SurveyDriverResults | null {
  const asked = survey.driverQuestions ?? [];
  if (asked.length === 0) return null;
  const associations = driverAssociations(
    responses,
    questionKeysByArea(survey),
    asked.map((q) => ({ key: q.key, kind: q.kind as DriverKind, area: q.area, text: q.text })),
    areaLabel,
  );
  const caveats = [ASSOCIATION_CAVEAT];
  if (responses.length > 0 && responses.length < SMALL_SAMPLE)
    caveats.push(
      `Only ${responses.length} ${responses.length === 1 ? 'response' : 'responses'}: with so few, a coefficient can swing a long way with a few more answers.`,
    );
  return {
    selfEfficacy: asked.some((q) => q.kind === 'SELF_EFFICACY') ? selfEfficacySummary(responses) : null,
    associations: associations.map((a) => ({ ...a, area: a.area as SurveyPolicyArea | null })),
    caveats,
  };
}

type Compared = Pick<Survey, 'areas' | 'samplingMethod' | 'createdAt' | 'title'>;

/** The change from one survey to another (`compareIndices`), with what to bear in mind reading it. */
export function buildComparison(
  earlier: Compared,
  earlierResults: SurveyResults,
  later: Compared,
  laterResults: SurveyResults,
): Pick<SurveyComparison, 'overall' | 'byArea' | 'notes'> {
  const compared = compareIndices(earlierResults, laterResults);
  const notes: string[] = [];
  for (const [which, results] of [
    ['earlier', earlierResults],
    ['later', laterResults],
  ] as const) {
    if (results.sampleSize === 0) notes.push(`The ${which} survey has no responses yet, so there is no change to show.`);
    else if (results.sampleSize < SMALL_SAMPLE) {
      notes.push(
        `The ${which} survey has only ${results.sampleSize} ${results.sampleSize === 1 ? 'response' : 'responses'}: a change of a few points may be chance.`,
      );
    }
  }
  if (earlier.samplingMethod !== later.samplingMethod) {
    notes.push(
      `The surveys were drawn differently (${SAMPLING_METHODS[earlier.samplingMethod as SamplingMethod].label}, then ${SAMPLING_METHODS[later.samplingMethod as SamplingMethod].label}): ` +
        'part of any change may come from who answered rather than from what people do.',
    );
  }
  const sameAreas = earlier.areas.length === later.areas.length && earlier.areas.every((a) => later.areas.includes(a));
  if (!sameAreas)
    notes.push('The surveys cover different policy areas, so their overall indices average different things: compare area by area.');
  if (earlier.createdAt > later.createdAt)
    notes.push('The "earlier" survey was created after the "later" one, so the change reads backwards in time.');
  return {
    overall: compared.overall,
    byArea: compared.byArea.map((a) => ({ ...a, area: a.area as SurveyPolicyArea, label: areaLabel(a.area) })),
    notes,
  };
}
