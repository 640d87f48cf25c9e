import {
  factGroupsNeeded,
  CHECKLIST_RULES,
  type ChecklistItemStatus,
  type GateFacts,
  RULE_IDS,
  evaluateGate,
  evaluateItem,
  gateFromVerdicts,
  holdsEarlierTick,
  isRuleId,
  PILOTS_GOING_AHEAD_WORDING,
  VERDICT_NOT_RECORDED,
} from './gates';
import { APPROVED_OR_BEYOND } from './pilot-lifecycle';

const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  step: 'MAP',
  tasks: { total: 2, done: 2 },
  stepOwnerId: 'user-1',
  ...overrides,
});

const manualItem = (key: string, required: boolean, ticked: boolean): ChecklistItemStatus => ({
  key,
  title: `Item ${key}`,
  required,
  kind: 'MANUAL',
  ticked,
});

const evidencedItem = (key: string, required: boolean, rule: ChecklistItemStatus['rule'], ticked = false): ChecklistItemStatus => ({
  key,
  title: `Item ${key}`,
  required,
  kind: 'EVIDENCED',
  rule,
  ticked,
});

describe('checklist rules', () => {
  it('every rule has a description for template editors', () => {
    for (const id of RULE_IDS) expect(CHECKLIST_RULES[id].description.length).toBeGreaterThan(10);
  });

  it.each([
    [{ total: 5, done: 3 }, false, '3 of 5 tasks in this step are done.'],
    [{ total: 5, done: 0 }, false, '0 of 5 tasks in this step are done.'],
    [{ total: 5, done: 5 }, true, 'All 5 tasks in this step are done.'],
    [{ total: 1, done: 1 }, true, 'The one task in this step is done.'],
    [{ total: 0, done: 0 }, false, 'This step has no tasks yet; add the work it needs and finish it.'],
  ])('STEP_TASKS_DONE with %j is satisfied=%s', (tasks, satisfied, explanation) => {
    expect(CHECKLIST_RULES.STEP_TASKS_DONE.evaluate(facts({ tasks }))).toEqual({ satisfied, explanation });
  });

  it.each([
    ['user-1', true],
    [null, false],
    ['', false],
  ])('STEP_HAS_OWNER with owner %j is satisfied=%s', (stepOwnerId, satisfied) => {
    const verdict = CHECKLIST_RULES.STEP_HAS_OWNER.evaluate(facts({ stepOwnerId }));
    expect(verdict.satisfied).toBe(satisfied);
    expect(verdict.explanation).toMatch(satisfied ? /has an owner/ : /assign an owner/);
  });

  it.each(RULE_IDS)('%s reports a missing fact group as unsatisfied instead of failing', (id) => {
    const onlyTheStep = { step: 'MAP' } as GateFacts;
    const verdict = CHECKLIST_RULES[id].evaluate(onlyTheStep);
    expect(verdict.satisfied).toBe(false);
    expect(verdict.explanation).toMatch(/could not be checked/);
  });

  it('recognises rule ids and nothing else', () => {
    expect(isRuleId('STEP_TASKS_DONE')).toBe(true);
    expect(isRuleId('STEP_HAS_OWNER')).toBe(true);
    expect(isRuleId('NO_SUCH_RULE')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId(undefined)).toBe(false);
  });
});

describe('evaluateItem', () => {
  it('a manual item is satisfied exactly when it is ticked', () => {
    expect(evaluateItem(manualItem('a', true, true), facts())).toEqual({ satisfied: true, explanation: 'Ticked as done.' });
    expect(evaluateItem(manualItem('a', true, false), facts()).satisfied).toBe(false);
  });

  it('a manual item ignores the facts', () => {
    expect(evaluateItem(manualItem('a', true, true), { step: 'MAP' } as GateFacts).satisfied).toBe(true);
  });

  it('an evidenced item follows its rule', () => {
    expect(evaluateItem(evidencedItem('a', true, 'STEP_HAS_OWNER'), facts()).satisfied).toBe(true);
    expect(evaluateItem(evidencedItem('a', true, 'STEP_HAS_OWNER'), facts({ stepOwnerId: null })).satisfied).toBe(false);
  });

  it('a hand tick cannot satisfy an evidenced item', () => {
    const item = evidencedItem('a', true, 'STEP_TASKS_DONE', true);
    expect(evaluateItem(item, facts({ tasks: { total: 4, done: 1 } }))).toEqual({
      satisfied: false,
      explanation: '1 of 4 tasks in this step are done.',
    });
  });

  it('an evidenced item without a rule, or with an unknown one, is open and says the template needs fixing', () => {
    for (const rule of [undefined, null, 'NO_SUCH_RULE' as never]) {
      const verdict = evaluateItem(evidencedItem('a', true, rule, true), facts());
      expect(verdict.satisfied).toBe(false);
      expect(verdict.explanation).toMatch(/template needs fixing/);
    }
  });

  it('an item of unknown kind is open', () => {
    const item = { ...manualItem('a', true, true), kind: 'MAGIC' as never };
    expect(evaluateItem(item, facts()).satisfied).toBe(false);
  });
});

