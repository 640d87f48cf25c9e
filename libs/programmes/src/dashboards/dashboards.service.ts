import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@app/common';
import { Database, prepared } from '@app/database';
import { OrganisationsService } from '@app/identity';
import { STEP_INFO, STEPS, type ProgrammeStatus, type Step, type StepState } from '@app/workflow';
import { GatesService, type StepEvaluation } from '../programmes/gates.service';
import { ProgrammeStepEntity } from '../programmes/programme-step.entity';
import type { TaskPriority, TaskStatus } from '../tasks/task.model';
import type {
  DashboardProgramme,
  DashboardTask,
  MyWork,
  OverdueTasks,
  ProgrammeDashboard,
  StepDashboard,
  StepProgrammeCounts,
  TickedItem,
} from './dashboard.model';
import {
  type ListedProgrammeJson,
  organisationSections,
  PROGRAMME_STEPS,
  RECENTLY_TICKED,
  type SectionRequest,
  type SectionsRow,
  type StepRow,
  type SummaryJson,
  type TaskJson,
  type TaskListJson,
  type TickedRow,
} from './dashboards.queries';

/** What a programme dashboard needs of the programme: the resolver's parent. */
export interface DashboardKey {
  id: string;
  cycle: number;
  status: ProgrammeStatus;
  currentStep: Step;
}

/** The organisation dashboard's summary: its zone, today, and programme counts by step × status. */
export interface OrganisationSummary {
  timeZone: string;
  today: string;
  programmeCount: number;
  programmesByStep: StepProgrammeCounts[];
}

/** What `sections` answers for each kind of request. */
export type SectionResult = OrganisationSummary | DashboardProgramme[] | OverdueTasks | MyWork;
export type { SectionRequest };

