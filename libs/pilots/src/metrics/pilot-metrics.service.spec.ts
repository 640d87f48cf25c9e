import 'reflect-metadata';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, encodeCursor, InvalidTransitionError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { ProgrammesService } from '@app/programmes';
import { eventsAbout, newOrganisation } from '../../../../test/support/service-fixtures';
import { serviceTestingModule } from '../../../../test/support/service-module';
import { PilotsModule } from '../pilots.module';
import type { Pilot } from '../pilots/pilot.model';
import { PilotsService } from '../pilots/pilots.service';
import { MetricDirection } from './pilot-metric.model';
import { PilotMetricsService, progressOf } from './pilot-metrics.service';

/** Outcome metrics and measurements on a real database: decimals kept as typed, versions, latest and pages, history, tenancy. */
describe('PilotMetricsService', () => {
  let module: TestingModule;
  let metrics: PilotMetricsService;
  let pilots: PilotsService;
  let programmes: ProgrammesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let pilot: Pilot;

  const problemFields = (error: unknown) => (error as BadInputError).problems.map((p) => p.field);
  const add = (name = 'Visits', extra: Partial<Parameters<PilotMetricsService['add']>[1]> = {}, context = ctx) =>
    metrics.add(context, { pilotId: pilot.id, name, unit: 'visits a week', direction: MetricDirection.HIGHER_IS_BETTER, ...extra });

  beforeAll(async () => {
    module = await serviceTestingModule(PilotsModule);
    metrics = module.get(PilotMetricsService);
    pilots = module.get(PilotsService);
    programmes = module.get(ProgrammesService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    otherCtx = await newOrganisation(db, Role.PROGRAMME_MANAGER);
    const programme = await programmes.create(ctx, { name: 'Measured' });
    pilot = await pilots.create(ctx, { programmeId: programme.id, name: 'Reading circle' });
  });
  afterAll(() => module.close());

  it('adds a metric with its decimals in one spelling, and records it in the programme history', async () => {
    const metric = await add('  Visits  ', {
      unit: ' visits a week ',
      baseline: '012.50',
      target: '-0',
      direction: MetricDirection.LOWER_IS_BETTER,
    });
    expect(metric).toMatchObject({
      pilotId: pilot.id,
      name: 'Visits',
      unit: 'visits a week',
      direction: 'LOWER_IS_BETTER',
      baseline: '12.5',
      target: '0',
      version: 1,
    });
    const [event] = (await eventsAbout(db, 'metricId', metric.id)).filter((e) => e.type === 'PILOT_METRIC_ADDED');
    expect(event).toEqual({
      type: 'PILOT_METRIC_ADDED',
      programmeId: pilot.programmeId,
      actorType: 'USER',
      actorUserId: ctx.userId,
      payload: {
        programmeId: pilot.programmeId,
        pilotId: pilot.id,
        metricId: metric.id,
        direction: 'LOWER_IS_BETTER',
        baseline: '12.5',
        target: '0',
      },
    });
  });

  it('edits at the version seen, refusing an empty or contradictory change by field', async () => {
    const metric = await add('Edited', { baseline: '10', target: '20' });
    expect(problemFields(await metrics.update(ctx, { metricId: metric.id, version: 1 }).catch((e: unknown) => e))).toEqual(['input']);
    const both = await metrics
      .update(ctx, { metricId: metric.id, version: 1, baseline: '1', clearBaseline: true, target: '2', clearTarget: true })
      .catch((e: unknown) => e);
    expect(problemFields(both)).toEqual(['input.clearBaseline', 'input.clearTarget']);

    const edited = await metrics.update(ctx, { metricId: metric.id, version: 1, name: 'Renamed', target: '25.000', clearBaseline: true });
    expect(edited).toMatchObject({ name: 'Renamed', baseline: null, target: '25', version: 2 });
    await expect(metrics.update(ctx, { metricId: metric.id, version: 1, name: 'Stale' })).rejects.toThrow(ConflictError);
    const updated = (await eventsAbout(db, 'metricId', metric.id)).filter((e) => e.type === 'PILOT_METRIC_UPDATED');
    // The values history may hold are there; the name, free text, is only named as a field.
    expect(updated.map((e) => e.payload)).toEqual([
      {
        programmeId: pilot.programmeId,
        pilotId: pilot.id,
        metricId: metric.id,
        fields: ['name', 'target', 'baseline'],
        target: '25',
        baseline: null,
      },
    ]);
  });

  it('takes the latest measurement by the day measured, not the order recorded; pages oldest first', async () => {
    const metric = await add('Dated', { baseline: '10', target: '20' });
    await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-03-01', value: '15.0' });
    await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-01-01', value: '11' });
    const answered = await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-02-01', value: '13' });
    expect(answered.id).toBe(metric.id);

    const latest = (await metrics.latestOf(ctx, [metric.id])).get(metric.id)!;
    expect(latest).toMatchObject({ date: '2031-03-01', value: '15', recordedBy: ctx.userId });
    expect(progressOf(metric, latest)).toEqual({ latest, changeFromBaseline: 5, improvement: 5, progressToTarget: 0.5, onTrack: true });
    expect(progressOf(metric, null)).toMatchObject({ latest: null, onTrack: null });

    const pages = await metrics.measurementPages(ctx, [metric.id], { first: 2 });
    const page = pages.get(metric.id)!;
    expect(page.edges.map((e) => [e.node.date, e.node.value])).toEqual([
      ['2031-01-01', '11'],
      ['2031-02-01', '13'],
    ]);
    expect([page.totalCount, page.pageInfo.hasNextPage]).toEqual([3, true]);
    const rest = (await metrics.measurementPages(ctx, [metric.id], { first: 2, after: encodeCursor(2) })).get(metric.id)!;
    expect(rest.edges.map((e) => e.node.date)).toEqual(['2031-03-01']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('removes a measurement recorded in error, once, and records the removal', async () => {
    const metric = await add('Removed');
    await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-01-01', value: '1' });
    await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-01-02', value: '2' });
    const [wrong] = (await metrics.measurementPages(ctx, [metric.id], {}))
      .get(metric.id)!
      .edges.map((e) => e.node)
      .filter((m) => m.date === '2031-01-02');
    await metrics.removeMeasurement(ctx, { measurementId: wrong.id });
    expect((await metrics.latestOf(ctx, [metric.id])).get(metric.id)).toMatchObject({ date: '2031-01-01', value: '1' });
    await expect(metrics.removeMeasurement(ctx, { measurementId: wrong.id })).rejects.toThrow(NotFoundError);
    expect((await eventsAbout(db, 'measurementId', wrong.id)).map((e) => [e.type, e.payload.date, e.payload.value])).toEqual([
      ['MEASUREMENT_RECORDED', '2031-01-02', '2'],
      ['MEASUREMENT_REMOVED', '2031-01-02', undefined],
    ]);
  });

  it('groups metrics by pilot in the order added, with an empty list for a pilot without any', async () => {
    const bare = await pilots.create(ctx, { programmeId: pilot.programmeId, name: 'Bare' });
    const groups = await metrics.ofPilots(ctx, [pilot.id, bare.id]);
    const names = groups.get(pilot.id)!.map((m) => m.name);
    expect(names.slice(0, 2)).toEqual(['Visits', 'Renamed']);
    expect(groups.get(bare.id)).toEqual([]);
    expect(await metrics.ofPilots(ctx, [])).toEqual(new Map());
  });

  it("keeps another organisation's metrics and measurements out of reach, and changes nothing", async () => {
    const metric = await add('Private', { baseline: '1' });
    await metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-01-01', value: '3' });
    const [measurement] = (await metrics.measurementPages(ctx, [metric.id], {})).get(metric.id)!.edges.map((e) => e.node);

    await expect(metrics.get(otherCtx, metric.id)).rejects.toThrow(NotFoundError);
    await expect(add('Theirs', {}, otherCtx)).rejects.toThrow(NotFoundError);
    await expect(metrics.update(otherCtx, { metricId: metric.id, version: 1, name: 'Theirs' })).rejects.toThrow(NotFoundError);
    await expect(metrics.recordMeasurement(otherCtx, { metricId: metric.id, date: '2031-01-02', value: '9' })).rejects.toThrow(
      NotFoundError,
    );
    await expect(metrics.removeMeasurement(otherCtx, { measurementId: measurement.id })).rejects.toThrow(NotFoundError);
    expect(await metrics.ofPilots(otherCtx, [pilot.id])).toEqual(new Map([[pilot.id, []]]));
    expect(await metrics.latestOf(otherCtx, [metric.id])).toEqual(new Map());
    expect((await metrics.measurementPages(otherCtx, [metric.id], {})).get(metric.id)).toMatchObject({ edges: [], totalCount: 0 });
    expect(await metrics.get(ctx, metric.id)).toMatchObject({ name: 'Private', version: 1 });
    expect((await metrics.latestOf(ctx, [metric.id])).get(metric.id)).toMatchObject({ value: '3' });
  });

  it('refuses every change to the metrics of an archived programme', async () => {
    const archived = await programmes.create(ctx, { name: 'Archived' });
    const left = await pilots.create(ctx, { programmeId: archived.id, name: 'Left over' });
    const metric = await metrics.add(ctx, { pilotId: left.id, name: 'Kept', unit: '%', direction: MetricDirection.HIGHER_IS_BETTER });
    await programmes.move(ctx, { programmeId: archived.id, version: archived.version }, () => ({ type: 'ARCHIVE' }), 'reason');
    await expect(
      metrics.add(ctx, { pilotId: left.id, name: 'Late', unit: '%', direction: MetricDirection.HIGHER_IS_BETTER }),
    ).rejects.toThrow(InvalidTransitionError);
    await expect(metrics.update(ctx, { metricId: metric.id, version: 1, name: 'Late' })).rejects.toThrow(InvalidTransitionError);
    await expect(metrics.recordMeasurement(ctx, { metricId: metric.id, date: '2031-01-01', value: '1' })).rejects.toThrow(
      InvalidTransitionError,
    );
    expect(await metrics.get(ctx, metric.id)).toMatchObject({ name: 'Kept', version: 1 });
  });
});
