import { Injectable } from '@nestjs/common';
import { AppConfig, type RequestContext } from '@app/common';
import { MembershipsService } from '@app/identity';
import { type DatedProgramme, type DueTask, MOST_DATED_ROWS, ProgrammeDatesService, ProgrammesService } from '@app/programmes';
import { STEP_INFO } from '@app/workflow';
import { type Workshop, WorkshopsService } from '@app/workshops';
import { type CalendarDocument, type CalendarItem, renderCalendar } from './calendar-ics';
import { CalendarLinksService, type CalendarOwner } from './calendar-links.service';

/** Workshops stay in a calendar for this long after they end, so last week's still shows where it was. */
export const WORKSHOPS_KEPT_DAYS = 30;

const TASK_STATUS_WORDS: Record<string, string> = { TODO: 'to do', IN_PROGRESS: 'in progress', BLOCKED: 'blocked' };
const STEP_STATE_WORDS: Record<string, string> = { NOT_STARTED: 'not started', IN_PROGRESS: 'in progress', COMPLETED: 'completed' };

/** One organisation's records as a calendar shows them. */
interface OrganisationDates {
  organisationId: string;
  /** Named in each item when a person's calendar spans several organisations. */
  organisationName: string | null;
  programmes: DatedProgramme[];
  tasks: DueTask[];
  workshops: Workshop[];
  programmeNames: Map<string, string>;
}