/**
 * Dashboards in a bounded number of statements whatever the amount of data: each part is one
 * set-based statement (see dashboards.queries.ts), and gates come from GatesService, which
 * evaluates the steps of any number of programmes in one statement, or inside the caller's.
 *
 * Statements: programme dashboards (any number of programmes) 2; the organisation dashboard 1
 * for all the parts asked for, the gates of the listed programmes included; recently ticked
 * items 1. The organisation's time zone adds one where OrganisationsService does not hold it.
 */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly db: Database,
    private readonly gates: GatesService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Dashboards of many programmes (each in its current cycle), in the order given: two statements. */
  async programmeDashboards(ctx: RequestContext, programmes: readonly DashboardKey[]): Promise<ProgrammeDashboard[]> {
    if (!programmes.length) return [];
    const rows = await this.db.query<StepRow>(ctx, prepared(PROGRAMME_STEPS), [
      ctx.tenantId,
      await this.organisations.timeZone(ctx),
      programmes.map((p) => p.id),
      programmes.map((p) => p.cycle),
    ]);
    const evaluations = await this.gates.evaluate(ctx, rows.map(toStepEntity));
    const byProgramme = new Map<string, StepRow[]>();
    for (const row of rows) {
      const key = `${row.programme_id}:${row.cycle}`;
      byProgramme.set(key, [...(byProgramme.get(key) ?? []), row]);
    }
    // The organisation's zone and today come with every step row; a programme has five.
    const zone = rows[0] ? { timeZone: rows[0].time_zone, today: rows[0].today } : { timeZone: 'UTC', today: '' };

    return programmes.map((programme) => {
      const own = byProgramme.get(`${programme.id}:${programme.cycle}`) ?? [];
      own.sort((a, b) => STEPS.indexOf(a.step as Step) - STEPS.indexOf(b.step as Step));
      const steps = own.map((row): StepDashboard => {
        const gate = evaluations.get(row.id)?.gate;
        return {
          step: row.step as Step,
          name: STEP_INFO[row.step as Step].name,
          state: row.state as StepState,
          current: row.step === programme.currentStep,
          ownerId: row.owner_id,
          targetDate: row.target_date,
          targetMissed: row.target_missed,
          startedAt: row.started_at,
          completedAt: row.completed_at,
          daysInStep: row.days_in_step,
          requiredTotal: gate?.requiredTotal ?? 0,
          requiredSatisfied: gate?.requiredSatisfied ?? 0,
          advisoryTotal: gate?.advisoryTotal ?? 0,
          advisorySatisfied: gate?.advisorySatisfied ?? 0,
          openRequiredItems: gate ? gate.requiredTotal - gate.requiredSatisfied : 0,
          openItems: gate?.openItems ?? [],
          gateOpen: gate?.open ?? false,
          tasksTotal: row.tasks_total,
          tasksDone: row.tasks_done,
          tasksOverdue: row.tasks_overdue,
        };
      });
      const sum = (pick: (s: StepDashboard) => number) => steps.reduce((n, s) => n + pick(s), 0);
      return {
        programmeId: programme.id,
        status: programme.status,
        currentStep: programme.currentStep,
        cycle: programme.cycle,
        ...zone,
        steps,
        tasksTotal: sum((s) => s.tasksTotal),
        tasksDone: sum((s) => s.tasksDone),
        tasksOverdue: sum((s) => s.tasksOverdue),
      };
    });
  }

  /**
   * The parts of the organisation dashboard asked for, in ONE statement whatever their number,
   * the gates of the listed programmes' current steps included (see `organisationSections`).
   * Results in the order of `requests`.
   */
  async sections(ctx: RequestContext, requests: readonly SectionRequest[]): Promise<SectionResult[]> {
    const { sql, params } = organisationSections(ctx.tenantId, await this.organisations.timeZone(ctx), requests, (steps, param) =>
      this.gates.inputsSql(steps, param, 'gates'),
    );
    // Kept prepared (parsing and planning it costs more than running it) when its shape is one of the
    // few the dashboard asks for: each part at most once. A query naming a part twice, under aliases,
    // runs unprepared, so that no client can make a connection keep ever more statements.
    const ordinary = new Set(requests.map((r) => r.part)).size === requests.length;
    const [row] = await this.db.query<SectionsRow>(ctx, ordinary ? prepared(sql) : sql, params);
    if (!row) throw new NotFoundError('Organisation', ctx.tenantId);
    const parts = requests.map((_, i) => {
      const value = row[`s${i}`];
      return typeof value === 'string' ? JSON.parse(value) : value;
    });
    const listed = requests.flatMap((request, i) => (request.part === 'programmes' ? (parts[i] as ListedProgrammeJson[]) : []));
    const currentSteps = new Map(
      listed
        .filter((p) => p.stepId)
        .map((p) => [
          p.stepId!,
          toStepEntity({ id: p.stepId!, programme_id: p.id, cycle: p.cycle, step: p.currentStep, owner_id: p.stepOwnerId }),
        ]),
    );
    const evaluations =
      row.gates === undefined ? new Map<string, StepEvaluation>() : this.gates.readInputs([...currentSteps.values()], row.gates);

    return requests.map((request, i): SectionResult => {
      switch (request.part) {
        case 'summary':
          return summaryOf(row, parts[i] as SummaryJson[]);
        case 'programmes':
          return (parts[i] as ListedProgrammeJson[]).map((p) => {
            const gate = p.stepId ? evaluations.get(p.stepId)?.gate : undefined;
            return {
              id: p.id,
              name: p.name,
              status: p.status as ProgrammeStatus,
              currentStep: p.currentStep as Step,
              cycle: p.cycle,
              ownerId: p.ownerId,
              currentStepState: (p.stepState as StepState | null) ?? null,
              currentStepTargetDate: p.targetDate,
              daysInCurrentStep: p.daysInStep,
              gateOpen: gate?.open ?? false,
              openRequiredItems: gate ? gate.requiredTotal - gate.requiredSatisfied : 0,
              tasksOpen: p.tasksOpen,
              tasksOverdue: p.tasksOverdue,
            };
          });
        case 'overdue': {
          const list = parts[i] as TaskListJson;
          return { totalCount: list.total, tasks: list.tasks.map(toTask) };
        }
        case 'mine': {
          const list = parts[i] as TaskListJson;
          return { totalCount: list.total, overdueCount: list.overdueTotal ?? 0, tasks: list.tasks.map(toTask), userId: request.userId };
        }
      }
    });
  }

  /** Checklist items the user ticked in the last `days` days, newest first: one statement. */
  async recentlyTicked(ctx: RequestContext, userId: string | null, days: number, first: number): Promise<TickedItem[]> {
    if (!userId) return [];
    const rows = await this.db.query<TickedRow>(ctx, prepared(RECENTLY_TICKED), [ctx.tenantId, userId, days, first]);
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      title: r.title,
      step: r.step as Step,
      cycle: r.cycle,
      programmeId: r.programme_id,
      programmeName: r.programme_name,
      tickedAt: r.ticked_at,
    }));
  }
}

/** What GatesService needs of a step, from a row of our own statements (no extra query). */
function toStepEntity(row: Pick<StepRow, 'id' | 'programme_id' | 'cycle' | 'step' | 'owner_id'>): ProgrammeStepEntity {
  return Object.assign(new ProgrammeStepEntity(), {
    id: row.id,
    programmeId: row.programme_id,
    cycle: row.cycle,
    step: row.step as Step,
    ownerId: row.owner_id,
  });
}

function summaryOf(row: SectionsRow, counts: SummaryJson[]): OrganisationSummary {
  const byStep = new Map<Step, StepProgrammeCounts>(
    STEPS.map((step) => [step, { step, name: STEP_INFO[step].name, total: 0, active: 0, paused: 0, completed: 0, archived: 0 }]),
  );
  for (const count of counts) {
    const cell = byStep.get(count.step as Step);
    if (!cell) continue;
    cell[count.status.toLowerCase() as 'active' | 'paused' | 'completed' | 'archived'] += count.programmes;
    cell.total += count.programmes;
  }
  const programmesByStep = [...byStep.values()];
  return {
    timeZone: row.time_zone,
    today: row.today,
    programmeCount: programmesByStep.reduce((n, s) => n + s.total, 0),
    programmesByStep,
  };
}

function toTask(t: TaskJson): DashboardTask {
  return { ...t, step: t.step as Step, status: t.status as TaskStatus, priority: t.priority as TaskPriority };
}
