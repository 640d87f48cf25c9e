import { startTestApp, type TestApp } from '../support/test-app';
import type { As } from '../support/graphql-client';

/**
 * Hidden coproduction and its drivers, through the real API: residents report far more than
 * officials expect (Loeffler et al. 2008), so the map points to the area where a survey finds much
 * activity and the map holds little; per-question results show the share answering "often" with
 * its sample size; the optional driver questions give correlations with direction and n, worded
 * as associations (Parrado et al. 2013). Another organisation reads none of it.
 *
 * The data set: 40 residents answer Health and Local environment. Respondent i answers every
 * question of both areas by i mod 3: 0 → all SOMETIMES, 1 → three OFTEN and two SOMETIMES,
 * 2 → all OFTEN. So 14 + 13 + 13 residents, and 13·3 + 13·5 = 104 of 200 answers per area are
 * "often": 52%, at least half, much activity. The map holds nothing in Health (look here first)
 * and three initiatives in Local environment (not little). Self-efficacy rises with i mod 3,
 * perceived problems in Health fall with it: a positive and a negative association.
 */

const MAP = `query { coproductionMap { areas { serviceArea { name } coproductionCount
  hiddenCoproduction { lookHereFirst surveyTitle policyArea oftenShare respondents mappedInitiatives explanation } } } }`;
const RESULTS = `query($id: ID!) { survey(id: $id) { id driverQuestions { key kind area text } results { sampleSize
  questionResults { key area effort answered often oftenShare }
  effortPattern { effort label questions answers oftenShare reference }
  drivers { selfEfficacy { answered oftenShare meanScore } associations { driver area coefficient n direction statement } caveats } } } }`;
const TREND = `query { surveySelfEfficacyTrend { points { survey { id title } answered oftenShare meanScore } notes } }`;

function answersOf(i: number): Record<string, string> {
  const level = i % 3;
  const out: Record<string, string> = {};
  for (const prefix of ['health', 'environment']) {
    for (let q = 1; q <= 5; q += 1) out[`${prefix}.q${q}`] = level === 2 || (level === 1 && q <= 3) ? 'OFTEN' : 'SOMETIMES';
  }
  out['drivers.efficacy'] = ['NEVER', 'SOMETIMES', 'OFTEN'][level];
  out['drivers.conditions.health'] = ['OFTEN', 'SOMETIMES', 'NEVER'][level];
  return out;
}

