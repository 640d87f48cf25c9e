import { CHECKLIST_KINDS, type ChecklistKind, type RuleId, TICKS_BECAME_RULES_AT, isRuleId } from './gates';
import { STEPS, STEP_INFO, type Step, isStep } from './steps';

export interface TemplateItemSpec {
  /** Stable identifier, kept when an organisation copies and edits the template. */
  key: string;
  step: Step;
  title: string;
  guidance: string;
  /** Required items hold the step's gate shut until satisfied; advisory ones only inform. */
  required: boolean;
  kind: ChecklistKind;
  /** Present exactly when kind is EVIDENCED. */
  rule?: RuleId;
  /** Where the idea comes from, e.g. "Kannan & Chang 2013". */
  source: string;
}

export interface TaskSuggestion {
  step: Step;
  title: string;
  description: string;
}

export interface WorkflowTemplateSpec {
  name: string;
  version: number;
  items: TemplateItemSpec[];
  taskSuggestions: TaskSuggestion[];
}

export interface TemplateProblem {
  /** Path of the field at fault, e.g. "items[3].rule". */
  field: string;
  message: string;
}

export const TEMPLATE_TITLE_MAX_LENGTH = 200;
export const TEMPLATE_GUIDANCE_MAX_LENGTH = 2000;
const KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const KEY_MAX_LENGTH = 100;

const FIVE_STEPS = 'Loeffler & Hine-Hughes 2012';
const NINE_STEPS = 'Kannan & Chang 2013';

// Every step has an owner (required) and a "tasks done" check (advisory), both read from the records.
function evidencedItems(step: Step, prefix: string): TemplateItemSpec[] {
  const name = STEP_INFO[step].name;
  return [
    {
      key: `${prefix}.step_owner`,
      step,
      title: `Someone owns ${name}`,
      guidance: `Name one person who answers for ${name}: they keep its work moving and decide when it is ready to close.`,
      required: true,
      kind: 'EVIDENCED',
      rule: 'STEP_HAS_OWNER',
      source: 'coprod practice',
    },
    {
      key: `${prefix}.tasks_done`,
      step,
      title: `All tasks of ${name} are done`,
      guidance: 'Checked from the task list. Open tasks do not block the step, but say what is still unfinished.',
      required: false,
      kind: 'EVIDENCED',
      rule: 'STEP_TASKS_DONE',
      source: 'coprod practice',
    },
  ];
}

function evidenced(
  step: Step,
  key: string,
  required: boolean,
  source: string,
  rule: RuleId,
  title: string,
  guidance: string,
): TemplateItemSpec {
  return { key, step, title, guidance, required, kind: 'EVIDENCED', rule, source };
}

function manual(step: Step, key: string, required: boolean, source: string, title: string, guidance: string): TemplateItemSpec {
  return { key, step, title, guidance, required, kind: 'MANUAL', source };
}

/**
 * What four items that people used to tick are now checked against (from template version
 * TICKS_BECAME_RULES_AT; a tick given before still counts). Exported for the migration's test.
 */
export const FROM_RECORDS = {
  focus: 'Checked from the priority areas: done once at least one is marked chosen, each with its reason.',
  people:
    'Checked from the records: every pilot going ahead has its needed skills and hours set, and someone enrolled ' +
    'whose motivation and spare hours are known.',
  market:
    'Checked from the engagement plans: every pilot going ahead lists at least one incentive that is not a sanction; ' +
    'sanctions alone do not count.',
  grow: 'Checked from the records: every pilot decided SCALE has its scaling plan.',
} as const;

