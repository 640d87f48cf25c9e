import { FREQUENCIES, type Frequency, MIN_ANSWERS_PER_AREA } from './survey-index';

/**
 * Hidden coproduction: what residents say they do beside what the organisation has mapped.
 *
 * Residents report far more coproduction than officials expect (Loeffler et al. 2008), and
 * officials know little of what goes on in their own field and area (Boyle, Clark & Burns 2006).
 * So a survey that finds much activity in an area where the map holds little points to where
 * the map is most likely incomplete: "look here first".
 *
 * The rule
 * --------
 *   activity of an area  = share of "often" among the answers of the respondents who count in
 *                          the area (answered at least MIN_ANSWERS_PER_AREA of its questions,
 *                          as for the index)
 *   much activity        = that share is at least MUCH_ACTIVITY_SHARE (half of the answers)
 *   little on the map    = at most LITTLE_MAPPED_AT_MOST initiatives recorded in the area
 *   look here first      = much activity and little on the map
 *
 * With fewer than MIN_RESPONDENTS_FOR_SIGNAL respondents counting in the area, or no survey at
 * all, there is no verdict either way (null): a handful of answers cannot tell an under-mapped
 * area from a keen group of respondents, and a guess would send people to the wrong place.
 */

/** Respondents who must count in an area before its activity is compared with the map. */
export const MIN_RESPONDENTS_FOR_SIGNAL = 30;
/** At least this share of "often" answers (0–1) is much activity. */
export const MUCH_ACTIVITY_SHARE = 0.5;
/** At most this many initiatives recorded in an area is little on the map. */
export const LITTLE_MAPPED_AT_MOST = 2;

/** What one survey says about one area: the respondents who count there and their answers. */
export interface AreaActivity {
  respondents: number;
  /** Answers of those respondents to the area's questions. */
  answers: number;
  /** Of which "often". */
  oftenAnswers: number;
}

export interface HiddenCoproductionVerdict {
  lookHereFirst: boolean;
  /** Share of "often" answers, 0–1, three decimals. */
  oftenShare: number;
  respondents: number;
  mappedInitiatives: number;
  /** In plain words, with the figures. */
  explanation: string;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Share of "often" answers, 0–1, to three decimals; null without answers. */
export function oftenShare(oftenAnswers: number, answers: number): number | null {
  if (answers <= 0) return null;
  return Math.round((oftenAnswers / answers) * 1000) / 1000;
}

/**
 * The comparison for one area, or null when there is nothing to compare with (no survey, the
 * area not in it, or too few respondents counting there).
 */
export function compareActivityWithMap(
  areaName: string,
  activity: AreaActivity | null | undefined,
  mappedInitiatives: number,
): HiddenCoproductionVerdict | null {
  if (!activity || activity.respondents < MIN_RESPONDENTS_FOR_SIGNAL) return null;
  const share = oftenShare(activity.oftenAnswers, activity.answers);
  if (share === null) return null;
  // On the counts, not the rounded share: 999 of 2,000 is under half though it rounds to 0.5.
  const much = activity.oftenAnswers >= MUCH_ACTIVITY_SHARE * activity.answers;
  const little = mappedInitiatives <= LITTLE_MAPPED_AT_MOST;
  const residents = `${activity.respondents} residents answered about ${areaName}; ${percent(share)} of their answers were "often"`;
  const mapped = `the map records ${mappedInitiatives} ${mappedInitiatives === 1 ? 'initiative' : 'initiatives'} there`;
  let explanation: string;
  if (much && little) {
    explanation = `Look here first: ${residents}, yet ${mapped}. Residents seem to do more than has been mapped; ask them what goes on.`;
  } else if (much) {
    explanation = `${residents}, and ${mapped}: the map already holds a fair part of it.`;
  } else {
    explanation = `${residents}, fewer than half, and ${mapped}: the survey does not point to missing activity here.`;
  }
  return { lookHereFirst: much && little, oftenShare: share, respondents: activity.respondents, mappedInitiatives, explanation };
}

/**
 * Counts the activity of one area in a survey's responses (the same counting rule as the index:
 * a respondent counts with at least MIN_ANSWERS_PER_AREA answers, fewer if the area has fewer
 * questions).
 */
export function areaActivity(
  questionKeys: readonly string[],
  responses: ReadonlyArray<{ answers: Readonly<Record<string, Frequency | string | null | undefined>> }>,
): AreaActivity {
  const minAnswers = Math.min(MIN_ANSWERS_PER_AREA, questionKeys.length);
  let respondents = 0;
  let answers = 0;
  let oftenAnswers = 0;
  for (const response of responses) {
    let answered = 0;
    let often = 0;
    for (const key of questionKeys) {
      const value = response.answers[key];
      if (!(FREQUENCIES as readonly unknown[]).includes(value)) continue;
      answered += 1;
      if (value === 'OFTEN') often += 1;
    }
    if (answered === 0 || answered < minAnswers) continue;
    respondents += 1;
    answers += answered;
    oftenAnswers += often;
  }
  return { respondents, answers, oftenAnswers };
}

/** Areas whose verdict says "look here first", for the Map it checklist. */
export interface HiddenCoproductionFacts {
  /** Whether a survey had enough respondents in at least one area of the map to compare. */
  compared: boolean;
  lookHereFirst: ReadonlyArray<{ area: string; oftenShare: number; respondents: number; mappedInitiatives: number }>;
}

/** The checklist's wording for those facts. */
export function describeHiddenCoproduction(facts: HiddenCoproductionFacts): { satisfied: boolean; explanation: string } {
  if (!facts.compared) {
    return {
      satisfied: false,
      explanation: `No residents' survey has at least ${MIN_RESPONDENTS_FOR_SIGNAL} respondents in an area of the map yet, so the map cannot be checked against what residents say they do.`,
    };
  }
  if (facts.lookHereFirst.length === 0) {
    return { satisfied: true, explanation: 'The latest residents’ survey points to no area where much more goes on than the map shows.' };
  }
  const areas = facts.lookHereFirst
    .map((a) => `${a.area} (${percent(a.oftenShare)} "often" from ${a.respondents} residents; ${a.mappedInitiatives} on the map)`)
    .join('; ');
  return { satisfied: false, explanation: `Look here first: residents report much more than the map shows in ${areas}.` };
}