describe('evaluateGate', () => {
  it('is open when every required item is satisfied, whatever the advisory items say', () => {
    const gate = evaluateGate(
      [
        manualItem('req-manual', true, true),
        evidencedItem('req-owner', true, 'STEP_HAS_OWNER'),
        manualItem('adv-manual', false, false),
        evidencedItem('adv-tasks', false, 'STEP_TASKS_DONE'),
      ],
      facts({ tasks: { total: 3, done: 1 } }),
    );
    expect(gate).toEqual({
      open: true,
      requiredTotal: 2,
      requiredSatisfied: 2,
      advisoryTotal: 2,
      advisorySatisfied: 0,
      openItems: [],
    });
  });

  it('lists only the unsatisfied required items as open, in order, with explanations', () => {
    const gate = evaluateGate(
      [
        manualItem('first', true, false),
        manualItem('done', true, true),
        evidencedItem('owner', true, 'STEP_HAS_OWNER'),
        manualItem('advisory', false, false),
      ],
      facts({ stepOwnerId: null }),
    );
    expect(gate.open).toBe(false);
    expect(gate.requiredTotal).toBe(3);
    expect(gate.requiredSatisfied).toBe(1);
    expect(gate.advisoryTotal).toBe(1);
    expect(gate.advisorySatisfied).toBe(0);
    expect(gate.openItems).toEqual([
      { key: 'first', title: 'Item first', explanation: 'Not ticked yet; tick it once this has been done.' },
      { key: 'owner', title: 'Item owner', explanation: 'No one owns this step yet; assign an owner.' },
    ]);
  });

  it('stays shut when a required evidenced item lacks its facts', () => {
    const gate = evaluateGate([evidencedItem('tasks', true, 'STEP_TASKS_DONE')], { step: 'FOCUS' } as GateFacts);
    expect(gate.open).toBe(false);
    expect(gate.openItems[0].explanation).toMatch(/could not be checked/);
  });

  it('is open when a step has no items, or only advisory ones', () => {
    expect(evaluateGate([], facts()).open).toBe(true);
    expect(evaluateGate([manualItem('adv', false, false)], facts()).open).toBe(true);
  });
});