export const DEFAULT_TEMPLATE: WorkflowTemplateSpec = {
  name: 'Five steps to coproduction',
  // Goes up with every change of content, as an organisation's copy does. 6 adds Map it's
  // "look here first", checked against the latest residents' survey; 7 adds Grow it's "know what
  // growing costs", checked from the scaling plans' and training's costs.
  version: TICKS_BECAME_RULES_AT + 2,
  items: [
    // Map it
    manual(
      'MAP',
      'map.record_existing',
      true,
      FIVE_STEPS,
      'Record the coproduction already under way',
      'List every activity where residents, service users, families, community groups or voluntary bodies already ' +
        'work alongside the organisation. Ask frontline staff and residents, not only managers.',
    ),
    evidenced(
      'MAP',
      'map.describe_initiatives',
      true,
      NINE_STEPS,
      'INITIATIVES_FOR_ACTIVE_AREAS',
      'Describe the initiatives of every active service area',
      'For each one note the service area, its forms (co-commissioning, co-design, co-delivery, co-assessment), ' +
        'who takes part, and what the public body puts in. Without a public input it is self-organisation, not coproduction.',
    ),
    evidenced(
      'MAP',
      'map.publish_findings',
      false,
      NINE_STEPS,
      'MAP_PUBLISHED',
      'Publish the map openly',
      'Share what was found, with the details of each initiative, on the public site or intranet, so people can see ' +
        'what exists and add what is missing.',
    ),
    manual(
      'MAP',
      'map.check_with_citizens',
      false,
      'Loeffler et al. 2008',
      'Check the map against what citizens say they do',
      'Officials tend to underestimate coproduction: in surveys, residents report far more than staff expect. ' +
        'Test the map in a workshop or a short resident survey.',
    ),
    evidenced(
      'MAP',
      'map.look_here_first',
      false,
      'Loeffler et al. 2008; Boyle, Clark & Burns 2006',
      'MAP_CHECKED_AGAINST_SURVEY',
      'Look first where residents report more than the map shows',
      'Checked from the latest residents’ survey: an area where at least half the answers of 30 or more residents were ' +
        '“often” and the map holds two initiatives or fewer is named here, with its figures. Without such a survey the item ' +
        'stays open and names no area.',
    ),
    ...evidencedItems('MAP', 'map'),

    // Focus it
    evidenced(
      'FOCUS',
      'focus.choose_service_areas',
      true,
      FIVE_STEPS,
      'SERVICE_AREAS_CHOSEN',
      'Choose the service areas to start in',
      'Score the candidate areas for need, feasibility, citizen appetite and expected impact, rank them, and write ' +
        'down why the chosen ones came first. ' +
        FROM_RECORDS.focus,
    ),
    evidenced(
      'FOCUS',
      'focus.small_pilot',
      true,
      NINE_STEPS,
      'PILOT_APPROVED',
      'Approve a first pilot that is small enough to succeed',
      'An early success builds confidence for everything after it. Keep the scope narrow and record the hypothesis, ' +
        'dates, budget and the number of participants aimed for.',
    ),
    manual(
      'FOCUS',
      'focus.complementary_inputs',
      false,
      'Alford 2009',
      'Look for work where citizens and staff complement each other',
      'Coproduction adds most value where what citizens and the agency contribute depends on and completes the other, ' +
        'or where citizens can do part of the job better themselves.',
    ),
    evidenced(
      'FOCUS',
      'focus.measure_costs_outcomes',
      false,
      'Knapp et al. 2010; Needham & Carr 2009',
      'PILOTS_GOING_AHEAD_HAVE_BASELINES',
      "Decide how the pilot's costs and outcomes will be measured",
      'Set baselines and targets before the pilot starts, and compare with reference cases such as time banks ' +
        '(Knapp et al. 2010). Count the training and support for staff as costs too: coproduction has a price for ' +
        'the public body (Needham & Carr 2009).',
    ),
    ...evidencedItems('FOCUS', 'focus'),

    // People it
    evidenced(
      'PEOPLE',
      'people.recruit_willing',
      true,
      FIVE_STEPS,
      'PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS',
      'Find the staff and citizens keen to coproduce',
      'Look for people who want to take part, among staff, service users, families, community groups and the ' +
        'voluntary sector, and record the lawful basis for holding their details.',
    ),
    manual(
      'PEOPLE',
      'people.involve_in_design',
      true,
      NINE_STEPS,
      'Involve participants in shaping the service',
      'Bring participants into the design work itself rather than consulting them once it is finished.',
    ),
    evidenced(
      'PEOPLE',
      'people.skills_motivation_time',
      false,
      NINE_STEPS,
      'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES',
      'Check skills, motivation and available time early',
      'While the service is still being designed, match people to roles by what they can do, how keen they are and ' +
        'how many hours a month they can give. ' +
        FROM_RECORDS.people,
    ),
    manual(
      'PEOPLE',
      'people.baseline_self_efficacy',
      false,
      'Loeffler et al. 2008',
      'Record self-efficacy when people join',
      "Belief that one's own action makes a difference goes with coproduction more than anything else measured. " +
        'Record it at enrolment as a starting point to raise, never as a way to select people.',
    ),
    ...evidencedItems('PEOPLE', 'people'),

    // Market it
    evidenced(
      'MARKET',
      'market.expectations_and_rules',
      true,
      NINE_STEPS,
      'PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS',
      'Tell citizens what to expect and how taking part works',
      'Publish a plain account of what participants will do, what the organisation will do in return, and the ' +
        'ground rules for working together.',
    ),
    evidenced(
      'MARKET',
      'market.incentives',
      true,
      'Alford 2009',
      'PILOTS_GOING_AHEAD_HAVE_INCENTIVES',
      'Design incentives other than sanctions',
      'Penalties tend to backfire with most service users. What works best is not material: the satisfaction of ' +
        'the work itself, contact with others and the regard it brings, and appeals to values people share. ' +
        FROM_RECORDS.market,
    ),
    manual(
      'MARKET',
      'market.trust',
      false,
      NINE_STEPS,
      'Build civic engagement and trust',
      'Report back on what changed because people took part, and answer concerns openly, so that they keep coming back.',
    ),
    manual(
      'MARKET',
      'market.resources_for_citizens',
      false,
      'Jakobsen 2012',
      'Give citizens what they need to contribute',
      'Supply skills and knowledge, tools and places to work, and make room in the timetable: resources from ' +
        'government raise how much citizens coproduce.',
    ),
    ...evidencedItems('MARKET', 'market'),

    // Grow it
    evidenced(
      'GROW',
      'grow.scale_what_works',
      true,
      FIVE_STEPS,
      'SCALED_PILOTS_HAVE_PLANS',
      'Choose how to scale the pilots that worked',
      'For each pilot decided SCALE, record the mechanism, the areas it will reach next and what it will cost. ' + FROM_RECORDS.grow,
    ),
    evidenced(
      'GROW',
      'grow.train_staff_and_citizens',
      true,
      NINE_STEPS,
      'SCALED_PILOTS_HAVE_TRAINING',
      'Train officials and citizens alike',
      'Plan training for both sides: staff learn to share the work, citizens learn what they need to take it on.',
    ),
    evidenced(
      'GROW',
      'grow.know_the_cost',
      false,
      'Needham & Carr 2009',
      'SCALING_COSTS_KNOWN',
      'Know what growing will cost',
      'Coproduction at scale is not free: staff time, training, support and sometimes incentives all cost money. ' +
        'Checked from the records: every scaling plan and each of its training actions has a cost (0 when it is free).',
    ),
    manual(
      'GROW',
      'grow.design_transparency',
      false,
      NINE_STEPS,
      'Build the right level of openness into the service',
      'Decide what participants and the public can see about how the service runs and performs, and publish it routinely.',
    ),
    manual(
      'GROW',
      'grow.self_efficacy_outcome',
      false,
      'Parrado et al. 2013',
      "Track whether participants' self-efficacy has risen",
      'Compare with the level recorded at enrolment. A rise is an outcome in its own right. Self-efficacy goes with ' +
        'coproduction, but that is an association, not a forecast: taking part may itself raise it.',
    ),
    ...evidencedItems('GROW', 'grow'),
  ],
  taskSuggestions: [
    {
      step: 'MAP',
      title: 'Run a mapping workshop with frontline staff',
      description: 'Collect the activities staff know of where citizens already contribute, by service area.',
    },
    {
      step: 'MAP',
      title: 'Import existing lists of community activity',
      description: 'Bring spreadsheets of volunteering schemes, user groups and partnerships into the map.',
    },
    {
      step: 'MAP',
      title: 'Survey residents on what they already do',
      description: 'Use the coproduction index questions to compare what residents report with the map.',
    },
    {
      step: 'FOCUS',
      title: 'Hold a priority-setting session',
      description: 'Score candidate service areas together and agree a ranked shortlist with reasons.',
    },
    {
      step: 'FOCUS',
      title: 'Write the pilot proposal',
      description: 'Hypothesis, dates, budget, target participants and the measures that will show success.',
    },
    {
      step: 'PEOPLE',
      title: 'Invite participants to a design session',
      description: 'Bring staff and citizens together to shape how the pilot will work.',
    },
    {
      step: 'PEOPLE',
      title: 'Record skills, motivation and availability',
      description: 'Note for each participant what they offer and how much time they have.',
    },
    {
      step: 'MARKET',
      title: 'Draft the rules of engagement',
      description: 'A short, plain statement of what participants and the organisation each commit to.',
    },
    {
      step: 'MARKET',
      title: 'Plan the incentives',
      description: 'Choose intrinsic, social and value-based incentives first; check any sanction with care.',
    },
    {
      step: 'MARKET',
      title: 'Plan communication with citizens',
      description: 'Channels, audiences and dates for telling people about the pilot and its results.',
    },
    {
      step: 'GROW',
      title: 'Review pilot results and decide',
      description: 'Look at costs and outcomes and decide for each pilot to scale, adapt or stop.',
    },
    {
      step: 'GROW',
      title: 'Plan training for staff and citizens',
      description: 'Who needs to learn what before the approach reaches new areas.',
    },
  ],
};

