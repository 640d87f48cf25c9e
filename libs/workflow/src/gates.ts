import { describeHiddenCoproduction, type HiddenCoproductionFacts } from './hidden-coproduction';
import type { Step } from './steps';

// A checklist item is either ticked by a person or carries a rule that is checked against
// facts the services supply, so nobody has to tick what the records already show.
export const CHECKLIST_KINDS = ['MANUAL', 'EVIDENCED'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export function isChecklistKind(value: string): value is ChecklistKind {
  return (CHECKLIST_KINDS as readonly string[]).includes(value);
}

export interface RuleVerdict {
  satisfied: boolean;
  /** For end users: what is done, or what is still missing. */
  explanation: string;
}

export interface TaskFacts {
  total: number;
  done: number;
}

/**
 * What the services know about the programme step whose gate is checked.
 * Rules over other records (initiatives, pilots, participants…) add their own OPTIONAL group
 * here, so callers that do not load it keep compiling; a rule whose group is missing
 * reports the item as not yet satisfied instead of failing.
 */
/** What the organisation's map holds (Map it). */
export interface MappingFacts {
  activeServiceAreas: number;
  /** Active service areas with at least one initiative recorded (self-organisation included: it was found). */
  activeAreasWithInitiatives: number;
  publishedInitiatives: number;
  /** The latest residents' survey beside the map's active areas (hidden-coproduction.ts); absent: no survey compared. */
  hiddenCoproduction?: HiddenCoproductionFacts;
}

/**
 * The pilots a rule about preparing a pilot counts are those GOING AHEAD: approved, running,
 * being evaluated or decided SCALE (pilot-lifecycle `APPROVED_OR_BEYOND`; an adapted pilot is
 * approved again, so it counts). Baselines, participants and published rules of engagement are
 * prepared before a pilot starts, and they stay true after it moves on, so a rule that counted
 * only running pilots would shut again once the pilot is evaluated. Pilots that ended without
 * going ahead (STOP, REJECTED) do not count: nothing more is prepared for them.
 */
export const PILOTS_GOING_AHEAD_WORDING = 'approved, running, being evaluated or decided SCALE';

// True whatever happened to earlier pilots: a stopped or rejected pilot is not going ahead.
const NO_PILOT_GOING_AHEAD = `No pilot is ${PILOTS_GOING_AHEAD_WORDING}; approve one first.`;

/** The programme's pilots (Focus it and later steps). */
export interface PilotFacts {
  total: number;
  /** Pilots going ahead: a status in APPROVED_OR_BEYOND (pilot-lifecycle). */
  approvedOrBeyond: number;
  /** Pilots going ahead with at least one metric, every metric with a baseline. */
  approvedOrBeyondWithBaselineMetrics: number;
}

/** Participants enrolled in the programme's pilots going ahead (People it). */
export interface PeopleFacts {
  approvedOrBeyond: number;
  /** Pilots going ahead with someone enrolled and not withdrawn. */
  approvedOrBeyondWithParticipants: number;
}

/** Engagement plans of the programme's pilots going ahead (Market it). */
export interface EngagementFacts {
  approvedOrBeyond: number;
  /** Pilots going ahead whose engagement plan has a published version of its rules of engagement. */
  approvedOrBeyondWithPublishedTerms: number;
}

/** Scaling plans of the programme's pilots decided SCALE (Grow it). */
export interface GrowthFacts {
  scaled: number;
  /** Pilots decided SCALE with a scaling plan that has training for staff and for citizens (scaling.ts `hasTrainingForBoth`). */
  scaledWithTrainingPlan: number;
}

/** The service areas proposed and chosen for the programme's first pilots (Focus it). */
export interface PriorityFacts {
  /** Priority areas proposed (chosen or not). */
  proposed: number;
  /** Priority areas marked chosen for piloting. */
  chosen: number;
  /** Chosen priority areas whose reason for coming first is blank. */
  chosenWithoutReason: number;
}

/** What the programme's pilots going ahead need from people, and whom they found for it (People it). */
export interface MatchingFacts {
  approvedOrBeyond: number;
  /**
   * Pilots going ahead whose needs are recorded (skills and hours a month) and with someone enrolled,
   * not withdrawn, whose motivation and hours available are recorded: the three things matching reads.
   */
  approvedOrBeyondWithNeedsAndMatches: number;
}

/** The incentives in the engagement plans of the programme's pilots going ahead (Market it). */
export interface IncentiveFacts {
  approvedOrBeyond: number;
  /** Pilots going ahead whose engagement plan has at least one incentive that is not a sanction. */
  approvedOrBeyondWithIncentives: number;
  /** Pilots going ahead whose plan lists sanctions and nothing else (they do not count). */
  approvedOrBeyondWithSanctionsOnly: number;
}

/** Whether the programme's pilots decided SCALE have a scaling plan (Grow it). */
export interface ScalingPlanFacts {
  scaled: number;
  scaledWithPlan: number;
}

/**
 * Whether what growing costs is known (Grow it): among the programme's pilots decided SCALE with
 * a scaling plan, those whose plan and every training action have a cost recorded (0 counts).
 */
export interface ScalingCostFacts {
  planned: number;
  plannedWithCosts: number;
}

export interface GateFacts {
  step: Step;
  tasks: TaskFacts;
  stepOwnerId: string | null;
  mapping?: MappingFacts;
  pilots?: PilotFacts;
  people?: PeopleFacts;
  engagement?: EngagementFacts;
  growth?: GrowthFacts;
  priorities?: PriorityFacts;
  matching?: MatchingFacts;
  incentives?: IncentiveFacts;
  scalingPlans?: ScalingPlanFacts;
  scalingCosts?: ScalingCostFacts;
}

/** A group of facts that one service supplies (tasks and owners from programmes; the map, pilots… from features). */
export type FactGroup = Exclude<keyof GateFacts, 'step'>;

export interface ChecklistRule {
  /** For template editors: what the rule checks. */
  readonly description: string;
  /** The facts it reads, so that services load only what the checklists in play need. */
  readonly needs: FactGroup;
  readonly evaluate: (facts: GateFacts) => RuleVerdict;
  /**
   * Set on a rule that took over an item people used to tick by hand: the template version from
   * which the item is evidenced. A tick given to the item before then still satisfies it (see
   * `EVIDENCED` below): nobody has to prove again what they already vouched for.
   */
  readonly replacedTicksAt?: number;
}

/**
 * The version of the default template (default-template.ts) at which four items that people used
 * to tick became rules read from the records: the service areas chosen, the skills, motivation
 * and time of participants, the incentives, and the scaling of what works.
 */
export const TICKS_BECAME_RULES_AT = 5;

function withFacts<G extends FactGroup>(
  facts: GateFacts,
  group: G,
  whatIsMissing: string,
  evaluate: (value: Exclude<GateFacts[G], undefined>) => RuleVerdict,
): RuleVerdict {
  const value = (facts as Partial<GateFacts> | undefined)?.[group];
  if (value === undefined) {
    return {
      satisfied: false,
      explanation: `This item could not be checked because ${whatIsMissing} was not available; it stays open until it can be checked.`,
    };
  }
  return evaluate(value as Exclude<GateFacts[G], undefined>);
}

export const CHECKLIST_RULES = {
  STEP_TASKS_DONE: {
    description: 'Every task of this step is done. A step with no tasks does not count as done.',
    needs: 'tasks',
    evaluate: (facts) =>
      withFacts(facts, 'tasks', "information about this step's tasks", ({ total, done }) => {
        // An empty task list proves nothing, so it does not satisfy the rule.
        if (total <= 0) {
          return {
            satisfied: false,
            explanation: 'This step has no tasks yet; add the work it needs and finish it.',
          };
        }
        if (done === total) {
          const all = total === 1 ? 'The one task' : `All ${total} tasks`;
          return { satisfied: true, explanation: `${all} in this step ${total === 1 ? 'is' : 'are'} done.` };
        }
        return { satisfied: false, explanation: `${done} of ${total} tasks in this step are done.` };
      }),
  },
  STEP_HAS_OWNER: {
    description: 'Someone has been named as the owner of this step.',
    needs: 'stepOwnerId',
    evaluate: (facts) =>
      withFacts(facts, 'stepOwnerId', "information about the step's owner", (ownerId) =>
        ownerId
          ? { satisfied: true, explanation: 'This step has an owner.' }
          : { satisfied: false, explanation: 'No one owns this step yet; assign an owner.' },
      ),
  },
  INITIATIVES_FOR_ACTIVE_AREAS: {
    description: 'Initiatives are recorded for every service area the organisation marks as active.',
    needs: 'mapping',
    evaluate: (facts) =>
      withFacts(facts, 'mapping', 'the coproduction map', ({ activeServiceAreas, activeAreasWithInitiatives }) => {
        if (activeServiceAreas === 0)
          return { satisfied: false, explanation: 'No service area is marked active; mark the areas the organisation works in.' };
        if (activeAreasWithInitiatives >= activeServiceAreas) {
          return { satisfied: true, explanation: `Initiatives are recorded for all ${activeServiceAreas} active service areas.` };
        }
        return {
          satisfied: false,
          explanation: `Initiatives are recorded for ${activeAreasWithInitiatives} of ${activeServiceAreas} active service areas; record what goes on in the others, or mark them inactive.`,
        };
      }),
  },
  MAP_CHECKED_AGAINST_SURVEY: {
    description:
      'The latest residents’ survey points to no active service area where residents report much activity and the map holds little (Loeffler et al. 2008).',
    needs: 'mapping',
    evaluate: (facts) =>
      withFacts(facts, 'mapping', 'the coproduction map', ({ hiddenCoproduction }) =>
        describeHiddenCoproduction(hiddenCoproduction ?? { compared: false, lookHereFirst: [] }),
      ),
  },
  MAP_PUBLISHED: {
    description: 'At least one initiative of the map is published in the organisation feed.',
    needs: 'mapping',
    evaluate: (facts) =>
      withFacts(facts, 'mapping', 'the coproduction map', ({ publishedInitiatives }) =>
        publishedInitiatives > 0
          ? { satisfied: true, explanation: `${publishedInitiatives} initiative${publishedInitiatives === 1 ? ' is' : 's are'} published.` }
          : { satisfied: false, explanation: 'Nothing on the map is published yet; publish the initiatives people may see.' },
      ),
  },
  PILOT_APPROVED: {
    description: 'The programme has at least one pilot approved (or further along).',
    needs: 'pilots',
    evaluate: (facts) =>
      withFacts(facts, 'pilots', "the programme's pilots", ({ total, approvedOrBeyond }) =>
        approvedOrBeyond > 0
          ? { satisfied: true, explanation: `${approvedOrBeyond} pilot${approvedOrBeyond === 1 ? ' is' : 's are'} approved or under way.` }
          : {
              satisfied: false,
              explanation: total ? `None of the ${total} proposed pilots is approved yet.` : 'No pilot has been proposed yet.',
            },
      ),
  },
  PILOTS_GOING_AHEAD_HAVE_BASELINES: {
    description: `Every pilot going ahead (${PILOTS_GOING_AHEAD_WORDING}) measures at least one outcome, each with a baseline.`,
    needs: 'pilots',
    evaluate: (facts) =>
      withFacts(facts, 'pilots', "the programme's pilots", ({ total, approvedOrBeyond, approvedOrBeyondWithBaselineMetrics }) =>
        everyPilotGoingAhead(approvedOrBeyond, approvedOrBeyondWithBaselineMetrics, {
          none: total === 0 ? 'No pilot has been proposed yet.' : NO_PILOT_GOING_AHEAD,
          done: ['has outcome metrics with baselines', 'have outcome metrics with baselines'],
          missing: ['lacks outcome metrics with baselines', 'lack outcome metrics with baselines'],
        }),
      ),
  },
  PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS: {
    description: `Every pilot going ahead (${PILOTS_GOING_AHEAD_WORDING}) has participants enrolled.`,
    needs: 'people',
    evaluate: (facts) =>
      withFacts(facts, 'people', "the pilots' participants", ({ approvedOrBeyond, approvedOrBeyondWithParticipants }) =>
        everyPilotGoingAhead(approvedOrBeyond, approvedOrBeyondWithParticipants, {
          none: NO_PILOT_GOING_AHEAD,
          done: ['has participants enrolled', 'have participants enrolled'],
          missing: ['has no participants enrolled yet', 'have no participants enrolled yet'],
        }),
      ),
  },
  PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS: {
    description: `Every pilot going ahead (${PILOTS_GOING_AHEAD_WORDING}) has an engagement plan with its rules of engagement published.`,
    needs: 'engagement',
    evaluate: (facts) =>
      withFacts(facts, 'engagement', "the pilots' engagement plans", ({ approvedOrBeyond, approvedOrBeyondWithPublishedTerms }) =>
        everyPilotGoingAhead(approvedOrBeyond, approvedOrBeyondWithPublishedTerms, {
          none: NO_PILOT_GOING_AHEAD,
          done: ['has published rules of engagement', 'have published rules of engagement'],
          missing: ['has no published rules of engagement yet', 'have no published rules of engagement yet'],
        }),
      ),
  },
  SCALED_PILOTS_HAVE_TRAINING: {
    description: 'Every pilot decided SCALE has a scaling plan with training for staff and for citizens.',
    needs: 'growth',
    evaluate: (facts) =>
      withFacts(facts, 'growth', "the pilots' scaling plans", ({ scaled, scaledWithTrainingPlan }) => {
        if (scaled === 0) return { satisfied: false, explanation: 'No pilot has been decided SCALE yet.' };
        if (scaledWithTrainingPlan === scaled) {
          return { satisfied: true, explanation: `All ${scaled} pilots decided SCALE have scaling plans with training.` };
        }
        return {
          satisfied: false,
          explanation: `${scaled - scaledWithTrainingPlan} of ${scaled} pilots decided SCALE lack a scaling plan with training for staff and citizens.`,
        };
      }),
  },
  SERVICE_AREAS_CHOSEN: {
    description: 'At least one priority area is marked chosen for piloting, and each chosen one says why it came first.',
    needs: 'priorities',
    replacedTicksAt: TICKS_BECAME_RULES_AT,
    evaluate: (facts) =>
      withFacts(facts, 'priorities', "the programme's priority areas", ({ proposed, chosen, chosenWithoutReason }) => {
        if (proposed === 0)
          return { satisfied: false, explanation: 'No priority area has been proposed yet; score the candidate service areas.' };
        if (chosen === 0) {
          return {
            satisfied: false,
            explanation:
              proposed === 1
                ? 'The one proposed priority area is not marked chosen yet.'
                : `None of the ${proposed} proposed priority areas is marked chosen yet.`,
          };
        }
        if (chosenWithoutReason > 0) {
          return {
            satisfied: false,
            explanation: `${chosenWithoutReason} of the ${chosen} chosen priority area${chosen === 1 ? '' : 's'} ${chosenWithoutReason === 1 ? 'has' : 'have'} no reason written down; say why it came first.`,
          };
        }
        return {
          satisfied: true,
          explanation:
            chosen === 1
              ? `1 of ${proposed} proposed priority area${proposed === 1 ? '' : 's'} is chosen, with the reason written down.`
              : `${chosen} of ${proposed} proposed priority areas are chosen, each with its reason written down.`,
        };
      }),
  },
  PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES: {
    description: `Every pilot going ahead (${PILOTS_GOING_AHEAD_WORDING}) has its needs recorded and someone enrolled whose motivation and hours available are recorded.`,
    needs: 'matching',
    replacedTicksAt: TICKS_BECAME_RULES_AT,
    evaluate: (facts) =>
      withFacts(facts, 'matching', "the pilots' needs and participants", ({ approvedOrBeyond, approvedOrBeyondWithNeedsAndMatches }) =>
        everyPilotGoingAhead(approvedOrBeyond, approvedOrBeyondWithNeedsAndMatches, {
          none: NO_PILOT_GOING_AHEAD,
          done: [
            'has its needs recorded and a participant whose motivation and time are known',
            'have their needs recorded and participants whose motivation and time are known',
          ],
          missing: [
            'lacks recorded needs, or a participant whose motivation and time are known',
            'lack recorded needs, or a participant whose motivation and time are known',
          ],
        }),
      ),
  },
  PILOTS_GOING_AHEAD_HAVE_INCENTIVES: {
    description: `Every pilot going ahead (${PILOTS_GOING_AHEAD_WORDING}) has an engagement plan with at least one incentive other than a sanction.`,
    needs: 'incentives',
    replacedTicksAt: TICKS_BECAME_RULES_AT,
    evaluate: (facts) =>
      withFacts(
        facts,
        'incentives',
        "the pilots' engagement plans",
        ({ approvedOrBeyond, approvedOrBeyondWithIncentives, approvedOrBeyondWithSanctionsOnly }) => {
          const verdict = everyPilotGoingAhead(approvedOrBeyond, approvedOrBeyondWithIncentives, {
            none: NO_PILOT_GOING_AHEAD,
            done: ['has incentives other than sanctions', 'have incentives other than sanctions'],
            missing: ['has no incentive other than a sanction yet', 'have no incentive other than a sanction yet'],
          });
          // Sanctions tend to backfire (Alford 2009), so a plan of sanctions alone is named as not counting.
          if (!verdict.satisfied && approvedOrBeyondWithSanctionsOnly > 0) {
            const which = approvedOrBeyondWithSanctionsOnly === 1 ? '1 pilot lists' : `${approvedOrBeyondWithSanctionsOnly} pilots list`;
            return { satisfied: false, explanation: `${verdict.explanation} ${which} only sanctions, which do not count on their own.` };
          }
          return verdict;
        },
      ),
  },
  // Coproduction is not free (Needham & Carr 2009, as the chapter cites them): before growing a
  // pilot, the organisation should know what the growth and its training will cost.
  SCALING_COSTS_KNOWN: {
    description:
      'At least one pilot decided SCALE has a scaling plan, and every such plan and each of its training actions has its cost recorded.',
    needs: 'scalingCosts',
    evaluate: (facts) =>
      withFacts(facts, 'scalingCosts', "the scaling plans' costs", ({ planned, plannedWithCosts }) => {
        if (planned === 0)
          return { satisfied: false, explanation: 'No pilot decided SCALE has a scaling plan yet, so there is no cost to know.' };
        if (plannedWithCosts >= planned) {
          return {
            satisfied: true,
            explanation:
              planned === 1
                ? 'The scaling plan and all its training have their costs recorded.'
                : `All ${planned} scaling plans and their training have their costs recorded.`,
          };
        }
        const missing = planned - plannedWithCosts;
        return {
          satisfied: false,
          explanation: `${missing} of ${planned} scaling plan${planned === 1 ? '' : 's'} ${missing === 1 ? 'lacks' : 'lack'} a cost for the plan or for some of its training.`,
        };
      }),
  },
  SCALED_PILOTS_HAVE_PLANS: {
    description: 'At least one pilot is decided SCALE, and every pilot decided SCALE has a scaling plan.',
    needs: 'scalingPlans',
    replacedTicksAt: TICKS_BECAME_RULES_AT,
    evaluate: (facts) =>
      withFacts(facts, 'scalingPlans', "the pilots' scaling plans", ({ scaled, scaledWithPlan }) => {
        if (scaled === 0) return { satisfied: false, explanation: 'No pilot has been decided SCALE yet.' };
        if (scaledWithPlan >= scaled) {
          return {
            satisfied: true,
            explanation:
              scaled === 1 ? 'The one pilot decided SCALE has a scaling plan.' : `All ${scaled} pilots decided SCALE have scaling plans.`,
          };
        }
        const missing = scaled - scaledWithPlan;
        return {
          satisfied: false,
          explanation:
            scaled === 1
              ? 'The one pilot decided SCALE has no scaling plan yet.'
              : `${missing} of ${scaled} pilots decided SCALE ${missing === 1 ? 'has' : 'have'} no scaling plan yet.`,
        };
      }),
  },
} as const satisfies Record<string, ChecklistRule>;

/** Wording by count: [for one pilot, for several]. */
type ByCount = readonly [string, string];

function everyPilotGoingAhead(
  goingAhead: number,
  covered: number,
  wording: { none: string; done: ByCount; missing: ByCount },
): RuleVerdict {
  if (goingAhead <= 0) return { satisfied: false, explanation: wording.none };
  if (covered >= goingAhead) {
    return {
      satisfied: true,
      explanation:
        goingAhead === 1 ? `The one pilot going ahead ${wording.done[0]}.` : `All ${goingAhead} pilots going ahead ${wording.done[1]}.`,
    };
  }
  if (goingAhead === 1) return { satisfied: false, explanation: `The one pilot going ahead ${wording.missing[0]}.` };
  const missing = goingAhead - covered;
  return {
    satisfied: false,
    explanation: `${missing} of ${goingAhead} pilots going ahead ${missing === 1 ? wording.missing[0] : wording.missing[1]}.`,
  };
}

export type RuleId = keyof typeof CHECKLIST_RULES;
export const RULE_IDS = Object.keys(CHECKLIST_RULES) as RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(CHECKLIST_RULES, value);
}

