import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  type Connection,
  definedOnly,
  type FieldProblem,
  NotFoundError,
  type PageArgs,
  type RequestContext,
} from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { defaultBeneficiaryGroup, summariseMetric } from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { pagesByParent } from '../paging';
import { PilotsService } from '../pilots/pilots.service';
import { normaliseDecimal } from '../validation';
import { MeasurementEntity } from './measurement.entity';
import type { AddPilotMetricInput, RecordMeasurementInput, RemoveMeasurementInput, UpdatePilotMetricInput } from './pilot-metric.inputs';
import type { Measurement, MetricProgress, PilotMetric } from './pilot-metric.model';
import { PilotMetricEntity } from './pilot-metric.entity';

const METRIC_COLUMNS = `id, organisation_id AS "organisationId", pilot_id AS "pilotId", name, unit, direction, beneficiary_group AS "beneficiaryGroup", baseline::text AS baseline, target::text AS target, version, created_at AS "createdAt"`;
const MEASUREMENT_COLUMNS = `id, metric_id AS "metricId", measured_on::text AS date, value::text AS value, recorded_by AS "recordedBy", created_at AS "createdAt"`;
/** Oldest first; of several on one date, in the order they were recorded. */
const MEASUREMENT_ORDER = 'measured_on ASC, created_at ASC, id ASC';

/**
 * Outcome metrics of pilots and their dated measurements. Adding or changing a metric, or
 * recording a measurement, locks the programme and the pilot (PilotsService.lock) and writes
 * one event; how a metric stands is libs/workflow's `summariseMetric`.
 */