const isNonBlankString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkTitle(problems: TemplateProblem[], field: string, title: unknown): void {
  if (!isNonBlankString(title)) problems.push({ field, message: 'Give a title.' });
  else if (title.length > TEMPLATE_TITLE_MAX_LENGTH) {
    problems.push({ field, message: `Keep the title to ${TEMPLATE_TITLE_MAX_LENGTH} characters or fewer.` });
  }
}

function checkStep(problems: TemplateProblem[], field: string, step: unknown): void {
  if (typeof step !== 'string' || !isStep(step)) {
    problems.push({ field, message: `"${String(step)}" is not a step; use one of ${STEPS.join(', ')}.` });
  }
}

function checkItem(problems: TemplateProblem[], item: TemplateItemSpec, at: string, seenKeys: Set<string>): void {
  if (!isNonBlankString(item.key)) problems.push({ field: `${at}.key`, message: 'Give the item a key.' });
  else if (item.key.length > KEY_MAX_LENGTH || !KEY_PATTERN.test(item.key)) {
    problems.push({
      field: `${at}.key`,
      message: `"${item.key}" is not a valid key: use lower-case letters, digits, underscores and dots, such as "map.record_existing".`,
    });
  } else if (seenKeys.has(item.key)) {
    problems.push({ field: `${at}.key`, message: `The key "${item.key}" is used by another item; keys must be unique.` });
  }
  if (typeof item.key === 'string') seenKeys.add(item.key);

  checkStep(problems, `${at}.step`, item.step);
  checkTitle(problems, `${at}.title`, item.title);
  if (typeof item.guidance !== 'string') problems.push({ field: `${at}.guidance`, message: 'Guidance must be text.' });
  else if (item.guidance.length > TEMPLATE_GUIDANCE_MAX_LENGTH) {
    problems.push({ field: `${at}.guidance`, message: `Keep the guidance to ${TEMPLATE_GUIDANCE_MAX_LENGTH} characters or fewer.` });
  }
  if (typeof item.required !== 'boolean') {
    problems.push({ field: `${at}.required`, message: 'Say whether the item is required or advisory.' });
  }
  if (!isNonBlankString(item.source)) {
    problems.push({ field: `${at}.source`, message: 'Cite where the item comes from.' });
  }

  if (!(CHECKLIST_KINDS as readonly unknown[]).includes(item.kind)) {
    problems.push({ field: `${at}.kind`, message: `"${String(item.kind)}" is not a kind; use MANUAL or EVIDENCED.` });
  } else if (item.kind === 'EVIDENCED' && item.rule == null) {
    problems.push({ field: `${at}.rule`, message: 'An evidenced item needs a rule that checks it.' });
  } else if (item.kind === 'EVIDENCED' && !isRuleId(item.rule)) {
    problems.push({ field: `${at}.rule`, message: `"${String(item.rule)}" is not a known rule.` });
  } else if (item.kind === 'MANUAL' && item.rule != null) {
    problems.push({
      field: `${at}.rule`,
      message: 'A manual item is ticked by a person and takes no rule; remove it or make the item evidenced.',
    });
  }
}

