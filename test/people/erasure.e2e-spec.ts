import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  createSkills,
  daysBefore,
  findAnywhere,
  M,
  namedField,
  type Organisation,
  organisationWithRoles,
  Q,
  register,
  runningPilot,
  today,
} from './people-support';

/** What the erased participant told the organisation: none of it may survive erasure anywhere. */
const PERSONAL = {
  displayName: 'Wilhelmina Quarrington-Blythe',
  contact: 'wq.blythe.7731@example.org',
  notes: 'Prefers evening calls; lives on Larkspur Terrace',
  consentPurposes: 'Contact about the Zephyrine befriending pilot',
  consentMeans: 'Signed paper form XK-4471',
};
const NEEDLES = ['Quarrington', 'Wilhelmina', PERSONAL.contact, 'Larkspur Terrace', 'Zephyrine', 'XK-4471'];

describe('erasing a participant', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;
  let pilotId: string;
  let participantId: string;
  let enrolmentId: string;
  let skills: Record<string, string>;
  const logged: string[] = [];
  const live: unknown[] = [];
  let restore: Array<() => void> = [];
  let disposeLive: () => void = () => undefined;

  beforeAll(async () => {
    // Everything the server writes, at its most talkative level, from start to finish.
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk));
        // The server's JSON lines are kept for the check below, not echoed (debug level is loud).
        return String(chunk).startsWith('{"') ? true : (write as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
    t = await startTestApp({ LOG_LEVEL: 'debug', LOG_FORMAT: 'json' }); // production's lines, kept rather than echoed
    org = await organisationWithRoles(t, 'Erasure Council');
    skills = await createSkills(t, org.as.ADMIN, ['Befriending', 'Driving']);
    ({ programmeId, pilotId } = await runningPilot(t, org.as.ADMIN, 'Less lonely', 'Evening befriending'));
    // Live history as an intranet would hear it.
    const client = createClient({
      url: t.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { token: org.as.VIEWER.token, organisationId: org.id },
      retryAttempts: 0,
    });
    disposeLive = client.subscribe(
      { query: `subscription { historyEvents { type payload } }` },
      { next: (m) => live.push(m.data), error: () => undefined, complete: () => undefined },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterAll(async () => {
    disposeLive();
    await t.close();
    for (const undo of restore) undo();
    restore = [];
  });

  const pilotFigures = async () => {
    const pilot = (await t.client.ok(Q.pilot, { id: pilotId }, org.as.CONTRIBUTOR)).pilot;
    return {
      enrolled: pilot.enrolledParticipants,
      change: pilot.selfEfficacyChange,
      count: pilot.participants.totalCount,
      roles: pilot.participants.edges.map((e: { node: { role: string } }) => e.node.role),
    };
  };
  const counts = async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await t.client.ok(Q.participantsForReaders, { filter }, org.as.VIEWER)).participants.totalCount;
    return {
      all: await count({}),
      citizens: await count({ kind: 'CITIZEN' }),
      befrienders: await count({ skillId: skills.Befriending }),
      withBasis: await count({ hasLawfulBasis: true }),
    };
  };

  let before: { figures: Awaited<ReturnType<typeof pilotFigures>>; counts: Awaited<ReturnType<typeof counts>> };

  it('starts from a participant with personal details, an enrolment and two readings', async () => {
    const day = await today(t, org.id);
    participantId = (
      await register(t, org.as.CONSULTANT, {
        kind: 'CITIZEN',
        ...PERSONAL,
        consentPurposes: undefined,
        consentMeans: undefined,
        lawfulBasis: {
          basis: 'CONSENT',
          consentGivenAt: '2026-01-05T09:30:00.000Z',
          consentPurposes: PERSONAL.consentPurposes,
          consentMeans: PERSONAL.consentMeans,
        },
        skillIds: [skills.Befriending, skills.Driving],
        motivation: 4,
        hoursPerMonth: 12,
      })
    ).id;
    const other = await register(t, org.as.CONSULTANT, {
      kind: 'CITIZEN',
      displayName: 'Another Person',
      lawfulBasis: { basis: 'PUBLIC_TASK' },
      skillIds: [skills.Befriending],
    });
    enrolmentId = (
      await t.client.ok(
        M.enrol,
        { input: { pilotId, participantId, role: 'Befriender', selfEfficacy: 2, recordedOn: daysBefore(day, 10) } },
        org.as.ADMIN,
      )
    ).enrolParticipant.id;
    await t.client.ok(M.recordSelfEfficacy, { input: { enrolmentId, score: 4, recordedOn: day } }, org.as.CONTRIBUTOR);
    const otherEnrolment = (
      await t.client.ok(
        M.enrol,
        { input: { pilotId, participantId: other.id, role: 'Driver', selfEfficacy: 3, recordedOn: daysBefore(day, 10) } },
        org.as.ADMIN,
      )
    ).enrolParticipant.id;
    await t.client.ok(M.recordSelfEfficacy, { input: { enrolmentId: otherEnrolment, score: 3, recordedOn: day } }, org.as.CONTRIBUTOR);
    before = { figures: await pilotFigures(), counts: await counts() };
    expect(before.figures).toMatchObject({
      enrolled: 2,
      count: 2,
      change: { participantsWithTwoReadings: 2, meanFirstReading: 2.5, meanLatestReading: 3.5, meanChange: 1 },
    });
    expect(before.counts).toEqual({ all: 2, citizens: 2, befrienders: 2, withBasis: 2 });
  });

  it('gives the participant everything held about them (subject access), to PLAN roles only', async () => {
    const exported = (await t.client.ok(Q.export, { participantId }, org.as.CONSULTANT)).participantDataExport;
    expect(exported.participant).toMatchObject({
      id: participantId,
      kind: 'CITIZEN',
      displayName: PERSONAL.displayName,
      contact: PERSONAL.contact,
      notes: PERSONAL.notes,
      motivation: 4,
      hoursPerMonth: 12,
      lawfulBasis: {
        basis: 'CONSENT',
        consentGivenAt: '2026-01-05T09:30:00.000Z',
        consentPurposes: PERSONAL.consentPurposes,
        consentMeans: PERSONAL.consentMeans,
        otherBasis: null,
      },
      erasedAt: null,
    });
    expect(exported.organisation).toEqual({ id: org.id, name: 'Erasure Council' });
    expect(exported.skills.map((s: { name: string }) => s.name)).toEqual(['Befriending', 'Driving']);
    expect(exported.enrolments).toEqual([
      expect.objectContaining({
        pilotId,
        pilotName: 'Evening befriending',
        programmeId,
        programmeName: 'Less lonely',
        role: 'Befriender',
        withdrawnAt: null,
        selfEfficacyReadings: [expect.objectContaining({ score: 2 }), expect.objectContaining({ score: 4 })],
      }),
    ]);
    expect(exported.history.map((e: { type: string }) => e.type)).toEqual([
      'PARTICIPANT_REGISTERED',
      'PARTICIPANT_ENROLLED',
      'SELF_EFFICACY_RECORDED',
    ]);
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const)
      expect((await t.client.fails(Q.export, { participantId }, org.as[role])).extensions?.code).toBe('FORBIDDEN');
  });

  it('finds the personal details in the database before erasure (so the search below can find them)', async () => {
    for (const needle of NEEDLES) expect([needle, (await findAnywhere(t, needle)).length > 0]).toEqual([needle, true]);
  });

  it('refuses erasure to CONSULTANT, CONTRIBUTOR and VIEWER (FORBIDDEN), changing nothing', async () => {
    for (const role of ['CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const) {
      expect([role, (await t.client.fails(M.erase, { input: { participantId } }, org.as[role])).extensions?.code]).toEqual([
        role,
        'FORBIDDEN',
      ]);
    }
    expect((await t.client.ok(Q.participantNamed, { id: participantId }, org.as.CONTRIBUTOR)).participant.displayName).toBe(
      PERSONAL.displayName,
    );
  });

  it('erases the personal details for good and keeps the anonymous facts', async () => {
    const erased = (await t.client.ok(M.erase, { input: { participantId } }, org.as.PROGRAMME_MANAGER)).eraseParticipant;
    expect(erased).toMatchObject({
      id: participantId,
      kind: 'CITIZEN',
      displayName: 'Erased participant',
      contact: null,
      notes: null,
      motivation: 4,
      hoursPerMonth: 12,
      erased: true,
      erasedAt: expect.any(String),
      lawfulBasis: {
        basis: 'CONSENT',
        consentGivenAt: '2026-01-05T09:30:00.000Z',
        consentPurposes: null,
        consentMeans: null,
        otherBasis: null,
      },
      skills: [{ name: 'Befriending' }, { name: 'Driving' }],
    });
    // Erasing again changes nothing; the ADMIN may too.
    expect((await t.client.ok(M.erase, { input: { participantId } }, org.as.ADMIN)).eraseParticipant).toEqual(erased);
  });

  it('leaves no trace of the name, contact or free text anywhere in the database', async () => {
    for (const needle of NEEDLES) expect([needle, await findAnywhere(t, needle)]).toEqual([needle, []]);
  });

  it('keeps counts and pilot statistics exactly as they were', async () => {
    expect(await pilotFigures()).toEqual(before.figures);
    expect(await counts()).toEqual(before.counts);
    expect((await t.client.ok(Q.participantsForReaders, { filter: { erased: true } }, org.as.VIEWER)).participants.totalCount).toBe(1);
    const participant = (await t.client.ok(Q.participantForReaders, { id: participantId }, org.as.VIEWER)).participant;
    expect(participant.enrolments).toEqual([
      expect.objectContaining({
        pilotId,
        role: 'Befriender',
        active: true,
        selfEfficacyReadings: [
          { score: 2, recordedOn: expect.any(String) },
          { score: 4, recordedOn: expect.any(String) },
        ],
      }),
    ]);
  });

  it('records the erasure in history with the id only', async () => {
    const events = (await t.client.ok(Q.history, {}, org.as.VIEWER)).history.edges.map(
      (e: { node: { type: string; payload: Record<string, unknown> } }) => e.node,
    );
    const erasures = events.filter((e: { type: string }) => e.type === 'PARTICIPANT_ERASED');
    expect(erasures).toEqual([{ type: 'PARTICIPANT_ERASED', programmeId: null, payload: { participantId } }]);
  });

  it('returns nothing personal from any query, export, history, feed, live event or log line afterwards', async () => {
    const as = org.as.ADMIN;
    const feedToken = (await t.client.ok(`mutation { rotateFeedToken { token } }`, {}, as)).rotateFeedToken.token;
    const answers: unknown[] = [
      await t.client.ok(Q.participant, { id: participantId }, as),
      await t.client.ok(Q.participants, { first: 100 }, as),
      await t.client.ok(Q.export, { participantId }, as),
      await t.client.ok(Q.pilot, { id: pilotId }, as),
      await t.client.ok(Q.matches, { pilotId }, as),
      await t.client.ok(Q.history, {}, as),
      await t.client.ok(Q.journey, { id: programmeId }, as),
      await t.client.ok(
        `query($token: String!) { publishedInitiatives(feedToken: $token) { id name description } }`,
        { token: feedToken },
        {},
      ),
      await (await fetch(`${t.url}/feeds/${feedToken}/initiatives.json`)).text(),
      live,
    ];
    const exported = (answers[2] as { participantDataExport: { participant: Record<string, unknown>; history: Array<{ type: string }> } })
      .participantDataExport;
    expect(exported.participant).toMatchObject({ displayName: null, contact: null, notes: null, erasedAt: expect.any(String) });
    expect(exported.history.map((e) => e.type)).toContain('PARTICIPANT_ERASED');
    expect(live.length).toBeGreaterThan(5); // the subscription heard the whole story
    const text = JSON.stringify(answers);
    for (const needle of NEEDLES) expect([needle, text.includes(needle)]).toEqual([needle, false]);

    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = logged.join('');
    expect(log).toMatch(/"msg":"request"/); // the server did log, at debug level
    for (const needle of NEEDLES) expect([needle, log.includes(needle)]).toEqual([needle, false]);
  });

  it('takes nothing new about an erased participant: no edits, enrolments or readings', async () => {
    const edit = await t.client.fails(M.update, { input: { participantId, version: 2, displayName: PERSONAL.displayName } }, org.as.ADMIN);
    expect([edit.extensions?.code, namedField(edit, 'input.participantId')]).toEqual(['BAD_USER_INPUT', 'input.participantId']);
    const reading = await t.client.fails(
      M.recordSelfEfficacy,
      { input: { enrolmentId, score: 5, recordedOn: await today(t, org.id) } },
      org.as.ADMIN,
    );
    expect([reading.extensions?.code, namedField(reading, 'input.enrolmentId')]).toEqual(['BAD_USER_INPUT', 'input.enrolmentId']);
    const { pilotId: another } = await runningPilot(t, org.as.ADMIN, 'Second programme', 'Second pilot');
    const enrol = await t.client.fails(
      M.enrol,
      { input: { pilotId: another, participantId, role: 'Befriender', selfEfficacy: 3 } },
      org.as.ADMIN,
    );
    expect([enrol.extensions?.code, namedField(enrol, 'input.participantId')]).toEqual(['BAD_USER_INPUT', 'input.participantId']);
    expect(await pilotFigures()).toEqual(before.figures);
  });
});
