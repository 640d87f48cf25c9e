import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { csvLocalTime, csvTable, type ExportQuery, fileNamePart } from '@app/http';
import { OrganisationsService } from '@app/identity';
import { PilotsService, ProgrammePilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import { PILOT_STATUSES } from '@app/workflow';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import type { LawfulBasis, ParticipantKind } from './participant.entity';
import { enrolmentText, PARTICIPANT_CSV_COLUMNS, type ParticipantExportRecord } from './participants-csv';
import { SkillsService } from './skills.service';

/** Participants read per statement; each page's skills, enrolments and pilot names are read in one statement each. */
const PAGE_SIZE = 500;

interface ParticipantExportRow {
  id: string;
  kind: ParticipantKind;
  displayName: string | null;
  contact: string | null;
  notes: string | null;
  motivation: number | null;
  hoursPerMonth: number | null;
  lawfulBasis: LawfulBasis | null;
  consentGivenAt: Date | null;
  createdAt: Date;
  sortAt: string;
}

/** The participants CSV export (the format is in `participants-csv.ts`). */
@Injectable()
export class ParticipantsCsvService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
    private readonly programmePilots: ProgrammePilotsService,
    private readonly pilots: PilotsService,
    private readonly skills: SkillsService,
    private readonly enrolments: EnrolmentsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * The file's name and stream. The programme is checked first (another organisation's is
   * NOT_FOUND, before anything is sent), and its pilots listed; the participants are then read a
   * page at a time as the stream is drained. Erased participants are left out in the query itself.
   */
  async export(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    const programme = query.programmeId ? await this.programmes.get(ctx, query.programmeId) : null;
    const pilotNames = new Map<string, string>();
    if (programme) {
      for (const pilot of await this.programmePilots.withStatus(ctx, [programme.id], PILOT_STATUSES)) {
        pilotNames.set(pilot.pilotId, pilot.pilotName);
      }
    }
    const scope = programme ? new Set(pilotNames.keys()) : null;
    const timeZone = await this.organisations.timeZone(ctx);
    return {
      name: programme ? `participants-${fileNamePart(programme.name, 'programme')}` : 'participants',
      stream: csvTable(PARTICIPANT_CSV_COLUMNS, this.records(ctx, scope, pilotNames, timeZone)),
    };
  }

  private async *records(
    ctx: RequestContext,
    scope: ReadonlySet<string> | null,
    pilotNames: Map<string, string>,
    timeZone: string,
  ): AsyncGenerator<ParticipantExportRecord> {
    for await (const page of this.pages(ctx, scope)) {
      const ids = page.map((p) => p.id);
      const [skills, enrolments] = await Promise.all([this.skills.ofParticipants(ctx, ids), this.enrolments.ofParticipants(ctx, ids)]);
      const inScope = (pilotId: string) => !scope || scope.has(pilotId);
      const unnamed = [...new Set([...enrolments.values()].flat().map((e) => e.pilotId))].filter(
        (id) => inScope(id) && !pilotNames.has(id),
      );
      for (const pilot of await this.pilots.byIds(ctx, unnamed)) pilotNames.set(pilot.id, pilot.name);
      for (const row of page) {
        yield {
          id: row.id,
          kind: row.kind,
          name: row.displayName,
          contact: row.contact,
          notes: row.notes,
          motivation: row.motivation,
          hoursPerMonth: row.hoursPerMonth,
          lawfulBasis: row.lawfulBasis,
          consentGivenAt: csvLocalTime(row.consentGivenAt, timeZone),
          skills: (skills.get(row.id) ?? []).map((s) => s.name).join('; '),
          pilots: (enrolments.get(row.id) ?? [])
            .filter((e) => inScope(e.pilotId))
            .map((e) => enrolmentText(pilotNames.get(e.pilotId) ?? '', e.role, e.withdrawnAt !== null))
            .join('; '),
          registeredAt: csvLocalTime(row.createdAt, timeZone)!,
        };
      }
    }
  }

  /**
   * The organisation's participants who are not erased (for a programme, those enrolled in one of
   * `scope`'s pilots), in the order they were registered, a page at a time by keyset.
   */
  private async *pages(ctx: RequestContext, scope: ReadonlySet<string> | null): AsyncGenerator<ParticipantExportRow[]> {
    if (scope && !scope.size) return;
    let after: [string, string] | null = null;
    for (;;) {
      const page: ParticipantExportRow[] = await this.db.query(
        ctx,
        `SELECT p.id, p.kind, p.display_name AS "displayName", p.contact, p.notes, p.motivation, p.hours_per_month AS "hoursPerMonth",
                p.lawful_basis AS "lawfulBasis", p.consent_given_at AS "consentGivenAt", p.created_at AS "createdAt",
                p.created_at::text AS "sortAt"
           FROM participant p
          WHERE p.organisation_id = $1 AND p.erased_at IS NULL
            AND ($2::uuid[] IS NULL OR EXISTS (
                  SELECT 1 FROM enrolment e WHERE e.organisation_id = p.organisation_id AND e.participant_id = p.id AND e.pilot_id = ANY($2::uuid[])))
            AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::uuid))
          ORDER BY p.created_at, p.id LIMIT ${PAGE_SIZE}`,
        [ctx.tenantId, scope ? [...scope] : null, ...(after ?? [null, null])],
      );
      if (page.length) yield page;
      if (page.length < PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = [last.sortAt, last.id];
    }
  }
}