describe('rules over the map and the pilots', () => {
  const base = { step: 'MAP' as const, tasks: { total: 0, done: 0 }, stepOwnerId: null };
  const rule = (id: keyof typeof CHECKLIST_RULES, facts: object) => CHECKLIST_RULES[id].evaluate({ ...base, ...facts });

  it('wants initiatives in every active service area', () => {
    expect(
      rule('INITIATIVES_FOR_ACTIVE_AREAS', { mapping: { activeServiceAreas: 3, activeAreasWithInitiatives: 2, publishedInitiatives: 0 } }),
    ).toEqual({
      satisfied: false,
      explanation: expect.stringMatching(/2 of 3 active service areas/),
    });
    expect(
      rule('INITIATIVES_FOR_ACTIVE_AREAS', { mapping: { activeServiceAreas: 3, activeAreasWithInitiatives: 3, publishedInitiatives: 0 } })
        .satisfied,
    ).toBe(true);
    expect(
      rule('INITIATIVES_FOR_ACTIVE_AREAS', { mapping: { activeServiceAreas: 0, activeAreasWithInitiatives: 0, publishedInitiatives: 0 } })
        .satisfied,
    ).toBe(false);
    expect(rule('INITIATIVES_FOR_ACTIVE_AREAS', {}).explanation).toMatch(/could not be checked/);
  });

  it('wants something published', () => {
    expect(
      rule('MAP_PUBLISHED', { mapping: { activeServiceAreas: 1, activeAreasWithInitiatives: 1, publishedInitiatives: 0 } }).satisfied,
    ).toBe(false);
    expect(rule('MAP_PUBLISHED', { mapping: { activeServiceAreas: 1, activeAreasWithInitiatives: 1, publishedInitiatives: 2 } })).toEqual({
      satisfied: true,
      explanation: '2 initiatives are published.',
    });
  });

  it('wants an approved pilot, and baselines for every pilot going ahead', () => {
    const pilots = (p: object) => ({ pilots: { total: 0, approvedOrBeyond: 0, approvedOrBeyondWithBaselineMetrics: 0, ...p } });
    expect(rule('PILOT_APPROVED', pilots({ total: 2 })).explanation).toBe('None of the 2 proposed pilots is approved yet.');
    expect(rule('PILOT_APPROVED', pilots({ total: 2, approvedOrBeyond: 1 })).satisfied).toBe(true);
    expect(rule('PILOTS_GOING_AHEAD_HAVE_BASELINES', pilots({}))).toEqual({
      satisfied: false,
      explanation: 'No pilot has been proposed yet.',
    });
    // A stopped or rejected pilot is counted in total but not as going ahead.
    expect(rule('PILOTS_GOING_AHEAD_HAVE_BASELINES', pilots({ total: 1 }))).toEqual({
      satisfied: false,
      explanation: 'No pilot is approved, running, being evaluated or decided SCALE; approve one first.',
    });
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_BASELINES', pilots({ total: 2, approvedOrBeyond: 2, approvedOrBeyondWithBaselineMetrics: 1 }))
        .explanation,
    ).toBe('1 of 2 pilots going ahead lacks outcome metrics with baselines.');
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_BASELINES', pilots({ total: 3, approvedOrBeyond: 2, approvedOrBeyondWithBaselineMetrics: 2 })),
    ).toEqual({
      satisfied: true,
      explanation: 'All 2 pilots going ahead have outcome metrics with baselines.',
    });
  });
});

describe('rules over participants, engagement plans and scaling plans', () => {
  const base = { step: 'PEOPLE' as const, tasks: { total: 0, done: 0 }, stepOwnerId: null };
  const rule = (id: keyof typeof CHECKLIST_RULES, facts: object) => CHECKLIST_RULES[id].evaluate({ ...base, ...facts });

  it('wants participants in every pilot going ahead', () => {
    expect(rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 0, approvedOrBeyondWithParticipants: 0 } })).toEqual({
      satisfied: false,
      explanation: 'No pilot is approved, running, being evaluated or decided SCALE; approve one first.',
    });
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 3, approvedOrBeyondWithParticipants: 1 } }).explanation,
    ).toBe('2 of 3 pilots going ahead have no participants enrolled yet.');
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 3, approvedOrBeyondWithParticipants: 2 } }).explanation,
    ).toBe('1 of 3 pilots going ahead has no participants enrolled yet.');
    expect(rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 1, approvedOrBeyondWithParticipants: 0 } })).toEqual({
      satisfied: false,
      explanation: 'The one pilot going ahead has no participants enrolled yet.',
    });
    expect(rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 1, approvedOrBeyondWithParticipants: 1 } })).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has participants enrolled.',
    });
  });

  it('wants published rules of engagement for every pilot going ahead', () => {
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', { engagement: { approvedOrBeyond: 2, approvedOrBeyondWithPublishedTerms: 2 } }),
    ).toEqual({
      satisfied: true,
      explanation: 'All 2 pilots going ahead have published rules of engagement.',
    });
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', { engagement: { approvedOrBeyond: 2, approvedOrBeyondWithPublishedTerms: 1 } })
        .satisfied,
    ).toBe(false);
    expect(
      rule('PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', { engagement: { approvedOrBeyond: 0, approvedOrBeyondWithPublishedTerms: 0 } })
        .satisfied,
    ).toBe(false);
    expect(rule('PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', {}).explanation).toMatch(/could not be checked/);
  });

  it('counts the pilots going ahead: APPROVED_OR_BEYOND, so an evaluated or scaled pilot still counts and a stopped one does not', () => {
    expect([...APPROVED_OR_BEYOND].sort()).toEqual(['APPROVED', 'EVALUATING', 'RUNNING', 'SCALE']);
    for (const status of ['STOP', 'REJECTED', 'PROPOSED'] as const) expect(APPROVED_OR_BEYOND).not.toContain(status);
    for (const id of [
      'PILOTS_GOING_AHEAD_HAVE_BASELINES',
      'PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS',
      'PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS',
    ] as const) {
      expect(CHECKLIST_RULES[id].description).toContain(PILOTS_GOING_AHEAD_WORDING);
    }
  });

  it('never says no pilot is running: its explanations hold whatever stage the pilots have reached', () => {
    const explanations = [
      rule('PILOTS_GOING_AHEAD_HAVE_PARTICIPANTS', { people: { approvedOrBeyond: 0, approvedOrBeyondWithParticipants: 0 } }),
      rule('PILOTS_GOING_AHEAD_HAVE_PUBLISHED_TERMS', { engagement: { approvedOrBeyond: 0, approvedOrBeyondWithPublishedTerms: 0 } }),
      rule('PILOTS_GOING_AHEAD_HAVE_BASELINES', { pilots: { total: 1, approvedOrBeyond: 0, approvedOrBeyondWithBaselineMetrics: 0 } }),
    ].map((v) => v.explanation);
    for (const text of explanations) expect(text).not.toMatch(/running yet|is running/);
  });

  it('wants a scaling plan with training for every pilot decided SCALE', () => {
    expect(rule('SCALED_PILOTS_HAVE_TRAINING', { growth: { scaled: 0, scaledWithTrainingPlan: 0 } }).explanation).toBe(
      'No pilot has been decided SCALE yet.',
    );
    expect(rule('SCALED_PILOTS_HAVE_TRAINING', { growth: { scaled: 2, scaledWithTrainingPlan: 1 } }).satisfied).toBe(false);
    expect(rule('SCALED_PILOTS_HAVE_TRAINING', { growth: { scaled: 2, scaledWithTrainingPlan: 2 } }).satisfied).toBe(true);
  });
});

