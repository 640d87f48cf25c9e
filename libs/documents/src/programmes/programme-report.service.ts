import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE, type RequestContext } from '@app/common';
import { OrganisationsService } from '@app/identity';
import { EnrolmentsService, PeopleService } from '@app/people';
import { PilotMetricsService, PilotsService, PriorityAreasService, progressOf } from '@app/pilots';
import { GatesService, ProgrammesService } from '@app/programmes';
import { STEP_INFO, STEPS } from '@app/workflow';
import { DateWords } from '../page';

export interface ReportStep {
  name: string;
  state: string;
  started: string | null;
  completed: string | null;
  target: string | null;
}

export interface ReportGate {
  step: string;
  cycle: number;
  passedAt: string;
  override: boolean;
  reason: string | null;
  setAside: boolean;
}

export interface ReportPriority {
  name: string;
  scorers: number;
  need: number | null;
  feasibility: number | null;
  appetite: number | null;
  impact: number | null;
  overall: number | null;
  selected: boolean;
}

export interface ReportMetric {
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
  latest: string | null;
  latestDate: string | null;
  onTrack: boolean | null;
}

export interface ReportPilot {
  name: string;
  status: string;
  budget: string | null;
  participantsReached: number | null;
  metrics: ReportMetric[];
  /** Counts and means only: never who. */
  enrolled: number;
  withReadings: number;
  withTwoReadings: number;
  meanChange: number | null;
  note: string | null;
}

export interface ProgrammeReport {
  organisation: string;
  programme: string;
  cycle: number;
  currentStep: string;
  steps: ReportStep[];
  gates: ReportGate[];
  priorities: ReportPriority[];
  pilots: ReportPilot[];
  /** How many pilots the programme has, when more than those printed. */
  pilotTotal: number;
  printedAt: string;
  timeZone: string;
}

/** The pilots a report prints: one page of the largest size (a programme seldom has more than a handful); the report says when there are more. */
const PILOT_PAGE = MAX_PAGE_SIZE;

/**
 * Gathers what the programme report prints through each owner's service: the steps and gate
 * records (programmes), priorities, pilots and metrics (pilots), and counts of participants and
 * self-efficacy (people, aggregates only). Another organisation's programme is NOT_FOUND.
 */
@Injectable()
export class ProgrammeReportService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly programmes: ProgrammesService,
    private readonly gates: GatesService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly pilots: PilotsService,
    private readonly metrics: PilotMetricsService,
    private readonly people: PeopleService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async report(ctx: RequestContext, programmeId: string): Promise<ProgrammeReport> {
    const programme = await this.programmes.get(ctx, programmeId);
    const [organisation, steps, priorities, { page: pilots, total: pilotTotal }] = await Promise.all([
      this.organisations.current(ctx),
      this.programmes.stepsOf(ctx, [{ programmeId, cycle: programme.cycle }]),
      this.priorityAreas.ranked(ctx, programmeId),
      this.allPilots(ctx, programmeId),
    ]);
    const dates = new DateWords(organisation.timeZone);
    const pilotIds = pilots.map((p) => p.id);
    const [records, metrics, enrolled, selfEfficacy] = await Promise.all([
      this.gates.recordsOf(
        ctx,
        steps.map((s) => s.id),
      ),
      this.metrics.ofPilots(ctx, pilotIds),
      this.people.enrolledCount(ctx, pilotIds),
      this.enrolments.selfEfficacyOf(ctx, pilotIds),
    ]);
    const latest = await this.metrics.latestOf(
      ctx,
      [...metrics.values()].flat().map((m) => m.id),
    );
    const byStep = new Map(steps.map((s) => [s.step, s]));
    return {
      organisation: organisation.name,
      programme: programme.name,
      cycle: programme.cycle,
      currentStep: STEP_INFO[programme.currentStep].name,
      steps: STEPS.map((step) => {
        const s = byStep.get(step);
        return {
          name: STEP_INFO[step].name,
          state: s?.state ?? 'NOT_STARTED',
          started: s?.startedAt ? dates.day(s.startedAt) : null,
          completed: s?.completedAt ? dates.day(s.completedAt) : null,
          target: s?.targetDate ? dates.calendarDay(s.targetDate) : null,
        };
      }),
      gates: [...records]
        .sort((a, b) => a.passedAt.getTime() - b.passedAt.getTime())
        .map((r) => ({
          step: STEP_INFO[r.step].name,
          cycle: r.cycle,
          passedAt: dates.day(r.passedAt),
          override: r.passedByOverride,
          reason: r.overrideReason,
          setAside: r.setAsideAt !== null,
        })),
      priorities: priorities.map((p) => ({
        name: p.serviceAreaName,
        scorers: p.scorers,
        need: p.need.mean,
        feasibility: p.feasibility.mean,
        appetite: p.appetite.mean,
        impact: p.impact.mean,
        overall: p.overallScore,
        selected: p.selected,
      })),
      pilots: pilots.map((pilot) => {
        const summary = selfEfficacy.get(pilot.id);
        return {
          name: pilot.name,
          status: pilot.status,
          budget: pilot.budget ? money(pilot.budget.amount, pilot.budget.currency) : null,
          participantsReached: pilot.participantsReached,
          metrics: (metrics.get(pilot.id) ?? []).map((m) => {
            const last = latest.get(m.id) ?? null;
            return {
              name: m.name,
              unit: m.unit,
              baseline: m.baseline,
              target: m.target,
              latest: last?.value ?? null,
              latestDate: last ? dates.calendarDay(last.date) : null,
              onTrack: progressOf(m, last).onTrack,
            };
          }),
          enrolled: enrolled.get(pilot.id) ?? 0,
          withReadings: summary?.participantsWithReadings ?? 0,
          withTwoReadings: summary?.participantsWithTwoReadings ?? 0,
          meanChange: summary?.meanChange ?? null,
          note: summary?.note ?? null,
        };
      }),
      pilotTotal,
      printedAt: dates.at(new Date()),
      timeZone: dates.timeZone,
    };
  }

  private async allPilots(ctx: RequestContext, programmeId: string) {
    const [page, total] = await this.pilots.page(ctx, { programmeId }, { first: PILOT_PAGE });
    return { page, total };
  }
}

/** An amount in its currency, as the organisation's readers write it ("£1,200.00"). */
export function money(amount: string, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(amount));
}