@Injectable()
export class PilotMetricsService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
  ) {}

  add(ctx: RequestContext, input: AddPilotMetricInput): Promise<PilotMetric> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: input.pilotId });
      const metrics = this.db.tenant(ctx, PilotMetricEntity);
      const metric = await metrics.save(
        metrics.create({
          pilotId: pilot.id,
          name: input.name.trim(),
          unit: input.unit.trim(),
          direction: input.direction,
          beneficiaryGroup: input.beneficiaryGroup ?? defaultBeneficiaryGroup('METRIC'),
          baseline: input.baseline === undefined || input.baseline === null ? null : normaliseDecimal(input.baseline),
          target: input.target === undefined || input.target === null ? null : normaliseDecimal(input.target),
        }),
      );
      await this.pilots.record(ctx, programme, 'PILOT_METRIC_ADDED', pilot, {
        metricId: metric.id,
        direction: metric.direction,
        baseline: metric.baseline,
        target: metric.target,
      });
      return this.get(ctx, metric.id);
    });
  }

  async update(ctx: RequestContext, input: UpdatePilotMetricInput): Promise<PilotMetric> {
    const problems: FieldProblem[] = [];
    const changes: Partial<PilotMetricEntity> = definedOnly({
      name: input.name?.trim(),
      unit: input.unit?.trim(),
      direction: input.direction,
      beneficiaryGroup: input.beneficiaryGroup,
      baseline: input.baseline === undefined || input.baseline === null ? undefined : normaliseDecimal(input.baseline),
      target: input.target === undefined || input.target === null ? undefined : normaliseDecimal(input.target),
    });
    for (const [flag, field] of [
      ['clearBaseline', 'baseline'],
      ['clearTarget', 'target'],
    ] as const) {
      if (!input[flag]) continue;
      if (changes[field] !== undefined) problems.push({ field: `input.${flag}`, message: `cannot be combined with input.${field}` });
      changes[field] = null;
    }
    if (problems.length) throw new BadInputError(problems);
    if (!Object.keys(changes).length)
      throw BadInputError.field('input', 'names nothing to change: give at least one field besides metricId and version');
    return this.db.transaction(ctx, async (em) => {
      const { metric, pilot, programme } = await this.lockMetric(em, ctx, input.metricId);
      await updateVersioned(
        em,
        PilotMetricEntity,
        'Metric',
        { id: metric.id, organisationId: ctx.tenantId, version: input.version },
        changes,
      );
      const values = Object.fromEntries(
        (['direction', 'baseline', 'target'] as const).filter((f) => f in changes).map((f) => [f, changes[f] ?? null]),
      );
      await this.pilots.record(ctx, programme, 'PILOT_METRIC_UPDATED', pilot, {
        metricId: metric.id,
        fields: Object.keys(changes),
        ...values,
      });
      return this.get(ctx, metric.id);
    });
  }

  /** Records a dated value and answers the metric, with how it now stands. */
  recordMeasurement(ctx: RequestContext, input: RecordMeasurementInput): Promise<PilotMetric> {
    return this.db.transaction(ctx, async (em) => {
      const { metric, pilot, programme } = await this.lockMetric(em, ctx, input.metricId);
      const measurements = this.db.tenant(ctx, MeasurementEntity);
      const measurement = await measurements.save(
        measurements.create({
          metricId: metric.id,
          measuredOn: input.date,
          value: normaliseDecimal(input.value),
          recordedBy: ctx.userIdOrNull,
        }),
      );
      await this.pilots.record(ctx, programme, 'MEASUREMENT_RECORDED', pilot, {
        metricId: metric.id,
        measurementId: measurement.id,
        date: input.date,
        value: measurement.value,
      });
      return this.get(ctx, metric.id);
    });
  }

  /** Removes a measurement recorded in error; answers its metric. */
  removeMeasurement(ctx: RequestContext, input: RemoveMeasurementInput): Promise<PilotMetric> {
    return this.db.transaction(ctx, async (em) => {
      const measurements = this.db.tenant(ctx, MeasurementEntity);
      const found = await measurements.get({ id: input.measurementId }, 'Measurement');
      const { metric, pilot, programme } = await this.lockMetric(em, ctx, found.metricId);
      if (!(await measurements.delete({ id: found.id }))) throw new NotFoundError('Measurement', input.measurementId);
      await this.pilots.record(ctx, programme, 'MEASUREMENT_REMOVED', pilot, {
        metricId: metric.id,
        measurementId: found.id,
        date: found.measuredOn,
      });
      return this.get(ctx, metric.id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<PilotMetric> {
    const [metric] = await this.db.query<PilotMetric>(
      ctx,
      `SELECT ${METRIC_COLUMNS} FROM pilot_metric WHERE organisation_id = $1 AND id = $2`,
      [ctx.tenantId, id],
    );
    if (!metric) throw new NotFoundError('Metric', id);
    return normaliseMetric(metric);
  }

  /** The metrics of each pilot, in the order they were added. */
  async ofPilots(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, PilotMetric[]>> {
    const groups = new Map<string, PilotMetric[]>(pilotIds.map((id) => [id, []]));
    if (!pilotIds.length) return groups;
    const rows = await this.db.query<PilotMetric>(
      ctx,
      `SELECT ${METRIC_COLUMNS} FROM pilot_metric WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[]) ORDER BY created_at, id`,
      [ctx.tenantId, [...pilotIds]],
    );
    for (const row of rows) groups.get(row.pilotId)?.push(normaliseMetric(row));
    return groups;
  }

  /** The latest measurement of each metric, in one statement. */
  async latestOf(ctx: RequestContext, metricIds: readonly string[]): Promise<Map<string, Measurement>> {
    if (!metricIds.length) return new Map();
    const rows = await this.db.query<Measurement>(
      ctx,
      `SELECT DISTINCT ON (metric_id) ${MEASUREMENT_COLUMNS} FROM measurement
        WHERE organisation_id = $1 AND metric_id = ANY($2::uuid[])
        ORDER BY metric_id, measured_on DESC, created_at DESC, id DESC`,
      [ctx.tenantId, [...metricIds]],
    );
    return new Map(rows.map((row) => [row.metricId, normaliseMeasurement(row)]));
  }

  async measurementPages(ctx: RequestContext, metricIds: readonly string[], args: PageArgs): Promise<Map<string, Connection<Measurement>>> {
    const pages = await pagesByParent<Measurement>(
      this.db,
      ctx,
      { columns: MEASUREMENT_COLUMNS, table: 'measurement', parent: 'metric_id', order: MEASUREMENT_ORDER },
      metricIds,
      args,
    );
    for (const page of pages.values()) for (const edge of page.edges) edge.node = normaliseMeasurement(edge.node);
    return pages;
  }

  private async lockMetric(em: EntityManager, ctx: RequestContext, metricId: string) {
    const metric = await this.db.tenant(ctx, PilotMetricEntity).get({ id: metricId }, 'Metric');
    return { metric, ...(await this.pilots.lock(em, ctx, { pilotId: metric.pilotId })) };
  }
}

/** How a metric stands, from its latest measurement (libs/workflow decides). */
export function progressOf(metric: PilotMetric, latest: Measurement | null): MetricProgress {
  const summary = summariseMetric(
    {
      direction: metric.direction,
      baseline: metric.baseline === null ? null : Number(metric.baseline),
      target: metric.target === null ? null : Number(metric.target),
    },
    latest ? [{ date: latest.date, value: Number(latest.value) }] : [],
  );
  return {
    latest,
    changeFromBaseline: summary.changeFromBaseline,
    improvement: summary.improvement,
    progressToTarget: summary.progressToTarget,
    onTrack: summary.onTrack,
  };
}

function normaliseMetric(row: PilotMetric): PilotMetric {
  return {
    ...row,
    baseline: row.baseline === null ? null : normaliseDecimal(row.baseline),
    target: row.target === null ? null : normaliseDecimal(row.target),
  };
}

function normaliseMeasurement(row: Measurement): Measurement {
  return { ...row, value: normaliseDecimal(row.value) };
}
