import { startTestApp, type TestApp } from '../support/test-app';
import {
  createSkills,
  daysBefore,
  M,
  namedField,
  type Organisation,
  organisationWithRoles,
  pilotIn,
  PUBLIC_TASK,
  Q,
  register,
  runningPilot,
  today,
} from './people-support';

interface Match {
  score: number;
  parts: { skills: number; motivation: number; time: number };
  explanation: string[];
  participant: { id: string; displayName: string };
}

describe('matching participants to a pilot, enrolling them and following their self-efficacy', () => {
  let t: TestApp;
  let org: Organisation;
  let skills: Record<string, string>;
  let programmeId: string;
  let pilotId: string;
  let otherPilotId: string;
  let day: string;
  const ids: Record<string, string> = {};
  const enrolments: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Matching Council');
    day = await today(t, org.id);
    skills = await createSkills(t, org.as.ADMIN, ['Gardening', 'Cooking', 'First aid']);
    ({ programmeId, pilotId } = await runningPilot(t, org.as.ADMIN, 'Green spaces', 'Community garden'));
    otherPilotId = await pilotIn(t, org.as.ADMIN, programmeId, 'Lunch club', 'APPROVED');
    const people: Array<[string, string[], number, number, Record<string, unknown> | null]> = [
      ['Both keen', ['Gardening', 'Cooking'], 5, 10, PUBLIC_TASK],
      ['One skill keen', ['Gardening'], 5, 10, PUBLIC_TASK],
      ['Both reluctant', ['Gardening', 'Cooking'], 1, 10, PUBLIC_TASK],
      ['Both short of time', ['cooking', 'GARDENING'].map((n) => n), 5, 4, PUBLIC_TASK],
      ['Twin low', ['Gardening'], 3, 8, PUBLIC_TASK],
      ['Twin high', ['Gardening'], 3, 8, PUBLIC_TASK],
      ['No basis', ['Gardening', 'Cooking'], 5, 20, null],
      ['To be erased', ['Gardening', 'Cooking'], 5, 20, PUBLIC_TASK],
    ];
    for (const [name, skillNames, motivation, hoursPerMonth, lawfulBasis] of people) {
      const skillIds = skillNames.map((n) => skills[Object.keys(skills).find((k) => k.toLowerCase() === n.toLowerCase())!]);
      const input = lawfulBasis ? { displayName: name, lawfulBasis } : {};
      ids[name] = (await register(t, org.as.CONSULTANT, { ...input, skillIds, motivation, hoursPerMonth })).id;
    }
    await t.client.ok(M.erase, { input: { participantId: ids['To be erased'] } }, org.as.ADMIN);
  });
  afterAll(() => t.close());

  // Read as a CONTRIBUTOR: the lowest role that may read participants' names.
  const matches = async (first?: number): Promise<Match[]> =>
    (await t.client.ok(Q.matches, { pilotId, first }, org.as.CONTRIBUTOR)).participantMatches;
  const readPilot = async (id = pilotId) => (await t.client.ok(Q.pilot, { id }, org.as.CONTRIBUTOR)).pilot;
  const peopleItem = async () => {
    const steps = (await t.client.ok(Q.peopleItem, { id: programmeId }, org.as.VIEWER)).programme.steps;
    return steps.find((s: { step: string }) => s.step === 'PEOPLE').items.find((i: { key: string }) => i.key === 'people.recruit_willing')
      .verdict;
  };

  it('states what the pilot needs', async () => {
    const needs = (
      await t.client.ok(
        M.setNeeds,
        { input: { pilotId, skillIds: [skills.Gardening, skills.Cooking, skills.Gardening], hoursPerMonth: 8 } },
        org.as.CONSULTANT,
      )
    ).setPilotNeeds;
    expect(needs).toEqual({
      pilotId,
      hoursPerMonth: 8,
      version: 1,
      skills: [
        { id: skills.Gardening, name: 'Gardening' },
        { id: skills.Cooking, name: 'Cooking' },
      ],
    });
    expect((await readPilot()).needs.hoursPerMonth).toBe(8);
    const bad = await t.client.fails(M.setNeeds, { input: { pilotId, version: 1, skillIds: [], hoursPerMonth: -2 } }, org.as.CONSULTANT);
    expect([bad.extensions?.code, namedField(bad, 'input.hoursPerMonth')]).toEqual(['BAD_USER_INPUT', 'input.hoursPerMonth']);
    expect(
      (await t.client.fails(M.setNeeds, { input: { pilotId, version: 1, skillIds: [], hoursPerMonth: 2 } }, org.as.CONTRIBUTOR)).extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('changes the needs only at the version last read: a stale or missing one answers CONFLICT with the current version and changes nothing', async () => {
    const before = (await readPilot()).needs;
    expect(before).toMatchObject({ hoursPerMonth: 8, version: 1 });
    const again = (
      await t.client.ok(
        M.setNeeds,
        { input: { pilotId, version: 1, skillIds: [skills.Gardening, skills.Cooking], hoursPerMonth: 8 } },
        org.as.CONSULTANT,
      )
    ).setPilotNeeds;
    expect(again).toMatchObject({ hoursPerMonth: 8, version: 2 });

    const stale = await t.client.fails(
      M.setNeeds,
      { input: { pilotId, version: 1, skillIds: [skills['First aid']], hoursPerMonth: 40 } },
      org.as.ADMIN,
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const blind = await t.client.fails(M.setNeeds, { input: { pilotId, skillIds: [], hoursPerMonth: 1 } }, org.as.ADMIN);
    expect(blind.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect((await readPilot()).needs).toEqual({ ...before, version: 2 });
    const journey = (await t.client.ok(Q.journey, { id: programmeId }, org.as.VIEWER)).programme.journey.edges.map(
      (e: { node: { type: string } }) => e.node.type,
    );
    expect(journey.filter((type: string) => type === 'PILOT_NEEDS_SET')).toHaveLength(2);

    // A version for needs never set is refused too, and writes nothing.
    const invented = await t.client.fails(
      M.setNeeds,
      { input: { pilotId: otherPilotId, version: 3, skillIds: [], hoursPerMonth: 1 } },
      org.as.ADMIN,
    );
    expect(invented.extensions?.code).toBe('CONFLICT');
    expect((await readPilot(otherPilotId)).needs).toBeNull();
  });

  it('lets one of many first sets of a pilot’s needs through; the others answer CONFLICT with the version it wrote', async () => {
    const { pilotId: fresh } = await runningPilot(t, org.as.ADMIN, 'Raced needs', 'Raced pilot');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.client.request(M.setNeeds, { input: { pilotId: fresh, skillIds: [], hoursPerMonth: i + 1 } }, org.as.CONSULTANT),
      ),
    );
    const written = results.filter((r) => !r.errors);
    expect(written).toHaveLength(1);
    expect(
      results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT' && r.errors[0].extensions?.currentVersion === 1),
    ).toHaveLength(5);
    expect((await readPilot(fresh)).needs).toMatchObject({ hoursPerMonth: written[0].data.setPilotNeeds.hoursPerMonth, version: 1 });
  });

  it('gives the twins different self-efficacy elsewhere, before matching', async () => {
    for (const [name, selfEfficacy] of [
      ['Twin low', 1],
      ['Twin high', 5],
    ] as const) {
      await t.client.ok(M.enrol, { input: { pilotId: otherPilotId, participantId: ids[name], role: 'Cook', selfEfficacy } }, org.as.ADMIN);
    }
  });

  it('ranks by skills, motivation and time, explains each score, and leaves out people without a basis and erased ones', async () => {
    const ranked = await matches();
    const names = ranked.map((m) => m.participant.displayName);
    expect(names).not.toContain('Unnamed participant');
    expect(names).not.toContain('Erased participant');
    expect(ranked.map((m) => m.participant.id)).not.toContain(ids['No basis']);
    expect(ranked.map((m) => m.participant.id)).not.toContain(ids['To be erased']);

    const score = Object.fromEntries(ranked.map((m) => [m.participant.displayName, m.score]));
    expect(score).toEqual({
      'Both keen': 100,
      'Both short of time': 88,
      'One skill keen': 75,
      'Both reluctant': 75,
      'Twin low': 63,
      'Twin high': 63,
    });
    expect(names.slice(0, 2)).toEqual(['Both keen', 'Both short of time']);
    // Equal scores are ordered by id, so the same data always gives the same list.
    const byId = (a: string, b: string) => ([ids[a], ids[b]].sort()[0] === ids[a] ? [a, b] : [b, a]);
    expect(names.slice(2, 4)).toEqual(byId('One skill keen', 'Both reluctant'));
    expect(names.slice(4, 6)).toEqual(byId('Twin low', 'Twin high'));

    const best = ranked[0];
    expect(best.parts).toEqual({ skills: 1, motivation: 1, time: 1 });
    expect(best.explanation).toEqual([
      'has 2 of 2 needed skills (Gardening, Cooking)',
      'motivation 5 of 5',
      'available 10 hours a month, enough for the 8 hours needed',
    ]);
    const short = ranked.find((m) => m.participant.displayName === 'Both short of time')!;
    expect(short.parts.time).toBe(0.5);
    expect(short.explanation[2]).toBe('available 4 of the 8 hours a month needed');
    const one = ranked.find((m) => m.participant.displayName === 'One skill keen')!;
    expect(one.explanation[0]).toBe('has 1 of 2 needed skills (Gardening); missing: Cooking');

    expect(await matches(2)).toHaveLength(2);
  });

  it('never lets self-efficacy change the order: the twins tie whatever their readings', async () => {
    const [low, high] = (await matches()).filter((m) => m.participant.displayName.startsWith('Twin'));
    expect(low.score).toBe(high.score);
    expect(low.parts).toEqual(high.parts);
    expect(low.explanation).toEqual(high.explanation);
    // Swap their readings: the list stays exactly as it was.
    const before = await matches();
    const other = (await readPilot(otherPilotId)).participants.edges.map((e: { node: { id: string; participantId: string } }) => e.node);
    for (const enrolment of other) {
      await t.client.ok(
        M.recordSelfEfficacy,
        { input: { enrolmentId: enrolment.id, score: enrolment.participantId === ids['Twin low'] ? 5 : 1, recordedOn: day } },
        org.as.ADMIN,
      );
    }
    expect(await matches()).toEqual(before);
  });

  it('refuses to enrol someone with no lawful basis, or an erased participant, naming input.participantId', async () => {
    for (const name of ['No basis', 'To be erased']) {
      const error = await t.client.fails(
        M.enrol,
        { input: { pilotId, participantId: ids[name], role: 'Helper', selfEfficacy: 3 } },
        org.as.ADMIN,
      );
      expect([name, error.extensions?.code, namedField(error, 'input.participantId')]).toEqual([
        name,
        'BAD_USER_INPUT',
        'input.participantId',
      ]);
    }
    expect((await readPilot()).participants.totalCount).toBe(0);
  });

  it('refuses bad self-efficacy scores (0, 6, 2.5, text), naming the field', async () => {
    for (const selfEfficacy of [0, 6, 2.5, 'text']) {
      const error = await t.client.fails(
        M.enrol,
        { input: { pilotId, participantId: ids['Both keen'], role: 'Helper', selfEfficacy } },
        org.as.ADMIN,
      );
      expect([selfEfficacy, error.extensions?.code, namedField(error, 'input.selfEfficacy')]).toEqual([
        selfEfficacy,
        'BAD_USER_INPUT',
        'input.selfEfficacy',
      ]);
    }
    expect((await readPilot()).participants.totalCount).toBe(0);
  });

  it('enrols with a role, stores the reading at enrolment, and takes the enrolled out of the matches', async () => {
    expect(await peopleItem()).toMatchObject({ satisfied: false });
    const plan: Array<[string, string, number, string]> = [
      ['Both keen', 'Garden lead', 2, daysBefore(day, 30)],
      ['Both short of time', 'Cook', 3, daysBefore(day, 30)],
      ['One skill keen', 'Helper', 4, daysBefore(day, 20)],
    ];
    for (const [name, role, selfEfficacy, recordedOn] of plan) {
      const enrolment = (
        await t.client.ok(M.enrol, { input: { pilotId, participantId: ids[name], role, selfEfficacy, recordedOn } }, org.as.CONSULTANT)
      ).enrolParticipant;
      expect(enrolment).toMatchObject({
        pilotId,
        participantId: ids[name],
        role,
        active: true,
        withdrawnAt: null,
        selfEfficacyReadings: [{ score: selfEfficacy, recordedOn }],
        selfEfficacyChange: null,
      });
      enrolments[name] = enrolment.id;
    }
    const again = await t.client.fails(
      M.enrol,
      { input: { pilotId, participantId: ids['Both keen'], role: 'Lead', selfEfficacy: 3 } },
      org.as.ADMIN,
    );
    expect([again.extensions?.code, namedField(again, 'input.participantId')]).toEqual(['BAD_USER_INPUT', 'input.participantId']);
    expect(
      (
        await t.client.fails(
          M.enrol,
          { input: { pilotId, participantId: ids['Twin low'], role: 'x', selfEfficacy: 3 } },
          org.as.CONTRIBUTOR,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
    const future = await t.client.fails(
      M.enrol,
      { input: { pilotId, participantId: ids['Twin low'], role: 'x', selfEfficacy: 3, recordedOn: '2999-01-01' } },
      org.as.ADMIN,
    );
    expect(namedField(future, 'input.recordedOn')).toBe('input.recordedOn');

    const remaining = (await matches()).map((m) => m.participant.displayName);
    expect(remaining).toEqual(expect.arrayContaining(['Both reluctant', 'Twin low', 'Twin high']));
    expect(remaining).not.toEqual(expect.arrayContaining(['Both keen']));
    const pilot = await readPilot();
    expect(pilot.enrolledParticipants).toBe(3);
    expect(
      pilot.participants.edges.map((e: { node: { role: string; participant: { displayName: string } } }) => [
        e.node.participant.displayName,
        e.node.role,
      ]),
    ).toEqual([
      ['Both keen', 'Garden lead'],
      ['Both short of time', 'Cook'],
      ['One skill keen', 'Helper'],
    ]);
    // The pilot now has participants: the People-it item is evidenced.
    expect(await peopleItem()).toMatchObject({ satisfied: true });
  });

  it('records self-efficacy later (CONTRIBUTE) and shows the change per pilot', async () => {
    expect((await readPilot()).selfEfficacyChange).toMatchObject({
      participantsWithReadings: 3,
      participantsWithTwoReadings: 0,
      meanChange: null,
      note: expect.any(String),
    });
    const later = (
      await t.client.ok(
        M.recordSelfEfficacy,
        { input: { enrolmentId: enrolments['Both keen'], score: 4, recordedOn: daysBefore(day, 2) } },
        org.as.CONTRIBUTOR,
      )
    ).recordSelfEfficacy;
    expect(later).toMatchObject({ selfEfficacyChange: 2, selfEfficacyReadings: [{ score: 2 }, { score: 4 }] });
    await t.client.ok(
      M.recordSelfEfficacy,
      { input: { enrolmentId: enrolments['Both short of time'], score: 4, recordedOn: daysBefore(day, 1) } },
      org.as.CONTRIBUTOR,
    );
    expect((await readPilot()).selfEfficacyChange).toEqual({
      participantsWithReadings: 3,
      participantsWithTwoReadings: 2,
      meanFirstReading: 2.5,
      meanLatestReading: 4,
      meanChange: 1.5,
      note: null,
    });

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ score: 0 }, 'input.score'],
      [{ score: 6 }, 'input.score'],
      [{ score: 2.5 }, 'input.score'],
      [{ score: 'text' }, 'input.score'],
      [{ recordedOn: daysBefore(day, 40) }, 'input.recordedOn'],
      [{ recordedOn: '2999-12-31' }, 'input.recordedOn'],
      [{ recordedOn: '2026-02-30' }, 'input.recordedOn'],
    ];
    for (const [bad, field] of cases) {
      const error = await t.client.fails(
        M.recordSelfEfficacy,
        { input: { enrolmentId: enrolments['One skill keen'], score: 3, recordedOn: day, ...bad } },
        org.as.CONTRIBUTOR,
      );
      expect([JSON.stringify(bad), error.extensions?.code, namedField(error, field)]).toEqual([
        JSON.stringify(bad),
        'BAD_USER_INPUT',
        field,
      ]);
    }
    expect(
      (
        await t.client.fails(
          M.recordSelfEfficacy,
          { input: { enrolmentId: enrolments['One skill keen'], score: 3, recordedOn: day } },
          org.as.VIEWER,
        )
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('withdraws a participant without losing their readings or the count of people reached; they may rejoin', async () => {
    const withdrawn = (await t.client.ok(M.withdraw, { input: { enrolmentId: enrolments['One skill keen'] } }, org.as.CONSULTANT))
      .withdrawParticipant;
    expect(withdrawn.active).toBe(false);
    expect(withdrawn.withdrawnAt).toEqual(expect.any(String));
    const twice = await t.client.fails(M.withdraw, { input: { enrolmentId: enrolments['One skill keen'] } }, org.as.CONSULTANT);
    expect(namedField(twice, 'input.enrolmentId')).toBe('input.enrolmentId');
    const pilot = await readPilot();
    expect(pilot.enrolledParticipants).toBe(3);
    expect(pilot.selfEfficacyChange.participantsWithReadings).toBe(3);
    expect((await matches()).map((m) => m.participant.displayName)).toContain('One skill keen');

    const back = (
      await t.client.ok(
        M.enrol,
        { input: { pilotId, participantId: ids['One skill keen'], role: 'Helper', selfEfficacy: 5 } },
        org.as.CONSULTANT,
      )
    ).enrolParticipant;
    expect(back).toMatchObject({ id: enrolments['One skill keen'], active: true, selfEfficacyChange: 1 });
    expect((await readPilot()).enrolledParticipants).toBe(3);
  });

  it('counts only pilots going ahead with someone still enrolled for the People-it gate', async () => {
    for (const name of ['Both keen', 'Both short of time', 'One skill keen']) {
      await t.client.ok(M.withdraw, { input: { enrolmentId: enrolments[name] } }, org.as.ADMIN);
    }
    expect(await peopleItem()).toMatchObject({ satisfied: false });
    await t.client.ok(M.enrol, { input: { pilotId, participantId: ids['Both keen'], role: 'Garden lead', selfEfficacy: 4 } }, org.as.ADMIN);
    expect(await peopleItem()).toMatchObject({ satisfied: true });
  });

  it('records enrolment history in the programme with ids only', async () => {
    const journey = (await t.client.ok(Q.journey, { id: programmeId }, org.as.VIEWER)).programme.journey.edges.map(
      (e: { node: { type: string; payload: Record<string, unknown> } }) => e.node,
    );
    const types = journey.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['PILOT_NEEDS_SET', 'PARTICIPANT_ENROLLED', 'SELF_EFFICACY_RECORDED', 'PARTICIPANT_WITHDRAWN']),
    );
    const enrolled = journey.find((e: { type: string }) => e.type === 'PARTICIPANT_ENROLLED');
    expect(Object.keys(enrolled.payload).sort()).toEqual([
      'enrolmentId',
      'participantId',
      'pilotId',
      'programmeId',
      'readingId',
      'rejoined',
    ]);
    const text = JSON.stringify(journey);
    for (const words of ['Both keen', 'Garden lead', 'Twin']) expect([words, text.includes(words)]).toEqual([words, false]);
  });
});
