import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { type CsvColumn, csvTable, type ExportQuery, fileNamePart } from '@app/http';
import { ProgrammesService } from '@app/programmes';
import { participantsReached, PilotReach } from '../financials/pilot-reach';
import { economicsOf, PilotFinancialsService } from '../financials/pilot-financials.service';
import { PilotMetricsService, progressOf } from '../metrics/pilot-metrics.service';
import type { PilotEntity } from '../pilots/pilot.entity';
import type { Pilot } from '../pilots/pilot.model';
import { toPilot } from '../pilots/pilots.service';
import { PILOT_CSV_COLUMNS, PILOT_METRIC_CSV_COLUMNS, type PilotExportRecord, type PilotMetricExportRecord } from './pilots-csv';

/** Pilots read per statement; each page's programmes, totals, reach and metrics are read in one statement each. */
const PAGE_SIZE = 500;

const PILOT_COLUMNS = `p.id, p.organisation_id AS "organisationId", p.programme_id AS "programmeId", p.priority_area_id AS "priorityAreaId",
  p.name, p.hypothesis, p.start_date::text AS "startDate", p.end_date::text AS "endDate", p.budget_minor::text AS "budgetMinor",
  p.currency, p.participants_reached AS "participantsReached", p.target_participants AS "targetParticipants", p.status, p.iteration,
  p.last_decision AS "lastDecision", p.last_reason AS "lastReason", p.created_by AS "createdBy", p.version,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

interface PilotPage {
  pilots: Pilot[];
  /** Programme names by id, for the page's pilots. */
  programmeNames: Map<string, string>;
}

/** The pilots' CSV exports (the formats are in `pilots-csv.ts`). */
@Injectable()
export class PilotsCsvService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly financials: PilotFinancialsService,
    private readonly reach: PilotReach,
    private readonly metrics: PilotMetricsService,
  ) {}

  /** pilots.csv: each pilot with its economics, worked out by `economicsOf` as the app's `Pilot.economics` is. */
  exportPilots(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    return this.export(ctx, query, 'pilots', PILOT_CSV_COLUMNS, (page) => this.pilotRecords(ctx, page));
  }

  /** pilot-metrics.csv: each metric of each pilot with its latest measurement and how it stands (`progressOf`). */
  exportMetrics(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    return this.export(ctx, query, 'pilot-metrics', PILOT_METRIC_CSV_COLUMNS, (page) => this.metricRecords(ctx, page));
  }

  private async *pilotRecords(ctx: RequestContext, page: PilotPage): AsyncGenerator<PilotExportRecord> {
    const ids = page.pilots.map((p) => p.id);
    const [totals, enrolled] = await Promise.all([this.financials.totalsOf(ctx, ids), this.reach.enrolled(ctx, ids)]);
    for (const pilot of page.pilots) {
      const reached = participantsReached(pilot.participantsReached, enrolled.get(pilot.id) ?? 0);
      const economics = economicsOf({ currency: pilot.currency, participantsReached: reached }, totals.get(pilot.id) ?? []);
      yield { pilot, programmeName: page.programmeNames.get(pilot.programmeId) ?? '', economics };
    }
  }

  private async *metricRecords(ctx: RequestContext, page: PilotPage): AsyncGenerator<PilotMetricExportRecord> {
    const byPilot = await this.metrics.ofPilots(
      ctx,
      page.pilots.map((p) => p.id),
    );
    const latest = await this.metrics.latestOf(
      ctx,
      [...byPilot.values()].flat().map((m) => m.id),
    );
    for (const pilot of page.pilots) {
      const programmeName = page.programmeNames.get(pilot.programmeId) ?? '';
      for (const metric of byPilot.get(pilot.id) ?? []) {
        yield { pilot, programmeName, metric, progress: progressOf(metric, latest.get(metric.id) ?? null) };
      }
    }
  }

  /**
   * The file's name and stream. The programme is checked first (another organisation's is
   * NOT_FOUND, before anything is sent); the pilots are then read a page at a time as the stream
   * is drained, and `recordsOf` turns each page into records.
   */
  private async export<T>(
    ctx: RequestContext,
    query: ExportQuery,
    kind: string,
    columns: readonly CsvColumn<T>[],
    recordsOf: (page: PilotPage) => AsyncGenerator<T>,
  ): Promise<{ name: string; stream: Readable }> {
    const programme = query.programmeId ? await this.programmes.get(ctx, query.programmeId) : null;
    const pages = this.pages(ctx, programme?.id ?? null);
    async function* records(): AsyncGenerator<T> {
      for await (const page of pages) yield* recordsOf(page);
    }
    return { name: programme ? `${kind}-${fileNamePart(programme.name, 'programme')}` : kind, stream: csvTable(columns, records()) };
  }

  /** The organisation's pilots (or one programme's) in the order they were proposed, a page at a time by keyset. */
  private async *pages(ctx: RequestContext, programmeId: string | null): AsyncGenerator<PilotPage> {
    const names = new Map<string, string>();
    let after: [string, string] | null = null;
    for (;;) {
      const rows: Array<PilotEntity & { sortAt: string }> = await this.db.query(
        ctx,
        `SELECT ${PILOT_COLUMNS}, p.created_at::text AS "sortAt" FROM pilot p
          WHERE p.organisation_id = $1 AND ($2::uuid IS NULL OR p.programme_id = $2::uuid)
            AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::uuid))
          ORDER BY p.created_at, p.id LIMIT ${PAGE_SIZE}`,
        [ctx.tenantId, programmeId, ...(after ?? [null, null])],
      );
      if (rows.length) {
        const unknown = [...new Set(rows.map((r) => r.programmeId))].filter((id) => !names.has(id));
        for (const programme of await this.programmes.byIds(ctx, unknown)) names.set(programme.id, programme.name);
        yield { pilots: rows.map(toPilot), programmeNames: names };
      }
      if (rows.length < PAGE_SIZE) return;
      const last = rows[rows.length - 1];
      after = [last.sortAt, last.id];
    }
  }
}
