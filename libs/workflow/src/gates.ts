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
export interface GateFacts {
  step: Step;
  tasks: TaskFacts;
  stepOwnerId: string | null;
}

type FactGroup = Exclude<keyof GateFacts, 'step'>;

export interface ChecklistRule {
  /** For template editors: what the rule checks. */
  readonly description: string;
  readonly evaluate: (facts: GateFacts) => RuleVerdict;
}

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
    evaluate: (facts) =>
      withFacts(facts, 'stepOwnerId', "information about the step's owner", (ownerId) =>
        ownerId
          ? { satisfied: true, explanation: 'This step has an owner.' }
          : { satisfied: false, explanation: 'No one owns this step yet; assign an owner.' },
      ),
  },
} as const satisfies Record<string, ChecklistRule>;

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
  /** A person ticked the item. Only counts for MANUAL items. */
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
    return CHECKLIST_RULES[item.rule].evaluate(facts);
  },
};

export function evaluateItem(item: ChecklistItemStatus, facts: GateFacts): RuleVerdict {
  const evaluate = EVALUATE_BY_KIND[item.kind] as (typeof EVALUATE_BY_KIND)[ChecklistKind] | undefined;
  if (!evaluate) {
    return { satisfied: false, explanation: `This item has an unknown kind ("${String(item.kind)}"); the template needs fixing.` };
  }
  return evaluate(item, facts);
}

export function evaluateGate(items: readonly ChecklistItemStatus[], facts: GateFacts): GateResult {
  const result: GateResult = {
    open: true,
    requiredTotal: 0,
    requiredSatisfied: 0,
    advisoryTotal: 0,
    advisorySatisfied: 0,
    openItems: [],
  };
  for (const item of items) {
    const verdict = evaluateItem(item, facts);
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
