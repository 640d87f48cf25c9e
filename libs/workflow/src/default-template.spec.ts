import { DEFAULT_TEMPLATE, type TemplateItemSpec, type WorkflowTemplateSpec, validateTemplate } from './default-template';
import { CHECKLIST_RULES, TICKS_BECAME_RULES_AT, isRuleId } from './gates';
import { STEPS } from './steps';

const copy = (): WorkflowTemplateSpec => structuredClone(DEFAULT_TEMPLATE);
const withItem = (index: number, patch: Partial<Record<keyof TemplateItemSpec, unknown>>): WorkflowTemplateSpec => {
  const spec = copy();
  spec.items[index] = { ...spec.items[index], ...patch } as TemplateItemSpec;
  return spec;
};
const fields = (spec: WorkflowTemplateSpec) => validateTemplate(spec).map((problem) => problem.field);

describe('DEFAULT_TEMPLATE', () => {
  it('is valid and at version 7 (2 checks the map and pilots from the records, 3 participants, terms and training, 4 corrects wording, 5 checks four items people used to tick, 6 checks the map against the latest residents’ survey, 7 asks whether the cost of growing is known)', () => {
    expect(validateTemplate(DEFAULT_TEMPLATE)).toEqual([]);
    expect(DEFAULT_TEMPLATE.version).toBe(7);
    expect(TICKS_BECAME_RULES_AT).toBe(5);
  });

  it('has an advisory Grow it item checked from the costs of the scaling plans and their training', () => {
    const item = DEFAULT_TEMPLATE.items.find((i) => i.key === 'grow.know_the_cost');
    expect(item).toMatchObject({
      step: 'GROW',
      required: false,
      kind: 'EVIDENCED',
      rule: 'SCALING_COSTS_KNOWN',
      source: 'Needham & Carr 2009',
    });
  });

  it('has an advisory Map it item that points to under-mapped areas from the latest survey', () => {
    const item = DEFAULT_TEMPLATE.items.find((i) => i.key === 'map.look_here_first');
    expect(item).toMatchObject({ step: 'MAP', required: false, kind: 'EVIDENCED', rule: 'MAP_CHECKED_AGAINST_SURVEY' });
  });

  it('checks from the records the four items people used to tick although the records showed them, keeping earlier ticks', () => {
    const rules = Object.fromEntries(DEFAULT_TEMPLATE.items.map((item) => [item.key, [item.kind, item.rule]]));
    expect([
      rules['focus.choose_service_areas'],
      rules['people.skills_motivation_time'],
      rules['market.incentives'],
      rules['grow.scale_what_works'],
    ]).toEqual([
      ['EVIDENCED', 'SERVICE_AREAS_CHOSEN'],
      ['EVIDENCED', 'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES'],
      ['EVIDENCED', 'PILOTS_GOING_AHEAD_HAVE_INCENTIVES'],
      ['EVIDENCED', 'SCALED_PILOTS_HAVE_PLANS'],
    ]);
    for (const rule of [
      'SERVICE_AREAS_CHOSEN',
      'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES',
      'PILOTS_GOING_AHEAD_HAVE_INCENTIVES',
      'SCALED_PILOTS_HAVE_PLANS',
    ] as const) {
      expect(CHECKLIST_RULES[rule]).toMatchObject({ replacedTicksAt: TICKS_BECAME_RULES_AT });
    }
  });

  // Up to 7: Map it has its survey check besides the five-step and nine-step items (version 6).
  it.each(STEPS)('gives %s 4 to 7 items, 2 to 3 of them required, and 2 to 4 suggested tasks', (step) => {
    const items = DEFAULT_TEMPLATE.items.filter((item) => item.step === step);
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.length).toBeLessThanOrEqual(7);
    const required = items.filter((item) => item.required).length;
    expect(required).toBeGreaterThanOrEqual(2);
    expect(required).toBeLessThanOrEqual(3);
    const tasks = DEFAULT_TEMPLATE.taskSuggestions.filter((task) => task.step === step).length;
    expect(tasks).toBeGreaterThanOrEqual(2);
    expect(tasks).toBeLessThanOrEqual(4);
  });

  const EVIDENCED_BY_STEP: Record<string, Array<[string, boolean]>> = {
    MAP: [
      ['INITIATIVES_FOR_ACTIVE_AREAS', true],
      ['MAP_PUBLISHED', false],
      ['MAP_CHECKED_AGAINST_SURVEY', false],
      ['STEP_HAS_OWNER', true],
      ['STEP_TASKS_DONE', false],
    ],
    FOCUS: [
      ['SERVICE_AREAS_CHOSEN', true],
      ['PILOT_APPROVED', true],
      ['PILOTS_GOING_AHEAD_HAVE_BASELINES', false],
      ['STEP_HAS_OWNER', true],
      ['STEP_TASKS_DONE', false],
    ],
    PEOPLE: [
      ['PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', true],
      ['PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES', false],
      ['STEP_HAS_OWNER', true],
      ['STEP_TASKS_DONE', false],
    ],
    MARKET: [
      ['PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', true],
      ['PILOTS_GOING_AHEAD_HAVE_INCENTIVES', true],
      ['STEP_HAS_OWNER', true],
      ['STEP_TASKS_DONE', false],
    ],
    GROW: [
      ['SCALED_PILOTS_HAVE_PLANS', true],
      ['SCALED_PILOTS_HAVE_TRAINING', true],
      ['SCALING_COSTS_KNOWN', false],
      ['STEP_HAS_OWNER', true],
      ['STEP_TASKS_DONE', false],
    ],
  };

  it.each(STEPS)('checks what the records of %s can show from the records, and asks people to tick the rest', (step) => {
    const items = DEFAULT_TEMPLATE.items.filter((item) => item.step === step);
    expect(items.filter((item) => item.kind === 'EVIDENCED').map((item) => [item.rule, item.required])).toEqual(
      EVIDENCED_BY_STEP[step] ?? [
        ['STEP_HAS_OWNER', true],
        ['STEP_TASKS_DONE', false],
      ],
    );
    // What the records cannot show is still ticked by a person.
    expect(items.some((item) => item.kind === 'MANUAL')).toBe(true);
  });

  it('uses stable keys prefixed with their step', () => {
    for (const item of DEFAULT_TEMPLATE.items) expect(item.key.startsWith(`${item.step.toLowerCase()}.`)).toBe(true);
    expect(DEFAULT_TEMPLATE.items.map((item) => item.key)).toEqual(expect.arrayContaining(['map.record_existing', 'focus.small_pilot']));
  });

  it('cites a source and gives guidance for every item', () => {
    for (const item of DEFAULT_TEMPLATE.items) {
      expect(item.source.trim()).not.toBe('');
      expect(item.guidance.length).toBeGreaterThan(20);
    }
    const sources = new Set(DEFAULT_TEMPLATE.items.map((item) => item.source));
    for (const source of ['Loeffler & Hine-Hughes 2012', 'Kannan & Chang 2013', 'Alford 2009', 'Jakobsen 2012', 'Loeffler et al. 2008']) {
      expect(sources).toContain(source);
    }
  });

  it('cites the study behind each claim and claims no more than it found', () => {
    const item = (key: string) => DEFAULT_TEMPLATE.items.find((i) => i.key === key)!;
    // Bovaird & Loeffler 2012 backs the definition of coproduction, which no item rests on.
    expect(DEFAULT_TEMPLATE.items.filter((i) => i.source.includes('Bovaird & Loeffler'))).toEqual([]);
    expect(item('focus.measure_costs_outcomes').source).toBe('Knapp et al. 2010; Needham & Carr 2009');
    expect(item('focus.measure_costs_outcomes').guidance).toMatch(/Needham & Carr 2009/);
    // Self-efficacy goes with coproduction; the survey cannot say which drives which.
    expect(item('grow.self_efficacy_outcome').source).toBe('Parrado et al. 2013');
    for (const i of DEFAULT_TEMPLATE.items) expect(`${i.key}: ${i.guidance}`).not.toMatch(/predict|leads to|causes/i);
    expect(item('grow.self_efficacy_outcome').guidance).toMatch(/association/);
    // Alford favours what is not material; the item must not recommend material rewards.
    expect(item('market.incentives').guidance).not.toMatch(/material rewards?[^.]*can help|time credits/i);
    expect(item('market.incentives').guidance).toMatch(/not material/);
  });

  it('keeps rules only on evidenced items, and only known ones', () => {
    for (const item of DEFAULT_TEMPLATE.items) {
      expect(item.kind === 'EVIDENCED').toBe(isRuleId(item.rule));
    }
  });
});

