import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { addMember, newOrganisation, newUser } from '../../../../test/support/service-fixtures';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { ProgrammesModule } from '../programmes.module';
import { DashboardsService, type OrganisationSummary } from './dashboards.service';
import type { DashboardProgramme, MyWork, OverdueTasks } from './dashboard.model';

const REASON = 'the steering group agreed it';

/** Today in a time zone, as YYYY-MM-DD. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * Dashboards on a real database, over one organisation whose programmes are made here: tallies,
 * the organisation's zone and today, orderings, what counts as running work, and tenancy.
 */
describe('DashboardsService', () => {
  let module: TestingModule;
  let dashboards: DashboardsService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let colleague: string;
  let active: ProgrammeEntity;
  let paused: ProgrammeEntity;
  let archived: ProgrammeEntity;
  const ids: Record<string, string> = {};

  async function addTask(
    programme: ProgrammeEntity,
    title: string,
    fields: { step?: string; status?: string; due?: string | null; assignee?: string | null; priority?: string } = {},
  ) {
    const [row] = await ownerQuery(
      db,
      `INSERT INTO task (organisation_id, programme_id, cycle, step, title, status, priority, due_date, assignee_id, version)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7, $8, 1) RETURNING id`,
      [
        programme.organisationId,
        programme.id,
        fields.step ?? 'MAP',
        title,
        fields.status ?? 'TODO',
        fields.priority ?? 'MEDIUM',
        fields.due ?? null,
        fields.assignee ?? null,
      ],
    );
    ids[title] = row.id;
  }

  beforeAll(async () => {
    module = await serviceTestingModule(ProgrammesModule);
    dashboards = module.get(DashboardsService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER, 'Far east');
    await ownerQuery(db, `UPDATE organisation SET time_zone = 'Pacific/Kiritimati' WHERE id = $1`, [ctx.tenantId]);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    colleague = (await newUser(db)).id;
    await addMember(db, ctx.tenantId, colleague, Role.CONTRIBUTOR);

    // Named so that by name they sort Beta, Gamma, Alpha, against the order by status.
    active = await programmes.create(ctx, { name: 'Gamma' });
    paused = await programmes.create(ctx, { name: 'Beta' });
    archived = await programmes.create(ctx, { name: 'Alpha' });
    active = await programmes.move(
      ctx,
      { programmeId: active.id, version: 1 },
      (gate) => ({ type: 'ADVANCE', gate, overrideReason: REASON }),
      'overrideReason',
    );
    await programmes.move(ctx, { programmeId: paused.id, version: 1 }, () => ({ type: 'PAUSE' }), 'reason');
    await programmes.move(ctx, { programmeId: archived.id, version: 1 }, () => ({ type: 'ARCHIVE' }), 'reason');
    await ownerQuery(db, `UPDATE programme_step SET target_date = '2001-01-01' WHERE programme_id = $1 AND step IN ('MAP', 'FOCUS')`, [
      active.id,
    ]);

    await addTask(active, 'Map done', { status: 'DONE', due: '2001-01-01' });
    await addTask(active, 'Map late', { due: '2001-01-02', assignee: ctx.userId, priority: 'LOW' });
    await addTask(active, 'Focus late', { step: 'FOCUS', due: '2001-01-02', assignee: ctx.userId, priority: 'URGENT' });
    await addTask(active, 'Focus later', { step: 'FOCUS', due: '2099-01-01', assignee: ctx.userId });
    await addTask(active, 'Focus undated', { step: 'FOCUS', assignee: ctx.userId });
    await addTask(active, 'Colleague late', { step: 'FOCUS', due: '2001-01-01', assignee: colleague });
    await addTask(paused, 'Paused late', { due: '2001-01-03', assignee: ctx.userId });
    await addTask(archived, 'Archived late', { due: '2000-01-01', assignee: ctx.userId });
    const theirs = await programmes.create(otherCtx, { name: 'Theirs' });
    await addTask(theirs, 'Their late', { due: '2000-01-01', assignee: ctx.userId });
  });
  afterAll(() => module.close());

  it("answers a programme's five steps with their gates, task tallies and missed targets, in the organisation's zone", async () => {
    const [dashboard] = await dashboards.programmeDashboards(ctx, [active]);
    expect(dashboard).toMatchObject({
      programmeId: active.id,
      status: 'ACTIVE',
      currentStep: 'FOCUS',
      cycle: 1,
      timeZone: 'Pacific/Kiritimati',
      today: todayIn('Pacific/Kiritimati'),
    });
    expect(dashboard.steps.map((s) => s.step)).toEqual(['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW']);
    const [map, focus, people] = dashboard.steps;
    expect(map).toMatchObject({
      state: 'COMPLETED',
      current: false,
      targetMissed: false,
      tasksTotal: 2,
      tasksDone: 1,
      tasksOverdue: 1,
      daysInStep: 0,
    });
    // A passed step shows the gate it was passed with (overridden, so shut).
    expect(map).toMatchObject({ gateOpen: false, requiredTotal: 3, requiredSatisfied: 0, openRequiredItems: 3 });
    expect(focus).toMatchObject({
      state: 'IN_PROGRESS',
      current: true,
      targetMissed: true,
      tasksTotal: 4,
      tasksDone: 0,
      tasksOverdue: 2,
      daysInStep: 0,
    });
    expect(focus.openItems.map((i) => i.key)).toContain('focus.step_owner');
    expect(people).toMatchObject({ state: 'NOT_STARTED', daysInStep: null, targetMissed: false, tasksTotal: 0 });
    expect(dashboard).toMatchObject({ tasksTotal: 6, tasksDone: 1, tasksOverdue: 3 });
  });

  it('answers many programmes in the order asked, and nothing of another organisation', async () => {
    const many = await dashboards.programmeDashboards(ctx, [paused, active]);
    expect(many.map((d) => [d.programmeId, d.currentStep, d.steps.length])).toEqual([
      [paused.id, 'MAP', 5],
      [active.id, 'FOCUS', 5],
    ]);
    expect(await dashboards.programmeDashboards(ctx, [])).toEqual([]);
    const [foreign] = await dashboards.programmeDashboards(otherCtx, [active]);
    expect(foreign.steps).toEqual([]);
    expect(foreign.tasksTotal).toBe(0);
  });

  it('answers the parts of the organisation dashboard asked for, in the order asked', async () => {
    const [summary, listed, overdue, mine, everything] = (await dashboards.sections(ctx, [
      { part: 'summary' },
      { part: 'programmes', first: 10, includeArchived: false },
      { part: 'overdue', first: 2 },
      { part: 'mine', first: 10, userId: ctx.userId },
      { part: 'programmes', first: 2, includeArchived: true },
    ])) as [OrganisationSummary, DashboardProgramme[], OverdueTasks, MyWork, DashboardProgramme[]];

    expect(summary).toMatchObject({ timeZone: 'Pacific/Kiritimati', today: todayIn('Pacific/Kiritimati'), programmeCount: 3 });
    expect(summary.programmesByStep.map((s) => [s.step, s.total, s.active, s.paused, s.archived])).toEqual([
      ['MAP', 2, 0, 1, 1],
      ['FOCUS', 1, 1, 0, 0],
      ['PEOPLE', 0, 0, 0, 0],
      ['MARKET', 0, 0, 0, 0],
      ['GROW', 0, 0, 0, 0],
    ]);

    // ACTIVE before PAUSED whatever the names; archived only when asked, and `first` counts.
    expect(listed.map((p) => p.name)).toEqual(['Gamma', 'Beta']);
    expect(listed[0]).toMatchObject({
      currentStep: 'FOCUS',
      currentStepState: 'IN_PROGRESS',
      currentStepTargetDate: '2001-01-01',
      tasksOpen: 5,
      tasksOverdue: 3,
      gateOpen: false,
    });
    expect(listed[0].openRequiredItems).toBeGreaterThan(0);
    expect(everything.map((p) => p.name)).toEqual(['Gamma', 'Beta']);
    const [all] = (await dashboards.sections(ctx, [{ part: 'programmes', first: 10, includeArchived: true }])) as [DashboardProgramme[]];
    expect(all.map((p) => p.name)).toEqual(['Gamma', 'Beta', 'Alpha']);

    // Overdue work of running programmes only: earliest due first, then the more urgent.
    expect(overdue.totalCount).toBe(4);
    expect(overdue.tasks.map((t) => t.title)).toEqual(['Colleague late', 'Focus late']);
    expect(overdue.tasks[1]).toMatchObject({ programmeName: 'Gamma', priority: 'URGENT', daysOverdue: expect.any(Number) });
    expect(overdue.tasks[1].daysOverdue).toBeGreaterThan(9000);

    expect(mine).toMatchObject({ totalCount: 5, overdueCount: 3, userId: ctx.userId });
    expect(mine.tasks.map((t) => t.title)).toEqual(['Focus late', 'Map late', 'Paused late', 'Focus later', 'Focus undated']);
  });

  it("lists the items a person ticked lately in the organisation's programmes, newest first", async () => {
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now() - interval '1 day', ticked_by = $2 WHERE programme_id = $1 AND key = 'map.record_existing'`,
      [active.id, ctx.userId],
    );
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now(), ticked_by = $2 WHERE programme_id = $1 AND key = 'map.check_with_citizens'`,
      [active.id, ctx.userId],
    );
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now() - interval '30 days', ticked_by = $2 WHERE programme_id = $1 AND key = 'focus.choose_service_areas'`,
      [active.id, ctx.userId],
    );
    await ownerQuery(
      db,
      `UPDATE checklist_item SET ticked_at = now(), ticked_by = $2 WHERE programme_id = $1 AND key = 'map.record_existing'`,
      [paused.id, colleague],
    );
    const ticked = await dashboards.recentlyTicked(ctx, ctx.userId, 7, 10);
    expect(ticked.map((t) => [t.key, t.programmeName])).toEqual([
      ['map.check_with_citizens', 'Gamma'],
      ['map.record_existing', 'Gamma'],
    ]);
    expect(await dashboards.recentlyTicked(ctx, ctx.userId, 7, 1)).toHaveLength(1);
    expect(await dashboards.recentlyTicked(ctx, null, 7, 10)).toEqual([]);
    expect(await dashboards.recentlyTicked(otherCtx, ctx.userId, 7, 10)).toEqual([]);
  });

  it("keeps another organisation's dashboard to its own programmes", async () => {
    const [summary, overdue] = (await dashboards.sections(otherCtx, [{ part: 'summary' }, { part: 'overdue', first: 10 }])) as [
      OrganisationSummary,
      OverdueTasks,
    ];
    expect(summary.programmeCount).toBe(1);
    expect(overdue.tasks.map((t) => t.title)).toEqual(['Their late']);
    const [mine] = (await dashboards.sections(otherCtx, [{ part: 'mine', first: 10, userId: ctx.userId }])) as [MyWork];
    expect(mine.tasks.map((t) => t.title)).toEqual(['Their late']);
  });
});