export interface ChecklistItemStatus {
  key: string;
  title: string;
  required: boolean;
  kind: ChecklistKind;
  rule?: RuleId | null;
  /**
   * A person ticked the item. Counts for MANUAL items, and for an EVIDENCED item whose rule replaced
   * ticking (the tick was given before it did).
   */
  ticked: boolean;
}

export interface OpenItem {
  key: string;
  title: string;
  explanation: string;
}

export interface GateResult {
  /** Every required item is satisfied. Advisory items never keep a gate shut. */
  open: boolean;
  requiredTotal: number;
  requiredSatisfied: number;
  advisoryTotal: number;
  advisorySatisfied: number;
  /** The required items that are not satisfied, in checklist order. */
  openItems: OpenItem[];
}

const EVALUATE_BY_KIND: Readonly<Record<ChecklistKind, (item: ChecklistItemStatus, facts: GateFacts) => RuleVerdict>> = {
  MANUAL: (item) =>
    item.ticked
      ? { satisfied: true, explanation: 'Ticked as done.' }
      : { satisfied: false, explanation: 'Not ticked yet; tick it once this has been done.' },
  // The records decide an evidenced item, so a hand tick is ignored: ticking cannot stand in for evidence.
  // Except on an item whose rule replaced ticking (`replacedTicksAt`): evidenced items refuse new
  // ticks, so a tick there was given while the item was still ticked by hand, and it still counts.
  EVIDENCED: (item, facts) => {
    if (item.rule == null) {
      return {
        satisfied: false,
        explanation: 'This item should be checked automatically but names no rule; the template needs fixing.',
      };
    }
    if (!isRuleId(item.rule)) {
      return {
        satisfied: false,
        explanation: `This item names a rule ("${String(item.rule)}") that is not known, so it cannot be checked; the template needs fixing.`,
      };
    }
    const rule: ChecklistRule = CHECKLIST_RULES[item.rule];
    const verdict = rule.evaluate(facts);
    if (verdict.satisfied || !item.ticked || rule.replacedTicksAt === undefined) return verdict;
    return {
      satisfied: true,
      explanation: `Ticked by hand before this item was checked from the records, and that tick still counts. The records alone say: ${verdict.explanation}`,
    };
  },
};