describe('validateTemplate', () => {
  it.each<[string, WorkflowTemplateSpec, string, RegExp]>([
    ['a duplicate key', withItem(1, { key: DEFAULT_TEMPLATE.items[0].key }), 'items[1].key', /must be unique/],
    ['a blank key', withItem(0, { key: ' ' }), 'items[0].key', /Give the item a key/],
    ['a key that is not snake case', withItem(0, { key: 'Map Record' }), 'items[0].key', /not a valid key/],
    ['an unknown step', withItem(0, { step: 'LATER' }), 'items[0].step', /not a step/],
    ['an evidenced item without a rule', withItem(0, { kind: 'EVIDENCED', rule: undefined }), 'items[0].rule', /needs a rule/],
    [
      'an evidenced item with an unknown rule',
      withItem(0, { kind: 'EVIDENCED', rule: 'NO_SUCH_RULE' }),
      'items[0].rule',
      /not a known rule/,
    ],
    ['a manual item with a rule', withItem(0, { rule: 'STEP_HAS_OWNER' }), 'items[0].rule', /takes no rule/],
    ['an unknown kind', withItem(0, { kind: 'MAGIC' }), 'items[0].kind', /not a kind/],
    ['a blank title', withItem(2, { title: '  ' }), 'items[2].title', /Give a title/],
    ['a title over 200 characters', withItem(2, { title: 'x'.repeat(201) }), 'items[2].title', /200 characters or fewer/],
    ['a blank source', withItem(3, { source: '' }), 'items[3].source', /Cite where/],
    ['a missing source', withItem(3, { source: undefined }), 'items[3].source', /Cite where/],
    ['guidance that is not text', withItem(3, { guidance: 42 }), 'items[3].guidance', /must be text/],
    ['guidance that is too long', withItem(3, { guidance: 'x'.repeat(2001) }), 'items[3].guidance', /2000 characters/],
    ['required that is not a boolean', withItem(3, { required: 'yes' }), 'items[3].required', /required or advisory/],
    ['a blank name', { ...copy(), name: '' }, 'name', /Give a title/],
    ['version 0', { ...copy(), version: 0 }, 'version', /at least 1/],
    ['items that are not a list', { ...copy(), items: null as never }, 'items', /list of checklist items/],
    [
      'task suggestions that are not a list',
      { ...copy(), taskSuggestions: undefined as never },
      'taskSuggestions',
      /list of task suggestions/,
    ],
    [
      'a task suggestion with an unknown step',
      { ...copy(), taskSuggestions: [{ step: 'LATER' as never, title: 'Do it', description: '' }] },
      'taskSuggestions[0].step',
      /not a step/,
    ],
    [
      'a task suggestion without a title',
      { ...copy(), taskSuggestions: [{ step: 'MAP', title: '', description: '' }] },
      'taskSuggestions[0].title',
      /Give a title/,
    ],
  ])('reports %s', (_name, spec, field, message) => {
    const problems = validateTemplate(spec);
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('accepts a title of exactly 200 characters', () => {
    expect(validateTemplate(withItem(2, { title: 'x'.repeat(200) }))).toEqual([]);
  });

  it('requires every step to keep at least one item', () => {
    const spec = copy();
    spec.items = spec.items.filter((item) => item.step !== 'PEOPLE');
    expect(validateTemplate(spec)).toEqual([{ field: 'items', message: 'People it has no checklist items; give it at least one.' }]);
  });

  it('reports each empty step when there are no items at all', () => {
    expect(fields({ ...copy(), items: [] })).toEqual(['items', 'items', 'items', 'items', 'items']);
  });

  it('accepts an organisation copy that drops items, adds its own and has no task suggestions', () => {
    const spec = copy();
    spec.name = 'Our council';
    spec.version = 3;
    spec.items = spec.items.filter((item) => item.key !== 'map.publish_findings');
    spec.items.push({
      key: 'market.council_newsletter',
      step: 'MARKET',
      title: 'Feature the pilot in the council newsletter',
      guidance: '',
      required: false,
      kind: 'MANUAL',
      source: 'Our communications plan',
    });
    spec.taskSuggestions = [];
    expect(validateTemplate(spec)).toEqual([]);
  });

  it('does not change the template it checks', () => {
    const spec = withItem(0, { key: 'BAD KEY' });
    const before = structuredClone(spec);
    validateTemplate(spec);
    expect(spec).toEqual(before);
  });
});
