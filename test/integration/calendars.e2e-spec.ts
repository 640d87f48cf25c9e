import { randomBytes } from 'node:crypto';
import { QueryCounter } from '@app/database';
import ICAL from 'ical.js';
import { createProgramme, journeyTypes, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import type { As, GraphqlError } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Calendar links end to end: the real server, its calendars fetched over HTTP as a calendar
 * program would and read back with ical.js (a parser that knows nothing of the server).
 */

const RESET_PROGRAMME = `mutation($input: ResetProgrammeCalendarFeedInput!) { resetProgrammeCalendarFeed(input: $input) { url issuedAt } }`;
const RESET_MINE = `mutation { resetMyCalendarFeed { url issuedAt } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`;
const UPDATE_TASK = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }`;
const PLAN_WORKSHOP = `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version } }`;
const UPDATE_STEP = `mutation($input: UpdateProgrammeStepInput!) { updateProgrammeStep(input: $input) { id version } }`;

const NO_CALENDAR = { error: 'NOT_FOUND', message: 'No calendar answers to this link' };

interface Event {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  url: string | null;
  location: string | null;
  status: string | null;
  start: string;
  end: string | null;
  allDay: boolean;
  stamp: string;
}

/** The refusal's code and, field by field, what it says. */
const refusal = (error: GraphqlError) => ({
  code: error.extensions?.code,
  fields: Object.fromEntries((error.extensions?.fields ?? []).map((f) => [f.field, f.message])),
});

describe('calendars: iCalendar feeds at secret links', () => {
  let t: TestApp;
  let alpha: Organisation;
  let beta: Organisation;
  /** A consultant who works for both organisations. */
  let casey: { token: string; userId: string; email: string };
  let streets: { id: string; version: number };
  let parks: { id: string; version: number };
  let theirs: { id: string; version: number };
  let ids: Record<string, string>;
  let versions: Record<string, number>;

  /** The calendar at `url` as the server answers it (the host of the link is the configured public address). */
  const fetchCalendar = (url: string, headers: Record<string, string> = {}) => fetch(`${t.url}${new URL(url).pathname}`, { headers });

  async function eventsAt(url: string): Promise<{ events: Event[]; name: string; etag: string | null }> {
    const response = await fetchCalendar(url);
    expect(response.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        description: event.description,
        url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
        location: event.location ?? null,
        status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
        start: event.startDate.toString(),
        end: event.endDate && !event.startDate.isDate ? event.endDate.toString() : null,
        allDay: event.startDate.isDate,
        stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      };
    });
    return { events, name: String(calendar.getFirstPropertyValue('x-wr-calname')), etag: response.headers.get('etag') };
  }

  const byUid = (events: Event[]) => Object.fromEntries(events.map((e) => [e.uid, e]));

  async function programmeLink(as: As, programmeId: string): Promise<string> {
    return (await t.client.ok(RESET_PROGRAMME, { input: { programmeId } }, as)).resetProgrammeCalendarFeed.url;
  }

  async function task(as: As, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
    return (await t.client.ok(CREATE_TASK, { input: { step: 'MAP', ...input } }, as)).createTask;
  }

  async function stepIdsOf(as: As, programmeId: string): Promise<Record<string, string>> {
    const data = await t.client.ok(`query($id: ID!) { programme(id: $id) { steps { id step } } }`, { id: programmeId }, as);
    return Object.fromEntries(data.programme.steps.map((s: { id: string; step: string }) => [s.step, s.id]));
  }

  beforeAll(async () => {
    t = await startTestApp();
    [alpha, beta] = [await organisationWithRoles(t, 'Alpha Council'), await organisationWithRoles(t, 'Beta Council')];
    casey = await t.client.signUp('Casey Consultant');
    for (const org of [alpha, beta]) {
      const invited = await t.client.ok(
        `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
        { input: { email: casey.email, role: 'CONSULTANT' } },
        org.as.ADMIN,
      );
      await t.client.ok(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { message } }`,
        { input: { token: invited.inviteMember.token } },
        { token: casey.token },
      );
    }
    const pm = alpha.as.PROGRAMME_MANAGER;
    streets = await createProgramme(t, pm, 'Safer streets');
    parks = await createProgramme(t, pm, 'Greener parks');
    theirs = await createProgramme(t, beta.as.ADMIN, 'Beta housing');
    streets = (
      await t.client.ok(
        UPDATE_STEP,
        { input: { programmeId: streets.id, version: streets.version, step: 'MAP', targetDate: '2030-06-30' } },
        pm,
      )
    ).updateProgrammeStep;
    await t.client.ok(
      UPDATE_STEP,
      { input: { programmeId: theirs.id, version: theirs.version, step: 'MAP', targetDate: '2030-07-31' } },
      beta.as.ADMIN,
    );

    const caseysTask = await task(pm, {
      programmeId: streets.id,
      title: 'Walk the estates',
      dueDate: '2030-05-10',
      assigneeId: casey.userId,
    });
    const anyonesTask = await task(pm, { programmeId: streets.id, title: 'Book the hall', dueDate: '2030-05-12', priority: 'HIGH' });
    const doneTask = await task(pm, { programmeId: streets.id, title: 'Already done', dueDate: '2030-05-01', status: 'DONE' });
    const undated = await task(pm, { programmeId: streets.id, title: 'Some day' });
    const betaTask = await task(beta.as.ADMIN, {
      programmeId: theirs.id,
      title: 'Beta survey',
      dueDate: '2030-05-20',
      assigneeId: casey.userId,
    });
    const workshop = (
      await t.client.ok(
        PLAN_WORKSHOP,
        {
          input: {
            programmeId: streets.id,
            title: 'Estate walk debrief',
            startsAt: '2030-05-14T09:30:00Z',
            endsAt: '2030-05-14T12:00:00Z',
            place: 'Town hall, room 2',
            facilitatorUserId: alpha.as.CONSULTANT.userId,
          },
        },
        pm,
      )
    ).planWorkshop;
    // In a programme Casey has no other part in, as an attendee.
    const parksWorkshop = (
      await t.client.ok(
        PLAN_WORKSHOP,
        {
          input: {
            programmeId: parks.id,
            title: 'Parks walk',
            startsAt: '2030-05-16T13:00:00Z',
            endsAt: '2030-05-16T15:00:00Z',
            onlineUrl: 'https://meet.example.org/parks',
            facilitatorUserId: alpha.as.CONSULTANT.userId,
            attendeeUserIds: [casey.userId],
          },
        },
        pm,
      )
    ).planWorkshop;
    const alphaSteps = await stepIdsOf(pm, streets.id);
    const betaSteps = await stepIdsOf(beta.as.ADMIN, theirs.id);
    ids = {
      caseysTask: caseysTask.id,
      anyonesTask: anyonesTask.id,
      doneTask: doneTask.id,
      undated: undated.id,
      betaTask: betaTask.id,
      workshop: workshop.id,
      parksWorkshop: parksWorkshop.id,
      streetsMap: alphaSteps.MAP,
      theirsMap: betaSteps.MAP,
    };
    versions = { caseysTask: caseysTask.version, anyonesTask: anyonesTask.version, workshop: workshop.version };
  }, 60_000);
  afterAll(() => t.close());

  it("serves a programme's calendar: open tasks' due dates, workshops and step target dates, each with a stable UID", async () => {
    const url = await programmeLink(alpha.as.PROGRAMME_MANAGER, streets.id);
    expect(url).toMatch(new RegExp(`^${t.config.publicUrl}/calendars/cpcp_[\\w-]{43}\\.ics$`));
    const response = await fetchCalendar(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('etag')).toMatch(/^"[\w-]{43}"$/);

    const { events, name } = await eventsAt(url);
    expect(name).toBe('Safer streets (coprod)');
    const uids = events.map((e) => e.uid).sort();
    expect(uids).toEqual(
      [
        `task-${ids.caseysTask}@coprod`,
        `task-${ids.anyonesTask}@coprod`,
        `workshop-${ids.workshop}@coprod`,
        `step-${ids.streetsMap}@coprod`,
      ].sort(),
    );
    const found = byUid(events);
    const programmeVersion = (await t.client.ok(`query($id: ID!) { programme(id: $id) { version } }`, { id: streets.id }, alpha.as.VIEWER))
      .programme.version;
    expect(found[`task-${ids.anyonesTask}@coprod`]).toMatchObject({
      summary: 'Due: Book the hall',
      start: '2030-05-12',
      allDay: true,
      sequence: versions.anyonesTask,
      url: `${t.config.publicUrl}/o/${alpha.id}/programmes/${streets.id}?step=MAP`,
    });
    expect(found[`task-${ids.anyonesTask}@coprod`].description).toContain('with high priority');
    expect(found[`workshop-${ids.workshop}@coprod`]).toMatchObject({
      summary: 'Workshop: Estate walk debrief',
      start: '2030-05-14T09:30:00Z',
      end: '2030-05-14T12:00:00Z',
      allDay: false,
      location: 'Town hall, room 2',
      sequence: versions.workshop,
      url: `${t.config.publicUrl}/o/${alpha.id}/workshops/${ids.workshop}`,
    });
    expect(found[`step-${ids.streetsMap}@coprod`]).toMatchObject({
      summary: 'Map it target: Safer streets',
      start: '2030-06-30',
      allDay: true,
      sequence: programmeVersion,
    });
    for (const event of events) expect(event.stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    // Another organisation's dates are nowhere in it, nor a done task or one with no date.
    const text = await (await fetchCalendar(url)).text();
    for (const absent of [ids.betaTask, ids.theirsMap, ids.doneTask, ids.undated, ids.parksWorkshop, 'Beta survey', 'Beta housing']) {
      expect(text).not.toContain(absent);
    }
  });

  it('answers 304 to the ETag it gave, and a change raises the SEQUENCE and the ETag', async () => {
    const url = await programmeLink(alpha.as.ADMIN, streets.id);
    const before = await eventsAt(url);
    const again = await fetchCalendar(url, { 'if-none-match': before.etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const changed = (
      await t.client.ok(
        UPDATE_TASK,
        { input: { taskId: ids.anyonesTask, version: versions.anyonesTask, title: 'Book the big hall', dueDate: '2030-05-13' } },
        alpha.as.CONTRIBUTOR,
      )
    ).updateTask;
    versions.anyonesTask = changed.version;
    const after = await eventsAt(url);
    const [was, now] = [before, after].map((c) => byUid(c.events)[`task-${ids.anyonesTask}@coprod`]);
    expect(now.sequence).toBeGreaterThan(was.sequence);
    expect(now).toMatchObject({ summary: 'Due: Book the big hall', start: '2030-05-13', sequence: changed.version });
    expect(after.etag).not.toBe(before.etag);
    expect((await fetchCalendar(url, { 'if-none-match': before.etag! })).status).toBe(200);
  });

  it('stops the old link at once when a new one is made, and records each in the programme history', async () => {
    const first = await programmeLink(alpha.as.PROGRAMME_MANAGER, parks.id);
    expect((await fetchCalendar(first)).status).toBe(200);
    const second = await programmeLink(alpha.as.PROGRAMME_MANAGER, parks.id);
    expect(second).not.toBe(first);
    const old = await fetchCalendar(first);
    expect(old.status).toBe(404);
    expect(old.headers.get('cache-control')).toBe('no-store');
    expect(await old.json()).toEqual(NO_CALENDAR);
    expect((await fetchCalendar(second)).status).toBe(200);

    const issued = (await journeyTypes(t, alpha.as.VIEWER, parks.id)).filter((e) => e.type === 'PROGRAMME_CALENDAR_ISSUED');
    expect(issued.map((e) => e.payload)).toEqual(
      expect.arrayContaining([
        { programmeId: parks.id, replaced: false },
        { programmeId: parks.id, replaced: true },
      ]),
    );
    expect(issued).toHaveLength(2);
    // Anyone who reads the programme sees that a link exists and since when, never the link.
    const seen = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { calendarFeed { issuedAt } } }`,
      { id: parks.id },
      alpha.as.VIEWER,
    );
    expect(new Date(seen.programme.calendarFeed.issuedAt).getTime()).toBeGreaterThan(0);
    const none = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { calendarFeed { issuedAt } } }`,
      { id: theirs.id },
      beta.as.VIEWER,
    );
    expect(none.programme.calendarFeed).toBeNull();
  });

  it('answers an unknown, malformed or unsuffixed link with a bare 404', async () => {
    const real = new URL(await programmeLink(alpha.as.ADMIN, streets.id)).pathname;
    const lookalike = `/calendars/cpcp_${randomBytes(32).toString('base64url')}.ics`;
    const personLike = `/calendars/cpcu_${randomBytes(32).toString('base64url')}.ics`;
    for (const path of [lookalike, personLike, '/calendars/nothing.ics', real.replace(/\.ics$/, ''), `${real}x`, '/calendars/.ics']) {
      const response = await fetch(`${t.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.json()).toEqual(NO_CALENDAR);
    }
  });

  it('lets only those who may publish make a programme link, for their own organisation, with the field named', async () => {
    for (const role of ['CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const) {
      const refused = await t.client.fails(RESET_PROGRAMME, { input: { programmeId: streets.id } }, alpha.as[role]);
      expect(refused.extensions?.code).toBe('FORBIDDEN');
    }
    const elsewhere = await t.client.fails(RESET_PROGRAMME, { input: { programmeId: theirs.id } }, alpha.as.ADMIN);
    expect(elsewhere.extensions?.code).toBe('NOT_FOUND');
    const bad = await t.client.fails(RESET_PROGRAMME, { input: { programmeId: 'not-an-id' } }, alpha.as.ADMIN);
    expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', fields: { 'input.programmeId': 'must be a programme id' } });
  });

  it("keeps one organisation's programme calendar to its own records", async () => {
    const url = await programmeLink(beta.as.ADMIN, theirs.id);
    const { events } = await eventsAt(url);
    expect(events.map((e) => e.uid).sort()).toEqual([`step-${ids.theirsMap}@coprod`, `task-${ids.betaTask}@coprod`].sort());
    expect(JSON.stringify(events)).not.toMatch(/Safer streets|Greener parks|Estate walk|Book the/);
  });

  it("serves a person's calendar across their organisations, and a removed membership takes that organisation's dates out", async () => {
    const me = `query { me { calendarFeed { issuedAt } memberships { id organisation { id } } } }`;
    expect((await t.client.ok(me, {}, { token: casey.token })).me.calendarFeed).toBeNull();
    const issued = (await t.client.ok(RESET_MINE, {}, { token: casey.token })).resetMyCalendarFeed;
    expect(issued.url).toMatch(/\/calendars\/cpcu_[\w-]{43}\.ics$/);
    const mine = await t.client.ok(me, {}, { token: casey.token });
    expect(mine.me.calendarFeed.issuedAt).toBe(issued.issuedAt);

    const { events, name } = await eventsAt(issued.url);
    expect(name).toBe('Your dates (coprod)');
    const found = byUid(events);
    expect(Object.keys(found).sort()).toEqual(
      [
        `task-${ids.caseysTask}@coprod`, // hers, in Alpha
        `workshop-${ids.workshop}@coprod`, // of a programme she has a task in
        `step-${ids.streetsMap}@coprod`,
        `workshop-${ids.parksWorkshop}@coprod`, // she attends it
        `task-${ids.betaTask}@coprod`, // hers, in Beta
        `step-${ids.theirsMap}@coprod`,
      ].sort(),
    );
    // Someone else's task in the same programme is theirs, not hers.
    expect(found[`task-${ids.anyonesTask}@coprod`]).toBeUndefined();
    // With two organisations, each item says which.
    expect(found[`task-${ids.betaTask}@coprod`].description).toMatch(/^Beta Council: A task of Beta housing/);
    expect(found[`workshop-${ids.parksWorkshop}@coprod`]).toMatchObject({ location: 'Online', summary: 'Workshop: Parks walk' });
    expect(found[`workshop-${ids.parksWorkshop}@coprod`].description).toContain('Alpha Council: A workshop of Greener parks');
    expect(found[`workshop-${ids.parksWorkshop}@coprod`].description).toContain('Join online: https://meet.example.org/parks');

    // Beta removes her: its dates leave her calendar at once; Alpha's stay.
    const membership = mine.me.memberships.find((m: { organisation: { id: string } }) => m.organisation.id === beta.id);
    await t.client.ok(
      `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id } }`,
      { input: { membershipId: membership.id } },
      beta.as.ADMIN,
    );
    const after = byUid((await eventsAt(issued.url)).events);
    expect(Object.keys(after).sort()).toEqual(
      [
        `task-${ids.caseysTask}@coprod`,
        `workshop-${ids.workshop}@coprod`,
        `step-${ids.streetsMap}@coprod`,
        `workshop-${ids.parksWorkshop}@coprod`,
      ].sort(),
    );
    // One organisation left: the items no longer name it.
    expect(after[`task-${ids.caseysTask}@coprod`].description).toMatch(/^A task of Safer streets/);

    // A new link stops the old one.
    const again = (await t.client.ok(RESET_MINE, {}, { token: casey.token })).resetMyCalendarFeed;
    expect((await fetchCalendar(issued.url)).status).toBe(404);
    expect((await fetchCalendar(again.url)).status).toBe(200);
  });

  it('gives no API key a personal link', async () => {
    const key = (
      await t.client.ok(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
        { input: { name: 'Intranet', role: 'ADMIN' } },
        alpha.as.ADMIN,
      )
    ).createApiKey.secret;
    const refused = await t.client.fails(RESET_MINE, {}, { apiKey: key });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    // A key with the publishing role may make a programme's link.
    expect(
      (await t.client.ok(RESET_PROGRAMME, { input: { programmeId: parks.id } }, { apiKey: key })).resetProgrammeCalendarFeed.url,
    ).toMatch(/cpcp_/);
  });

  it('reads a calendar in the same number of statements however many dates it holds', async () => {
    const counter = t.app.get(QueryCounter);
    const url = await programmeLink(alpha.as.ADMIN, parks.id);
    const statements = async () => {
      const before = counter.total;
      expect((await fetchCalendar(url)).status).toBe(200);
      return counter.total - before;
    };
    const few = await statements();
    for (let i = 0; i < 6; i++)
      await task(alpha.as.PROGRAMME_MANAGER, { programmeId: parks.id, title: `Task ${i}`, dueDate: `2030-08-0${i + 1}` });
    for (let i = 0; i < 3; i++) {
      await t.client.ok(
        PLAN_WORKSHOP,
        {
          input: {
            programmeId: parks.id,
            title: `Session ${i}`,
            startsAt: `2030-09-0${i + 1}T10:00:00Z`,
            endsAt: `2030-09-0${i + 1}T11:00:00Z`,
            facilitatorUserId: alpha.as.CONSULTANT.userId,
          },
        },
        alpha.as.PROGRAMME_MANAGER,
      );
    }
    const { events } = await eventsAt(url);
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(await statements()).toBe(few);
  });
});