/**
 * Whether the item holds a tick given before its rule replaced ticking (`replacedTicksAt`): such a tick
 * still counts, and may be withdrawn (unticked) but never given again, as evidenced items take no ticks.
 */
export function holdsEarlierTick(item: Pick<ChecklistItemStatus, 'kind' | 'rule' | 'ticked'>): boolean {
  if (item.kind !== 'EVIDENCED' || !item.ticked || !isRuleId(item.rule)) return false;
  const rule: ChecklistRule = CHECKLIST_RULES[item.rule];
  return rule.replacedTicksAt !== undefined;
}

/** The fact groups that these items' rules read (manual items read none). */
export function factGroupsNeeded(items: ReadonlyArray<Pick<ChecklistItemStatus, 'kind' | 'rule'>>): Set<FactGroup> {
  const groups = new Set<FactGroup>();
  for (const item of items) if (item.kind === 'EVIDENCED' && isRuleId(item.rule)) groups.add(CHECKLIST_RULES[item.rule].needs);
  return groups;
}

export function evaluateItem(item: ChecklistItemStatus, facts: GateFacts): RuleVerdict {
  const evaluate = EVALUATE_BY_KIND[item.kind] as (typeof EVALUATE_BY_KIND)[ChecklistKind] | undefined;
  if (!evaluate) {
    return { satisfied: false, explanation: `This item has an unknown kind ("${String(item.kind)}"); the template needs fixing.` };
  }
  return evaluate(item, facts);
}