describe('surveys beside the map: hidden coproduction and its drivers', () => {
  let t: TestApp;
  let as: As;
  let other: As;
  let surveyId: string;
  let programmeId: string;

  /** The Map it checklist's "look here first" item, as the programme board reads it. */
  const checklist = async () => {
    const data = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { steps { step items { key verdict { satisfied explanation } } } } }`,
      { id: programmeId },
      as,
    );
    const step = data.programme.steps.find((s: { step: string }) => s.step === 'MAP');
    return step.items.find((i: { key: string }) => i.key === 'map.look_here_first').verdict as { satisfied: boolean; explanation: string };
  };

  const map = async (who: As) => {
    const areas = (await t.client.ok(MAP, {}, who)).coproductionMap.areas as Array<{
      serviceArea: { name: string };
      hiddenCoproduction: any;
    }>;
    return Object.fromEntries(areas.map((a) => [a.serviceArea.name, a.hiddenCoproduction]));
  };

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.client.signUp('Survey Map Manager');
    as = { token: admin.token, organisationId: await t.client.createOrganisation(admin.token, 'Riverside') };
    const stranger = await t.client.signUp('Other Manager');
    other = { token: stranger.token, organisationId: await t.client.createOrganisation(stranger.token, 'Elsewhere') };
    programmeId = (await t.client.ok(`mutation { createProgramme(input: { name: "Map the borough" }) { id } }`, {}, as)).createProgramme.id;
    const areas = (await t.client.ok(`{ serviceAreas { id name } }`, {}, as)).serviceAreas as Array<{ id: string; name: string }>;
    const environment = areas.find((a) => a.name === 'Local environment')!;
    for (const name of ['Litter pick', 'Park friends', 'Repair café']) {
      await t.client.ok(
        `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
        { input: { name, serviceAreaId: environment.id, forms: ['CO_PERFORMING'], publicBodyInput: 'The council lends tools' } },
        as,
      );
    }
  });
  afterAll(() => t.close());

  it('says nothing on the map without a survey, rather than guess', async () => {
    const signals = await map(as);
    expect(Object.values(signals).every((s) => s === null)).toBe(true);
    // The checklist item stays open and names no area.
    const item = await checklist();
    expect(item.satisfied).toBe(false);
    expect(item.explanation).toBe(
      "No residents' survey has at least 30 respondents in an area of the map yet, so the map cannot be checked against what residents say they do.",
    );
  });

  it('asks the optional driver questions only when told to', async () => {
    const created = (
      await t.client.ok(
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken survey { id questions { key } driverQuestions { key kind area } } } }`,
        { input: { title: 'Riverside 2026', areas: ['HEALTH', 'LOCAL_ENVIRONMENT'], samplingMethod: 'RANDOM_SAMPLE', askDrivers: true } },
        as,
      )
    ).createSurvey;
    surveyId = created.survey.id;
    expect(created.survey.questions).toHaveLength(10);
    expect(created.survey.driverQuestions).toEqual([
      { key: 'drivers.efficacy', kind: 'SELF_EFFICACY', area: null },
      { key: 'drivers.conditions.health', kind: 'PERCEIVED_CONDITIONS', area: 'HEALTH' },
      { key: 'drivers.conditions.environment', kind: 'PERCEIVED_CONDITIONS', area: 'LOCAL_ENVIRONMENT' },
    ]);
    const form = (
      await t.client.ok(`query($token: String!) { surveyForm(token: $token) { aboutYou { key } } }`, { token: created.responseToken })
    ).surveyForm;
    expect(form.aboutYou.map((q: { key: string }) => q.key)).toEqual(created.survey.driverQuestions.map((q: { key: string }) => q.key));

    const plain = (
      await t.client.ok(
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id driverQuestions { key } results { drivers { caveats } } } } }`,
        { input: { title: 'Short one', areas: ['HEALTH'], samplingMethod: 'RANDOM_SAMPLE' } },
        as,
      )
    ).createSurvey.survey;
    expect(plain.driverQuestions).toEqual([]);
    expect(plain.results.drivers).toBeNull();
    // A survey without driver questions refuses answers to them, naming the field.
    const refused = await t.client.fails(
      `mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`,
      { input: { surveyId: plain.id, answers: { 'health.q1': 'OFTEN', 'drivers.efficacy': 'OFTEN' } } },
      as,
    );
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.extensions)).toContain('input.answers.drivers.efficacy');
  });

  it('with too few residents in an area still says nothing', async () => {
    for (let i = 0; i < 29; i += 1) {
      await t.client.ok(
        `mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`,
        {
          input: { surveyId, answers: answersOf(i) },
        },
        as,
      );
    }
    const signals = await map(as);
    expect(signals['Health']).toBeNull();
    expect(signals['Local environment']).toBeNull();
    expect((await checklist()).explanation).not.toContain('Look here first');
  });

  it('points to the under-mapped area, with the figures behind it', async () => {
    for (let i = 29; i < 40; i += 1) {
      await t.client.ok(
        `mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`,
        {
          input: { surveyId, answers: answersOf(i) },
        },
        as,
      );
    }
    const signals = await map(as);
    expect(signals['Health']).toEqual({
      lookHereFirst: true,
      surveyTitle: 'Riverside 2026',
      policyArea: 'HEALTH',
      oftenShare: 0.52,
      respondents: 40,
      mappedInitiatives: 0,
      explanation:
        'Look here first: 40 residents answered about Health; 52% of their answers were "often", yet the map records 0 initiatives there. ' +
        'Residents seem to do more than has been mapped; ask them what goes on.',
    });
    expect(signals['Local environment']).toMatchObject({ lookHereFirst: false, oftenShare: 0.52, respondents: 40, mappedInitiatives: 3 });
    // Not surveyed: nothing said.
    expect(signals['Community safety']).toBeNull();
    expect(signals['Housing']).toBeNull();
    // The Map it checklist names the same area, with the same figures.
    expect(await checklist()).toEqual({
      satisfied: false,
      explanation:
        'Look here first: residents report much more than the map shows in Health (52% "often" from 40 residents; 0 on the map).',
    });
  });

  it('gives per-question results and the effort pattern with sample sizes', async () => {
    const { results } = (await t.client.ok(RESULTS, { id: surveyId }, as)).survey;
    expect(results.sampleSize).toBe(40);
    const q1 = results.questionResults.find((q: { key: string }) => q.key === 'health.q1');
    // 26 of 40 (levels 1 and 2) answered "often" to the first three questions.
    expect(q1).toEqual({ key: 'health.q1', area: 'HEALTH', effort: 'LIFESTYLE_CHANGE', answered: 40, often: 26, oftenShare: 0.65 });
    const q4 = results.questionResults.find((q: { key: string }) => q.key === 'health.q4');
    expect(q4).toEqual({ key: 'health.q4', area: 'HEALTH', effort: 'GROUP_PARTICIPATION', answered: 40, often: 13, oftenShare: 0.325 });
    expect(results.questionResults.every((q: { answered: number }) => q.answered === 40)).toBe(true);
    const low = results.effortPattern.find((e: { effort: string }) => e.effort === 'LOW_EFFORT');
    // environment.q1 and q2: 26 each of 40.
    expect(low).toMatchObject({ questions: 2, answers: 80, oftenShare: 0.65 });
    expect(low.reference).toContain('Loeffler et al. 2008');
  });

  it('shows each association with its direction and sample size, never as a cause', async () => {
    const { drivers } = (await t.client.ok(RESULTS, { id: surveyId }, as)).survey.results;
    expect(drivers.selfEfficacy).toEqual({ answered: 40, oftenShare: 0.325, meanScore: 48.8 });
    const [efficacy, health, environment] = drivers.associations;
    expect(efficacy).toMatchObject({ driver: 'SELF_EFFICACY', area: null, n: 40, direction: 'POSITIVE' });
    expect(efficacy.coefficient).toBeGreaterThan(0.9);
    expect(efficacy.statement).toContain('40 residents');
    expect(health).toMatchObject({ driver: 'PERCEIVED_CONDITIONS', area: 'HEALTH', n: 40, direction: 'NEGATIVE' });
    // Nobody answered the environment conditions question: no coefficient, said in words.
    expect(environment).toMatchObject({ area: 'LOCAL_ENVIRONMENT', n: 0, coefficient: null, direction: null });
    expect(environment.statement).toContain('Too few residents');
    for (const a of drivers.associations) expect(a.statement).not.toMatch(/\b(causes?|leads? to|predicts?|because|drives?|will)\b/i);
    expect(drivers.caveats[0]).toContain('not what causes what');
    expect(drivers.caveats[0]).toContain('Parrado et al. 2013');
    expect(drivers.caveats[1]).toContain('Only 40 responses');
  });

  it('tracks self-efficacy over the surveys that asked it, in order', async () => {
    const later = (
      await t.client.ok(
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
        { input: { title: 'Riverside 2027', areas: ['HEALTH'], samplingMethod: 'RANDOM_SAMPLE', askDrivers: true } },
        as,
      )
    ).createSurvey.survey;
    for (const answer of ['OFTEN', 'OFTEN', 'SOMETIMES']) {
      await t.client.ok(
        `mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`,
        {
          input: { surveyId: later.id, answers: { 'health.q1': 'OFTEN', 'drivers.efficacy': answer } },
        },
        as,
      );
    }
    const trend = (await t.client.ok(TREND, {}, as)).surveySelfEfficacyTrend;
    expect(trend.points).toEqual([
      { survey: { id: surveyId, title: 'Riverside 2026' }, answered: 40, oftenShare: 0.325, meanScore: 48.8 },
      { survey: { id: later.id, title: 'Riverside 2027' }, answered: 3, oftenShare: 0.667, meanScore: 83.3 },
    ]);
    expect(trend.notes.join(' ')).toContain('shows no cause');
  });

  it('keeps it all within the organisation', async () => {
    const refused = await t.client.fails(RESULTS, { id: surveyId }, other);
    expect(refused.extensions?.code).toBe('NOT_FOUND');
    expect((await t.client.ok(TREND, {}, other)).surveySelfEfficacyTrend.points).toEqual([]);
    const signals = await map(other);
    expect(Object.values(signals).every((s) => s === null)).toBe(true);
  });
});