describe('rules that replaced ticking (template version 5)', () => {
  const base = { step: 'FOCUS' as const, tasks: { total: 0, done: 0 }, stepOwnerId: null };
  const rule = (id: keyof typeof CHECKLIST_RULES, facts: object) => CHECKLIST_RULES[id].evaluate({ ...base, ...facts });

  it('SERVICE_AREAS_CHOSEN wants a chosen priority area, each chosen one with its reason', () => {
    const priorities = (p: object) => ({ priorities: { proposed: 0, chosen: 0, chosenWithoutReason: 0, ...p } });
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({}))).toEqual({
      satisfied: false,
      explanation: 'No priority area has been proposed yet; score the candidate service areas.',
    });
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({ proposed: 3 })).explanation).toBe(
      'None of the 3 proposed priority areas is marked chosen yet.',
    );
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({ proposed: 1 })).explanation).toBe(
      'The one proposed priority area is not marked chosen yet.',
    );
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({ proposed: 3, chosen: 2, chosenWithoutReason: 1 }))).toEqual({
      satisfied: false,
      explanation: '1 of the 2 chosen priority areas has no reason written down; say why it came first.',
    });
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({ proposed: 3, chosen: 2 }))).toEqual({
      satisfied: true,
      explanation: '2 of 3 proposed priority areas are chosen, each with its reason written down.',
    });
    expect(rule('SERVICE_AREAS_CHOSEN', priorities({ proposed: 1, chosen: 1 })).explanation).toBe(
      '1 of 1 proposed priority area is chosen, with the reason written down.',
    );
  });

  it('PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES wants needs and a matched participant for every pilot going ahead', () => {
    const matching = (approvedOrBeyond: number, approvedOrBeyondWithNeedsAndMatches: number) => ({
      matching: { approvedOrBeyond, approvedOrBeyondWithNeedsAndMatches },
    });
    expect(rule('PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES', matching(0, 0)).explanation).toBe(
      'No pilot is approved, running, being evaluated or decided SCALE; approve one first.',
    );
    expect(rule('PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES', matching(2, 1))).toEqual({
      satisfied: false,
      explanation: '1 of 2 pilots going ahead lacks recorded needs, or a participant whose motivation and time are known.',
    });
    expect(rule('PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES', matching(1, 1))).toEqual({
      satisfied: true,
      explanation: 'The one pilot going ahead has its needs recorded and a participant whose motivation and time are known.',
    });
  });

  it('PILOTS_GOING_AHEAD_HAVE_INCENTIVES does not count sanctions alone, and says so', () => {
    const incentives = (approvedOrBeyond: number, withIncentives: number, sanctionsOnly: number) => ({
      incentives: { approvedOrBeyond, approvedOrBeyondWithIncentives: withIncentives, approvedOrBeyondWithSanctionsOnly: sanctionsOnly },
    });
    expect(rule('PILOTS_GOING_AHEAD_HAVE_INCENTIVES', incentives(1, 0, 1))).toEqual({
      satisfied: false,
      explanation:
        'The one pilot going ahead has no incentive other than a sanction yet. 1 pilot lists only sanctions, which do not count on their own.',
    });
    expect(rule('PILOTS_GOING_AHEAD_HAVE_INCENTIVES', incentives(3, 1, 2)).explanation).toBe(
      '2 of 3 pilots going ahead have no incentive other than a sanction yet. 2 pilots list only sanctions, which do not count on their own.',
    );
    expect(rule('PILOTS_GOING_AHEAD_HAVE_INCENTIVES', incentives(2, 1, 0)).satisfied).toBe(false);
    expect(rule('PILOTS_GOING_AHEAD_HAVE_INCENTIVES', incentives(2, 2, 0))).toEqual({
      satisfied: true,
      explanation: 'All 2 pilots going ahead have incentives other than sanctions.',
    });
  });

  it('SCALED_PILOTS_HAVE_PLANS wants a scaling plan for every pilot decided SCALE', () => {
    const plans = (scaled: number, scaledWithPlan: number) => ({ scalingPlans: { scaled, scaledWithPlan } });
    expect(rule('SCALED_PILOTS_HAVE_PLANS', plans(0, 0))).toEqual({
      satisfied: false,
      explanation: 'No pilot has been decided SCALE yet.',
    });
    expect(rule('SCALED_PILOTS_HAVE_PLANS', plans(1, 0)).explanation).toBe('The one pilot decided SCALE has no scaling plan yet.');
    expect(rule('SCALED_PILOTS_HAVE_PLANS', plans(3, 1)).explanation).toBe('2 of 3 pilots decided SCALE have no scaling plan yet.');
    expect(rule('SCALED_PILOTS_HAVE_PLANS', plans(1, 1))).toEqual({
      satisfied: true,
      explanation: 'The one pilot decided SCALE has a scaling plan.',
    });
    expect(rule('SCALED_PILOTS_HAVE_PLANS', plans(2, 2)).explanation).toBe('All 2 pilots decided SCALE have scaling plans.');
  });

  it('keeps a tick given before the item was checked from the records, saying what the records alone show', () => {
    const noPlans = facts({ scalingPlans: { scaled: 0, scaledWithPlan: 0 } });
    const ticked = evidencedItem('grow.scale_what_works', true, 'SCALED_PILOTS_HAVE_PLANS', true);
    expect(evaluateItem(ticked, noPlans)).toEqual({
      satisfied: true,
      explanation:
        'Ticked by hand before this item was checked from the records, and that tick still counts. The records alone say: No pilot has been decided SCALE yet.',
    });
    // Once the records show it, they speak for the item.
    expect(evaluateItem(ticked, facts({ scalingPlans: { scaled: 1, scaledWithPlan: 1 } }))).toEqual({
      satisfied: true,
      explanation: 'The one pilot decided SCALE has a scaling plan.',
    });
    // Without a tick the records decide.
    expect(evaluateItem(evidencedItem('grow.scale_what_works', true, 'SCALED_PILOTS_HAVE_PLANS'), noPlans).satisfied).toBe(false);
    // Only rules that replaced ticking keep ticks: elsewhere a tick still cannot stand in for evidence.
    expect(
      evaluateItem(
        evidencedItem('a', true, 'SCALED_PILOTS_HAVE_TRAINING', true),
        facts({ growth: { scaled: 0, scaledWithTrainingPlan: 0 } }),
      ).satisfied,
    ).toBe(false);
    // Such a tick is held (and may be withdrawn) only where the rule replaced ticking.
    expect(holdsEarlierTick(ticked)).toBe(true);
    expect(holdsEarlierTick({ ...ticked, ticked: false })).toBe(false);
    expect(holdsEarlierTick(evidencedItem('a', true, 'SCALED_PILOTS_HAVE_TRAINING', true))).toBe(false);
    expect(holdsEarlierTick(manualItem('a', true, true))).toBe(false);
    expect(RULE_IDS.filter((id) => (CHECKLIST_RULES[id] as { replacedTicksAt?: number }).replacedTicksAt !== undefined).sort()).toEqual([
      'PILOTS_GOING_AHEAD_HAVE_INCENTIVES',
      'PILOTS_GOING_AHEAD_HAVE_NEEDS_AND_MATCHES',
      'SCALED_PILOTS_HAVE_PLANS',
      'SERVICE_AREAS_CHOSEN',
    ]);
  });
});