export function evaluateGate(items: readonly ChecklistItemStatus[], facts: GateFacts): GateResult {
  return gateFromVerdicts(items, (item) => evaluateItem(item, facts));
}

/**
 * The gate that these verdicts make: live ones, or those recorded when the step was passed
 * (a completed step keeps the verdicts it was passed with).
 */
export function gateFromVerdicts<T extends Pick<ChecklistItemStatus, 'key' | 'title' | 'required'>>(
  items: readonly T[],
  verdictOf: (item: T) => RuleVerdict,
): GateResult {
  const result: GateResult = {
    open: true,
    requiredTotal: 0,
    requiredSatisfied: 0,
    advisoryTotal: 0,
    advisorySatisfied: 0,
    openItems: [],
  };
  for (const item of items) {
    const verdict = verdictOf(item);
    if (item.required) {
      result.requiredTotal += 1;
      if (verdict.satisfied) result.requiredSatisfied += 1;
      else result.openItems.push({ key: item.key, title: item.title, explanation: verdict.explanation });
    } else {
      result.advisoryTotal += 1;
      if (verdict.satisfied) result.advisorySatisfied += 1;
    }
  }
  result.open = result.openItems.length === 0;
  return result;
}

/** For an item that has no verdict in its step's record (the record predates the item). */
export const VERDICT_NOT_RECORDED: Readonly<RuleVerdict> = Object.freeze({
  satisfied: false,
  explanation: 'No verdict was recorded for this item when the step was passed.',
});
