import { Injectable } from '@nestjs/common';
import { Action, can, type RequestContext } from '@app/common';
import { OrganisationsService, UsersService } from '@app/identity';
import { CoproductionMapService, InitiativesService } from '@app/mapping';
import { ParticipantsService } from '@app/people';
import { PriorityAreasService } from '@app/pilots';
import { ChecklistsService, GatesService, ProgrammesService, TasksService } from '@app/programmes';
import { type Step, STEP_INFO, WORKSHOP_OUTPUT_KINDS, type WorkshopConversionKind, type WorkshopOutputKind } from '@app/workflow';
import {
  type VoteRound,
  VoteRoundsService,
  type Workshop,
  WorkshopAgendaService,
  WorkshopGuestsService,
  type WorkshopOutput,
  WorkshopOutputsService,
  WorkshopsService,
} from '@app/workshops';
import { type MapInBrief, mapInBrief } from '../map-in-brief';
import { DateWords } from '../page';

/** What both documents say at the top: which workshop, when and where, who runs it, who comes. */
export interface WorkshopHeading {
  organisation: string;
  programme: string;
  step: string;
  title: string;
  status: Workshop['status'];
  when: string;
  place: string | null;
  onlineUrl: string | null;
  facilitator: string | null;
  members: string[];
  /** Participants by name, or null when the caller's role may not read their names (then only the count shows). */
  participants: string[] | null;
  participantCount: number;
  printedAt: string;
  /** The organisation's IANA zone, in which every time above is given. */
  timeZone: string;
}

/** One checklist item a section works towards, and what it still needs (the workflow's own explanation). */
export interface PackItem {
  title: string;
  required: boolean;
  satisfied: boolean;
  explanation: string;
}

/** A priority area as ranked (libs/pilots priority-scoring.ts). */
export interface PackPriority {
  area: string;
  /** Mean of the four criterion means, two decimals; null until scored. */
  score: number | null;
  scorers: number;
  selected: boolean;
}

/** Steps whose work uses the map (finding it, then choosing from it) and those that work from the priorities. */
const MAP_STEPS: ReadonlySet<Step> = new Set(['MAP', 'FOCUS']);
const PRIORITY_STEPS: ReadonlySet<Step> = new Set(['FOCUS', 'PEOPLE', 'MARKET']);

export interface WorkshopPack extends WorkshopHeading {
  agenda: Array<{ position: number; title: string; minutes: number; startsAt: string; items: PackItem[] }>;
  /** The step's required items still open: what the room may settle. */
  openItems: PackItem[];
  totalMinutes: number;
  /** Only for a step that needs it, else null. */
  map: MapInBrief | null;
  priorities: PackPriority[] | null;
}

export interface RecordOutput {
  position: number;
  text: string;
  /** The guest who added it from the room, by the name they gave. */
  guest: string | null;
}

export interface RecordConversion {
  output: string;
  kind: WorkshopConversionKind;
  /** The record's title as its owner holds it now; null once it is gone. */
  record: string | null;
  stands: boolean;
}

export interface WorkshopRecord extends WorkshopHeading {
  guests: string[];
  outputs: Array<{ kind: WorkshopOutputKind; outputs: RecordOutput[] }>;
  rounds: Array<
    Pick<VoteRound, 'position' | 'question' | 'status' | 'dotsPerVoter' | 'anonymous' | 'voterCount' | 'options'> & {
      decision: string | null;
    }
  >;
  conversions: RecordConversion[];
}

/**
 * Gathers what the workshop pack and record print, through each owner's service: the workshop,
 * its agenda and attendees (workshops), the step's checklist and gate (programmes), names
 * (identity, people), rounds and what outputs became. Another organisation's workshop is
 * NOT_FOUND, as everywhere.
 */