describe('factGroupsNeeded', () => {
  it('names the fact groups that the evidenced items read, and nothing for manual ones', () => {
    expect(
      [
        ...factGroupsNeeded([
          { kind: 'EVIDENCED', rule: 'STEP_HAS_OWNER' },
          { kind: 'EVIDENCED', rule: 'MAP_PUBLISHED' },
          { kind: 'EVIDENCED', rule: 'INITIATIVES_FOR_ACTIVE_AREAS' },
          { kind: 'MANUAL', rule: null },
        ]),
      ].sort(),
    ).toEqual(['mapping', 'stepOwnerId']);
  });

  it('matches what each rule really reads: without its group a rule cannot be checked', () => {
    const base = { step: 'MAP' as const, tasks: { total: 1, done: 1 }, stepOwnerId: 'someone' };
    for (const [id, rule] of Object.entries(CHECKLIST_RULES)) {
      const withoutGroup = { ...base, [rule.needs]: undefined };
      expect([id, rule.evaluate(withoutGroup as never).explanation]).toEqual([id, expect.stringMatching(/could not be checked/)]);
    }
  });
});

describe('gateFromVerdicts (a gate from recorded verdicts)', () => {
  const items = [
    { key: 'a', title: 'A', required: true },
    { key: 'b', title: 'B', required: true },
    { key: 'c', title: 'C', required: false },
  ];

  it('summarises the verdicts it is given, as evaluateGate does for live ones', () => {
    const recorded = new Map([
      ['a', { satisfied: true, explanation: 'Done then.' }],
      ['b', { satisfied: false, explanation: 'Open then.' }],
      ['c', { satisfied: true, explanation: 'Advisory, done.' }],
    ]);
    expect(gateFromVerdicts(items, (item) => recorded.get(item.key)!)).toEqual({
      open: false,
      requiredTotal: 2,
      requiredSatisfied: 1,
      advisoryTotal: 1,
      advisorySatisfied: 1,
      openItems: [{ key: 'b', title: 'B', explanation: 'Open then.' }],
    });
  });

  it('keeps a required item without a recorded verdict open, and says why', () => {
    const gate = gateFromVerdicts(items, (item) => (item.key === 'b' ? VERDICT_NOT_RECORDED : { satisfied: true, explanation: 'ok' }));
    expect(gate.open).toBe(false);
    expect(gate.openItems).toEqual([{ key: 'b', title: 'B', explanation: VERDICT_NOT_RECORDED.explanation }]);
  });
});