/**
 * Problems that stop a template from being saved; empty when it is valid. Organisations copy
 * and edit templates, so the input may be anything the client sent.
 */
export function validateTemplate(spec: WorkflowTemplateSpec): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  checkTitle(problems, 'name', spec.name);
  if (!Number.isInteger(spec.version) || spec.version < 1) {
    problems.push({ field: 'version', message: 'The version must be a whole number of at least 1.' });
  }

  const items: TemplateItemSpec[] = Array.isArray(spec.items) ? spec.items : [];
  if (!Array.isArray(spec.items)) problems.push({ field: 'items', message: 'Give a list of checklist items.' });
  const seenKeys = new Set<string>();
  items.forEach((item, index) => checkItem(problems, item, `items[${index}]`, seenKeys));
  for (const step of STEPS) {
    if (!items.some((item) => item.step === step)) {
      problems.push({ field: 'items', message: `${STEP_INFO[step].name} has no checklist items; give it at least one.` });
    }
  }

  if (!Array.isArray(spec.taskSuggestions)) {
    problems.push({ field: 'taskSuggestions', message: 'Give a list of task suggestions (it may be empty).' });
  } else {
    spec.taskSuggestions.forEach((task, index) => {
      checkStep(problems, `taskSuggestions[${index}].step`, task.step);
      checkTitle(problems, `taskSuggestions[${index}].title`, task.title);
    });
  }
  return problems;
}