/**
 * The calendar a link opens, as iCalendar text: a programme's dates (its open tasks' due dates, its
 * workshops, its steps' target dates), or a person's (their open tasks' due dates, and the workshops
 * and step target dates of the programmes they take part in, in every organisation they belong to
 * when it is read: a membership removed takes that organisation's dates out at once). Each
 * organisation is read inside its own tenancy, through the owners' services, one statement per kind
 * of record whatever their number.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly links: CalendarLinksService,
    private readonly memberships: MembershipsService,
    private readonly dates: ProgrammeDatesService,
    private readonly programmes: ProgrammesService,
    private readonly workshops: WorkshopsService,
    private readonly config: AppConfig,
  ) {}

  /** The iCalendar text a token opens, or null when it opens none. */
  async calendar(ctx: RequestContext, token: string): Promise<string | null> {
    const owner = await this.links.ownerOf(ctx, token);
    if (!owner) return null;
    const document = owner.kind === 'PERSON' ? await this.personal(ctx, owner.userId) : await this.programme(ctx, owner);
    return document && renderCalendar(document);
  }

  private async programme(ctx: RequestContext, owner: Extract<CalendarOwner, { kind: 'PROGRAMME' }>): Promise<CalendarDocument | null> {
    const inside = ctx.within(owner.organisationId);
    const ids = [owner.programmeId];
    const [programmes, tasks, workshops] = await Promise.all([
      this.dates.programmes(inside, { ids }),
      this.dates.dueTasks(inside, { programmeIds: ids }),
      this.workshops.scheduled(inside, { programmeIds: ids, endingAfter: keptFrom(), limit: MOST_DATED_ROWS }),
    ]);
    const [programme] = programmes;
    if (!programme) return null;
    return {
      name: `${programme.name} (coprod)`,
      description: `The dates of the programme ${programme.name}: due dates of its open tasks, its workshops, and the target dates of its steps.`,
      items: this.items({
        organisationId: owner.organisationId,
        organisationName: null,
        programmes,
        tasks,
        workshops,
        programmeNames: new Map([[programme.id, programme.name]]),
      }),
    };
  }

  private async personal(ctx: RequestContext, userId: string): Promise<CalendarDocument> {
    const organisations = await this.memberships.organisationsOf(ctx, userId);
    const each = await Promise.all(
      organisations.map(async (organisation) => {
        const inside = ctx.within(organisation.id);
        const [programmes, tasks] = await Promise.all([
          this.dates.programmes(inside, { involving: userId }),
          this.dates.dueTasks(inside, { assigneeId: userId }),
        ]);
        const workshops = await this.workshops.scheduled(inside, {
          programmeIds: programmes.map((p) => p.id),
          personId: userId,
          endingAfter: keptFrom(),
          limit: MOST_DATED_ROWS,
        });
        const programmeNames = new Map([
          ...programmes.map((p) => [p.id, p.name] as const),
          ...tasks.map((t) => [t.programmeId, t.programmeName] as const),
        ]);
        // A workshop they run or attend in a programme they otherwise have no part in: its name in one more statement.
        const unnamed = [...new Set(workshops.map((w) => w.programmeId).filter((id) => !programmeNames.has(id)))];
        if (unnamed.length) for (const p of await this.programmes.byIds(inside, unnamed)) programmeNames.set(p.id, p.name);
        return this.items({
          organisationId: organisation.id,
          organisationName: organisations.length > 1 ? organisation.name : null,
          programmes,
          tasks,
          workshops,
          programmeNames,
        });
      }),
    );
    return {
      name: 'Your dates (coprod)',
      description:
        'Due dates of your open tasks, and the workshops and step target dates of the programmes you take part in, in every organisation you belong to.',
      items: each.flat().sort(byWhen),
    };
  }

  private items(dates: OrganisationDates): CalendarItem[] {
    const base = `${this.config.publicUrl}/o/${dates.organisationId}`;
    const where = (text: string) => (dates.organisationName ? `${dates.organisationName}: ${text}` : text);
    const programmeName = (id: string) => dates.programmeNames.get(id) ?? 'a programme';
    const items: CalendarItem[] = [];
    for (const task of dates.tasks) {
      const url = `${base}/programmes/${task.programmeId}?step=${task.step}`;
      items.push({
        uid: `task-${task.id}@coprod`,
        sequence: task.version,
        changedAt: new Date(task.updatedAt),
        createdAt: new Date(task.createdAt),
        when: { day: task.dueDate },
        summary: `Due: ${task.title}`,
        description: lines(
          where(`A task of ${task.programmeName}, in ${STEP_INFO[task.step].name}.`),
          `It is ${TASK_STATUS_WORDS[task.status] ?? task.status.toLowerCase()}, with ${task.priority.toLowerCase()} priority.`,
          `Open it in coprod: ${url}`,
        ),
        url,
      });
    }
    for (const workshop of dates.workshops) {
      const url = `${base}/workshops/${workshop.id}`;
      const cancelled = workshop.status === 'CANCELLED';
      items.push({
        uid: `workshop-${workshop.id}@coprod`,
        sequence: workshop.version,
        changedAt: new Date(workshop.updatedAt),
        createdAt: new Date(workshop.createdAt),
        when: { start: new Date(workshop.startsAt), end: new Date(workshop.endsAt) },
        summary: cancelled ? `Cancelled: ${workshop.title}` : `Workshop: ${workshop.title}`,
        description: lines(
          where(`A workshop of ${programmeName(workshop.programmeId)}, for ${STEP_INFO[workshop.step].name}.`),
          cancelled ? 'It has been cancelled.' : null,
          workshop.onlineUrl ? `Join online: ${workshop.onlineUrl}` : null,
          `Open it in coprod: ${url}`,
        ),
        url,
        location: workshop.place ?? (workshop.onlineUrl ? 'Online' : null),
        cancelled,
      });
    }
    for (const programme of dates.programmes) {
      for (const step of programme.steps) {
        const name = STEP_INFO[step.step].name;
        const url = `${base}/programmes/${programme.id}?step=${step.step}`;
        items.push({
          uid: `step-${step.id}@coprod`,
          sequence: programme.version,
          changedAt: new Date(programme.updatedAt),
          when: { day: step.targetDate },
          summary: `${name} target: ${programme.name}${step.state === 'COMPLETED' ? ' (completed)' : ''}`,
          description: lines(
            where(`The date ${programme.name} means to finish ${name} by, in cycle ${programme.cycle}.`),
            `The step is ${STEP_STATE_WORDS[step.state] ?? step.state.toLowerCase()}.`,
            `Open it in coprod: ${url}`,
          ),
          url,
        });
      }
    }
    return items.sort(byWhen);
  }
}

/** From when workshops are kept, as of now. */
function keptFrom(): Date {
  return new Date(Date.now() - WORKSHOPS_KEPT_DAYS * 24 * 60 * 60 * 1000);
}

function lines(...parts: Array<string | null>): string {
  return parts.filter((part): part is string => part !== null).join('\n');
}

function startOf(item: CalendarItem): string {
  return 'day' in item.when ? `${item.when.day}T00:00:00.000Z` : item.when.start.toISOString();
}

/** Soonest first, then by UID: the same records always give the same order, and so the same bytes. */
function byWhen(a: CalendarItem, b: CalendarItem): number {
  return startOf(a).localeCompare(startOf(b)) || a.uid.localeCompare(b.uid);
}