describe('MAP_CHECKED_AGAINST_SURVEY', () => {
  const mapping = { activeServiceAreas: 2, activeAreasWithInitiatives: 1, publishedInitiatives: 0 };
  const item = {
    key: 'map.look_here_first',
    title: 'Look first',
    required: false,
    kind: 'EVIDENCED' as const,
    rule: 'MAP_CHECKED_AGAINST_SURVEY' as const,
    ticked: false,
  };

  it('names the area the survey points to, and is satisfied when it points nowhere', () => {
    const flagged = evaluateItem(item, {
      step: 'MAP',
      tasks: { total: 0, done: 0 },
      stepOwnerId: null,
      mapping: {
        ...mapping,
        hiddenCoproduction: {
          compared: true,
          lookHereFirst: [{ area: 'Health', oftenShare: 0.52, respondents: 40, mappedInitiatives: 0 }],
        },
      },
    });
    expect(flagged).toEqual({
      satisfied: false,
      explanation:
        'Look here first: residents report much more than the map shows in Health (52% "often" from 40 residents; 0 on the map).',
    });
    const clear = evaluateItem(item, {
      step: 'MAP',
      tasks: { total: 0, done: 0 },
      stepOwnerId: null,
      mapping: { ...mapping, hiddenCoproduction: { compared: true, lookHereFirst: [] } },
    });
    expect(clear.satisfied).toBe(true);
  });

  it('stays open and names no area without a survey to compare with', () => {
    const verdict = evaluateItem(item, { step: 'MAP', tasks: { total: 0, done: 0 }, stepOwnerId: null, mapping });
    expect(verdict.satisfied).toBe(false);
    expect(verdict.explanation).toMatch(/^No residents' survey/);
  });
});