@Injectable()
export class WorkshopDocumentsService {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly agendas: WorkshopAgendaService,
    private readonly outputs: WorkshopOutputsService,
    private readonly guests: WorkshopGuestsService,
    private readonly rounds: VoteRoundsService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly participants: ParticipantsService,
    private readonly programmes: ProgrammesService,
    private readonly gates: GatesService,
    private readonly tasks: TasksService,
    private readonly initiatives: InitiativesService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly checklists: ChecklistsService,
    private readonly coproductionMap: CoproductionMapService,
  ) {}

  async pack(ctx: RequestContext, workshopId: string): Promise<WorkshopPack> {
    const workshop = await this.workshops.get(ctx, workshopId);
    const [heading, agenda, checklist, map, priorities] = await Promise.all([
      this.heading(ctx, workshop),
      this.agendas.agendaOf(ctx, [workshop.id]),
      this.checklist(ctx, workshop),
      MAP_STEPS.has(workshop.step) ? this.coproductionMap.map(ctx, workshop.programmeId).then(mapInBrief) : Promise.resolve(null),
      PRIORITY_STEPS.has(workshop.step) ? this.prioritiesOf(ctx, workshop.programmeId) : Promise.resolve(null),
    ]);
    const dates = await this.dates(ctx);
    let start = workshop.startsAt.getTime();
    const sections = agenda.map((item) => {
      const startsAt = dates.clock(new Date(start));
      start += item.minutes * 60_000;
      const items = item.checklistKeys.flatMap((key) => checklist.get(key) ?? []);
      return { position: item.position, title: item.title, minutes: item.minutes, startsAt, items };
    });
    const openItems = [...checklist.values()].filter((i) => i.required && !i.satisfied);
    return {
      ...heading,
      agenda: sections,
      openItems,
      totalMinutes: agenda.reduce((sum, i) => sum + i.minutes, 0),
      map,
      priorities,
    };
  }

  private async prioritiesOf(ctx: RequestContext, programmeId: string): Promise<PackPriority[]> {
    const ranked = await this.priorityAreas.ranked(ctx, programmeId);
    return ranked.map((a) => ({ area: a.serviceAreaName, score: a.overallScore, scorers: a.scorers, selected: a.selected }));
  }

  async record(ctx: RequestContext, workshopId: string): Promise<WorkshopRecord> {
    const workshop = await this.workshops.get(ctx, workshopId);
    const [heading, outputs, guests, rounds] = await Promise.all([
      this.heading(ctx, workshop),
      this.outputs.outputsOf(ctx, [workshop.id]),
      this.guests.guestsOf(ctx, [workshop.id]),
      this.rounds.roundsOf(ctx, workshop.id),
    ]);
    const guestNames = new Map(guests.map((g) => [g.id, g.displayName]));
    const byKind = new Map<WorkshopOutputKind, RecordOutput[]>();
    for (const o of outputs) {
      const list = byKind.get(o.kind) ?? [];
      list.push({ position: o.position, text: o.text, guest: o.guestId ? (guestNames.get(o.guestId) ?? null) : null });
      byKind.set(o.kind, list);
    }
    const text = new Map(outputs.map((o) => [o.id, o.text]));
    return {
      ...heading,
      guests: guests.map((g) => g.displayName),
      // In the workflow's order of kinds, so every record reads alike.
      outputs: WORKSHOP_OUTPUT_KINDS.flatMap((kind) => (byKind.has(kind) ? [{ kind, outputs: byKind.get(kind)! }] : [])),
      rounds: rounds.map((r) => ({
        position: r.position,
        question: r.question,
        status: r.status,
        dotsPerVoter: r.dotsPerVoter,
        anonymous: r.anonymous,
        voterCount: r.voterCount,
        options: r.options,
        decision: r.decisionOutputId ? (text.get(r.decisionOutputId) ?? null) : null,
      })),
      conversions: await this.conversions(ctx, outputs),
    };
  }

  private async dates(ctx: RequestContext): Promise<DateWords> {
    return new DateWords(await this.organisations.timeZone(ctx));
  }

  private async heading(ctx: RequestContext, workshop: Workshop): Promise<WorkshopHeading> {
    const [organisation, programme, attendees, dates] = await Promise.all([
      this.organisations.current(ctx),
      this.programmes.get(ctx, workshop.programmeId),
      this.workshops.attendeesOf(ctx, [workshop.id]),
      this.dates(ctx),
    ]);
    const userIds = [workshop.facilitatorUserId, ...attendees.map((a) => a.userId)].filter((id): id is string => id !== null);
    const participantIds = attendees.flatMap((a) => (a.participantId ? [a.participantId] : []));
    // Names of participants only for the roles that may read them (libs/common/src/policy.ts), as on GraphQL.
    const namesAllowed = ctx.role !== null && can(ctx.role, Action.READ_PARTICIPANT_NAMES);
    const [members, participants] = await Promise.all([
      this.users.membersByIds(ctx, [...new Set(userIds)]),
      namesAllowed ? this.participants.byIds(ctx, participantIds) : Promise.resolve(null),
    ]);
    const memberName = new Map(members.map((u) => [u.id, u.displayName]));
    const participantName = new Map((participants ?? []).map((p) => [p.id, p.displayName]));
    return {
      organisation: organisation.name,
      programme: programme.name,
      step: STEP_INFO[workshop.step].name,
      title: workshop.title,
      status: workshop.status,
      when: dates.span(workshop.startsAt, workshop.endsAt),
      place: workshop.place,
      onlineUrl: workshop.onlineUrl,
      facilitator: workshop.facilitatorUserId ? (memberName.get(workshop.facilitatorUserId) ?? null) : null,
      members: attendees.flatMap((a) => (a.userId && memberName.has(a.userId) ? [memberName.get(a.userId)!] : [])),
      participants: participants ? participantIds.flatMap((id) => (participantName.has(id) ? [participantName.get(id)!] : [])) : null,
      participantCount: participantIds.length,
      printedAt: dates.at(new Date()),
      timeZone: dates.timeZone,
    };
  }

  /** The step's checklist items by key, each with today's verdict from the gate (the workflow's wording). */
  private async checklist(ctx: RequestContext, workshop: Workshop): Promise<Map<string, PackItem>> {
    const steps = await this.programmes.stepsOf(ctx, [{ programmeId: workshop.programmeId, cycle: workshop.cycle }]);
    const step = steps.find((s) => s.step === workshop.step);
    if (!step) return new Map();
    const evaluation = await this.gates.evaluateOne(ctx, step);
    return new Map(
      evaluation.items.map((item) => {
        const verdict = evaluation.live.verdicts.get(item.id);
        return [
          item.key,
          {
            title: item.title,
            required: item.required,
            satisfied: verdict?.satisfied ?? false,
            explanation: verdict?.explanation ?? item.guidance,
          },
        ];
      }),
    );
  }

  /** What each converted output became, by the record's title now, and whether it still stands. */
  private async conversions(ctx: RequestContext, outputs: WorkshopOutput[]): Promise<RecordConversion[]> {
    const converted = outputs.filter((o) => o.convertedKind && o.convertedId);
    if (!converted.length) return [];
    const idsOf = (kind: WorkshopConversionKind) => converted.filter((o) => o.convertedKind === kind).map((o) => o.convertedId!);
    const [stands, tasks, initiatives, areas, items] = await Promise.all([
      this.outputs.standing(ctx, converted),
      this.tasks.byIds(ctx, idsOf('TASK')),
      this.initiatives.byIds(ctx, idsOf('INITIATIVE')),
      this.priorityAreas.byIds(ctx, idsOf('PRIORITY_AREA')),
      this.checklists.byIds(ctx, idsOf('CHECKLIST_TICK')),
    ]);
    const titles = new Map<string, string>([
      ...tasks.map((t): [string, string] => [t.id, t.title]),
      ...initiatives.map((i): [string, string] => [i.id, i.name]),
      ...areas.map((a): [string, string] => [a.id, a.serviceAreaName]),
      ...items.map((i): [string, string] => [i.id, i.title]),
    ]);
    return converted.map((o, index) => ({
      output: o.text,
      kind: o.convertedKind!,
      record: titles.get(o.convertedId!) ?? null,
      stands: stands[index] === true,
    }));
  }
}
