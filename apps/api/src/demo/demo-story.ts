import { Injectable } from '@nestjs/common';
import { createValidationPipe, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import {
  CreateInitiativesInput,
  InitiativesService,
  PublishInitiativesInput,
  ServiceAreasService,
  UpdateServiceAreaInput,
} from '@app/mapping';
import {
  CreateSkillInput,
  EnrolmentsService,
  EnrolParticipantInput,
  MatchingService,
  ParticipantsService,
  RecordSelfEfficacyInput,
  RegisterParticipantInput,
  SetPilotNeedsInput,
  SkillsService,
} from '@app/people';
import {
  AddFinancialLineInput,
  AddPilotMetricInput,
  ApprovePilotInput,
  CreatePilotInput,
  CreatePriorityAreaInput,
  PilotFinancialsService,
  PilotMetricsService,
  PilotMoveInput,
  PilotsService,
  PriorityAreasService,
  RecordMeasurementInput,
  ScorePriorityAreaInput,
  SelectPriorityAreaInput,
} from '@app/pilots';
import {
  AssignTaskInput,
  ChecklistItemEntity,
  ChecklistsService,
  CreateProgrammeInput,
  CreateTasksInput,
  GatedMoveInput,
  type ProgrammeEntity,
  ProgrammesService,
  TasksService,
  TaskVersionInput,
  TickChecklistItemInput,
  UpdateProgrammeStepInput,
} from '@app/programmes';
import { CreateSurveyInput, RecordSurveyResponseInput, SurveyResponsesService, SurveysService } from '@app/surveys';
import { FREQUENCIES } from '@app/workflow';
import { CaptureWorkshopOutputsInput, PlanWorkshopInput, WorkshopOutputsService, WorkshopsService } from '@app/workshops';

/** The demo's members, by what they do in the story. */
export interface DemoCast {
  admin: string;
  manager: string;
  consultant: string;
}

/** What the story made, for the seeder's summary and the demo test. */
export interface DemoStoryIds {
  programmeId: string;
  newerProgrammeId: string;
  pilotId: string;
  surveyId: string;
}

const pipe = createValidationPipe();

/** The input as a client would send it, checked by the API's own validation pipe: the demo obeys every input rule. */
async function valid<T extends object>(type: new () => T, value: Record<string, unknown>): Promise<T> {
  return (await pipe.transform(value, { type: 'body', metatype: type, data: 'input' })) as T;
}

/** A YYYY-MM-DD date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The demo organisation's work so far, told through the services a client's mutations reach, so
 * every rule, lock and history event holds as if members had done it by hand: a programme that
 * passed Map it on its gate and is at Focus it, its gate open on what the records show, with its map, scored priorities, a
 * running pilot with its figures and people, tasks, a survey and a workshop planned; and a newer programme at
 * Map it with its first workshop planned.
 * Dates count from today in the organisation's time zone, so overdue tasks stay overdue.
 */
@Injectable()
export class DemoStory {
  constructor(
    private readonly db: Database,
    private readonly serviceAreas: ServiceAreasService,
    private readonly initiatives: InitiativesService,
    private readonly programmes: ProgrammesService,
    private readonly checklists: ChecklistsService,
    private readonly tasks: TasksService,
    private readonly priorities: PriorityAreasService,
    private readonly pilots: PilotsService,
    private readonly metrics: PilotMetricsService,
    private readonly financials: PilotFinancialsService,
    private readonly skills: SkillsService,
    private readonly participants: ParticipantsService,
    private readonly matching: MatchingService,
    private readonly enrolments: EnrolmentsService,
    private readonly surveys: SurveysService,
    private readonly responses: SurveyResponsesService,
    private readonly workshops: WorkshopsService,
    private readonly workshopOutputs: WorkshopOutputsService,
  ) {}

  /** Runs inside the seeder's transaction (`ctx` holds it), acting within the demo organisation. */
  async tell(ctx: RequestContext, cast: DemoCast): Promise<DemoStoryIds> {
    const admin = actingAs(ctx, cast.admin, Role.ADMIN);
    const manager = actingAs(ctx, cast.manager, Role.PROGRAMME_MANAGER);
    const consultant = actingAs(ctx, cast.consultant, Role.CONSULTANT);
    const today = (await this.tasks.todayIn(ctx, [ctx.tenantId])).get(ctx.tenantId)!;
    const day = (offset: number) => addDays(today, offset);

    // The education and transport services belong to the county, so the borough leaves them off its map.
    const areas = new Map((await this.serviceAreas.list(ctx)).map((a) => [a.name, a]));
    for (const name of ['Education', 'Transport']) {
      const area = areas.get(name)!;
      await this.serviceAreas.update(
        admin,
        await valid(UpdateServiceAreaInput, { serviceAreaId: area.id, version: area.version, active: false }),
      );
    }
    const areaId = (name: string) => areas.get(name)!.id;

    let programme = await this.programmes.create(
      manager,
      await valid(CreateProgrammeInput, {
        name: 'Safer, greener streets',
        description: 'Bringing residents into keeping the estates east of the river safe and tidy, starting with evening street friends.',
        targets: [{ step: 'FOCUS', targetDate: day(21) }],
      }),
    );

    // Map it: what already goes on, found with frontline staff and residents.
    const mapped = await this.initiatives.createMany(
      consultant,
      await valid(CreateInitiativesInput, {
        initiatives: MAP.map(({ area, ...fields }) => ({ ...fields, serviceAreaId: areaId(area), programmeId: programme.id })),
      }),
    );
    const published = mapped.filter((i) => PUBLISHED.has(i.name)).map((i) => i.id);
    await this.initiatives.publish(manager, await valid(PublishInitiativesInput, { initiativeIds: published, published: true }));

    const mapTasks = await this.tasks.createMany(
      consultant,
      await valid(CreateTasksInput, {
        tasks: [
          {
            programmeId: programme.id,
            step: 'MAP',
            title: 'Walk the estates with the neighbourhood wardens',
            assigneeId: cast.consultant,
            dueDate: day(-30),
          },
          {
            programmeId: programme.id,
            step: 'MAP',
            title: 'Ask the voluntary sector forum which groups already help out',
            assigneeId: cast.manager,
            dueDate: day(-26),
          },
        ],
      }),
    );
    for (const [index, task] of mapTasks.entries()) {
      await this.tasks.complete(index ? manager : consultant, await valid(TaskVersionInput, { taskId: task.id, version: task.version }));
    }
    programme = await this.programmes.updateStep(
      manager,
      await valid(UpdateProgrammeStepInput, { programmeId: programme.id, version: programme.version, step: 'MAP', ownerId: cast.manager }),
    );
    await this.tick(consultant, programme, 'map.record_existing', {
      evidenceText: 'Nine activities found on walks with wardens and at the voluntary sector forum; three run with no council help at all.',
    });
    await this.tick(consultant, programme, 'map.check_with_citizens', {
      evidenceText: 'Tested at the Eastfield community lunch: residents added the riverside litter pickers.',
      evidenceUrl: 'https://intranet.example.org/eastfield/map-workshop-notes',
    });
    programme = await this.programmes.move(
      manager,
      await valid(GatedMoveInput, { programmeId: programme.id, version: (await this.programmes.get(ctx, programme.id)).version }),
      (gate) => ({ type: 'ADVANCE', gate }),
      'overrideReason',
    );

    // Focus it: three candidate areas, scored by three members who do not quite agree.
    programme = await this.programmes.updateStep(
      manager,
      await valid(UpdateProgrammeStepInput, {
        programmeId: programme.id,
        version: programme.version,
        step: 'FOCUS',
        ownerId: cast.manager,
      }),
    );
    const candidates = [];
    for (const [area, rationale] of FOCUS_CANDIDATES) {
      candidates.push(
        await this.priorities.create(
          consultant,
          await valid(CreatePriorityAreaInput, { programmeId: programme.id, serviceAreaId: areaId(area), rationale }),
        ),
      );
    }
    for (const [scorer, sheets] of [
      [admin, SCORES.admin],
      [manager, SCORES.manager],
      [consultant, SCORES.consultant],
    ] as const) {
      for (const [index, [need, feasibility, appetite, impact]] of sheets.entries()) {
        await this.priorities.score(
          scorer,
          await valid(ScorePriorityAreaInput, { priorityAreaId: candidates[index].id, need, feasibility, appetite, impact }),
        );
      }
    }
    const chosen = candidates[0];
    await this.priorities.select(
      manager,
      await valid(SelectPriorityAreaInput, { priorityAreaId: chosen.id, version: chosen.version, selected: true }),
    );
    await this.tick(manager, programme, 'focus.complementary_inputs', {
      evidenceText: 'Residents know which corners feel unsafe and when; the wardens bring training, radios and a line to the police.',
    });

    // The pilot: approved, under way for six weeks, measured from a baseline.
    let pilot = await this.pilots.create(
      consultant,
      await valid(CreatePilotInput, {
        programmeId: programme.id,
        priorityAreaId: chosen.id,
        name: 'Street friends on the Eastfield estate',
        hypothesis:
          'If trained residents walk the estate on three evenings a week beside the wardens, reports of nuisance will fall by a third within three months.',
        startDate: day(-42),
        endDate: day(49),
        budget: '8500.00',
        participantsReached: 12,
      }),
    );
    pilot = await this.pilots.move(
      manager,
      await valid(ApprovePilotInput, {
        pilotId: pilot.id,
        version: pilot.version,
        reason: 'Small, cheap to stop, and the tenants asked for it',
      }),
      {
        type: 'APPROVE',
        reason: 'Small, cheap to stop, and the tenants asked for it',
      },
    );
    pilot = await this.pilots.move(manager, await valid(PilotMoveInput, { pilotId: pilot.id, version: pilot.version }), { type: 'START' });

    const nuisance = await this.metrics.add(
      consultant,
      await valid(AddPilotMetricInput, {
        pilotId: pilot.id,
        name: 'Reports of nuisance to the council',
        unit: 'reports a month',
        direction: 'LOWER_IS_BETTER',
        baseline: '46',
        target: '30',
      }),
    );
    const feelSafe = await this.metrics.add(
      consultant,
      await valid(AddPilotMetricInput, {
        pilotId: pilot.id,
        name: 'Residents who feel safe walking home after dark',
        unit: '% of residents asked',
        direction: 'HIGHER_IS_BETTER',
        baseline: '52',
        target: '65',
      }),
    );
    for (const [metric, offset, value] of [
      [nuisance, -35, '44'],
      [nuisance, -21, '40'],
      [nuisance, -7, '36'],
      [feelSafe, -28, '54'],
      [feelSafe, -3, '58'],
    ] as const) {
      await this.metrics.recordMeasurement(
        consultant,
        await valid(RecordMeasurementInput, { metricId: metric.id, date: day(offset), value }),
      );
    }
    for (const [kind, amount, offset, description] of [
      ['COST', '1240.00', -40, 'Jackets, torches and two radios'],
      ['COST', '2600.00', -30, 'Volunteer coordinator, two days a week'],
      ['COST', '380.00', -14, 'First-aid course for the street friends'],
      ['SAVING', '1850.00', -10, 'Fewer evening call-outs for the wardens team'],
      ['WIDER_BENEFIT', '900.00', -5, 'Repairs to stairwells the estate no longer needs'],
    ] as const) {
      await this.financials.add(
        manager,
        await valid(AddFinancialLineInput, { pilotId: pilot.id, kind, amount, date: day(offset), description }),
      );
    }

    // People: skills, participants with their lawful basis, three enrolled with readings over time.
    const skillIds = new Map<string, string>();
    for (const name of SKILLS) skillIds.set(name, (await this.skills.create(consultant, await valid(CreateSkillInput, { name }))).id);
    const people = new Map<string, string>();
    for (const person of PARTICIPANTS) {
      const { skills, consentDaysAgo, ...fields } = person;
      const lawfulBasis =
        fields.lawfulBasis.basis === 'CONSENT'
          ? { ...fields.lawfulBasis, consentGivenAt: new Date(`${day(-(consentDaysAgo ?? 50))}T18:30:00Z`) }
          : fields.lawfulBasis;
      const registered = await this.participants.register(
        consultant,
        await valid(RegisterParticipantInput, { ...fields, lawfulBasis, skillIds: skills.map((s) => skillIds.get(s)!) }),
      );
      people.set(person.displayName, registered.id);
    }
    await this.matching.setNeeds(
      consultant,
      await valid(SetPilotNeedsInput, {
        pilotId: pilot.id,
        skillIds: [skillIds.get('First aid')!, skillIds.get('Calming tense situations')!],
        hoursPerMonth: 6,
      }),
    );
    for (const { name, role, readings } of ENROLLED) {
      const [first, ...later] = readings;
      const enrolment = await this.enrolments.enrol(
        manager,
        await valid(EnrolParticipantInput, {
          pilotId: pilot.id,
          participantId: people.get(name)!,
          role,
          selfEfficacy: first[1],
          recordedOn: day(first[0]),
        }),
      );
      for (const [offset, score] of later) {
        await this.enrolments.recordSelfEfficacy(
          consultant,
          await valid(RecordSelfEfficacyInput, { enrolmentId: enrolment.id, recordedOn: day(offset), score }),
        );
      }
    }

    // Focus it's tasks: some overdue, several the manager's own.
    const focusTasks = await this.tasks.createMany(
      manager,
      await valid(CreateTasksInput, {
        tasks: [
          {
            programmeId: programme.id,
            title: 'Book the hall for the scoring workshop',
            priority: 'HIGH',
            assigneeId: cast.manager,
            dueDate: day(-5),
          },
          {
            programmeId: programme.id,
            title: 'Send the pilot budget to finance for sign-off',
            priority: 'URGENT',
            assigneeId: cast.manager,
            dueDate: day(-2),
          },
          {
            programmeId: programme.id,
            title: 'Agree the evening routes with the police liaison officer',
            assigneeId: cast.consultant,
            dueDate: day(-9),
          },
          { programmeId: programme.id, title: 'Write down why community safety came first', assigneeId: cast.manager, dueDate: day(4) },
          {
            programmeId: programme.id,
            title: 'Share the first month of figures with ward councillors',
            assigneeId: cast.admin,
            dueDate: day(12),
          },
          { programmeId: programme.id, title: 'Order a second batch of torches', priority: 'LOW', dueDate: day(10) },
        ],
      }),
    );
    const torches = focusTasks[focusTasks.length - 1];
    await this.tasks.assign(
      manager,
      await valid(AssignTaskInput, { taskId: torches.id, version: torches.version, assigneeId: cast.manager }),
    );

    // What residents say they do already: a door-to-door survey on the estate.
    const survey = await this.surveys.create(
      consultant,
      await valid(CreateSurveyInput, {
        title: 'Eastfield doorstep survey',
        areas: ['COMMUNITY_SAFETY', 'LOCAL_ENVIRONMENT'],
        samplingMethod: 'DOOR_TO_DOOR',
      }),
    );
    const questions = survey.survey.questions.map((q) => q.key);
    for (let respondent = 0; respondent < 10; respondent++) {
      // A fixed spread of answers, the same in every demo: some residents do a lot, some little.
      const answers = Object.fromEntries(questions.map((key, q) => [key, FREQUENCIES[(respondent * 5 + q * 2 + (respondent % 3)) % 3]]));
      await this.responses.record(consultant, await valid(RecordSurveyResponseInput, { surveyId: survey.survey.id, answers }));
    }

    // A newer programme, a few days into Map it.
    const newer = await this.programmes.create(
      manager,
      await valid(CreateProgrammeInput, {
        name: 'Growing older at home',
        description: 'Finding what already helps older residents stay independent, before deciding where the council should join in.',
        targets: [{ step: 'MAP', targetDate: day(35) }],
      }),
    );
    await this.initiatives.createMany(
      consultant,
      await valid(CreateInitiativesInput, {
        initiatives: NEWER_MAP.map(({ area, ...fields }) => ({ ...fields, serviceAreaId: areaId(area), programmeId: newer.id })),
      }),
    );
    await this.tick(consultant, newer, 'map.record_existing', {
      evidenceText: 'First pass from the adult social care team; the GP surgeries have yet to reply.',
    });
    await this.tick(manager, newer, 'map.check_with_citizens', {
      evidenceText: 'Talked it through with the over-60s forum in the library.',
    });
    await this.tasks.createMany(
      manager,
      await valid(CreateTasksInput, {
        tasks: [
          {
            programmeId: newer.id,
            title: 'Ask the GP surgeries which groups they refer people to',
            assigneeId: cast.consultant,
            dueDate: day(-1),
          },
          { programmeId: newer.id, title: 'Name an owner for Map it', assigneeId: cast.manager, dueDate: day(3) },
          { programmeId: newer.id, title: 'List the lunch clubs and day centres', dueDate: day(14) },
        ],
      }),
    );

    // Workshops the consultant has planned: Focus it's scoring morning, with points sent in ahead, and Map it's first session for the newer programme.
    const scoring = await this.workshops.plan(
      consultant,
      await valid(PlanWorkshopInput, {
        programmeId: programme.id,
        step: 'FOCUS',
        title: 'Scoring morning: where the street friends go next',
        startsAt: `${day(2)}T09:30:00Z`,
        endsAt: `${day(2)}T12:00:00Z`,
        place: 'Eastfield community centre, main hall',
        facilitatorUserId: cast.consultant,
        attendeeUserIds: [cast.manager],
      }),
    );
    await this.workshopOutputs.capture(
      consultant,
      await valid(CaptureWorkshopOutputsInput, {
        workshopId: scoring.id,
        outputs: [
          { kind: 'NOTE', text: 'The tenants association asked that the riverside path be scored too.' },
          { kind: 'RISK', text: 'Evening sessions clash with the youth club on Thursdays.' },
        ],
      }),
    );
    await this.workshops.plan(
      consultant,
      await valid(PlanWorkshopInput, {
        programmeId: newer.id,
        step: 'MAP',
        title: 'Who already helps? A first map with the over-60s forum',
        startsAt: `${day(6)}T13:30:00Z`,
        endsAt: `${day(6)}T15:30:00Z`,
        place: 'Central library, community room',
        facilitatorUserId: cast.consultant,
        attendeeUserIds: [cast.manager],
      }),
    );

    return { programmeId: programme.id, newerProgrammeId: newer.id, pilotId: pilot.id, surveyId: survey.survey.id };
  }

  /** Ticks a manual item of the programme's current cycle, found by its template key. */
  private async tick(
    ctx: RequestContext,
    programme: ProgrammeEntity,
    key: string,
    evidence: { evidenceText: string; evidenceUrl?: string },
  ): Promise<void> {
    const item = await this.db
      .tenant(ctx, ChecklistItemEntity)
      .get({ programmeId: programme.id, cycle: programme.cycle, key }, 'Checklist item');
    await this.checklists.tick(ctx, await valid(TickChecklistItemInput, { itemId: item.id, ...evidence }));
  }
}

/**
 * The same transaction, organisation and after-commit work as `ctx`, acting as one member with
 * their role (as `RequestContext.within` derives a context), so history names who did what.
 */
function actingAs(ctx: RequestContext, userId: string, role: Role): RequestContext {
  return Object.create(ctx, {
    actor: { value: { kind: 'user', userId }, enumerable: true },
    role: { value: role, enumerable: true },
  }) as RequestContext;
}

type MapEntry = Record<string, unknown> & { area: string; name: string };

const MAP: MapEntry[] = [
  {
    area: 'Community safety',
    name: 'Evening street friends',
    description: 'Residents in bright jackets walk the estate paths with the wardens and report broken lights.',
    forms: ['CO_DELIVERY', 'CO_PERFORMING'],
    participation: 'COLLECTIVE',
    peopleInvolved: 12,
    publicBodyInput: 'Jackets, radios and a monthly briefing from the wardens',
  },
  {
    area: 'Community safety',
    name: 'Cedar Road message group',
    description: 'Neighbours warn each other about open gates, parcels left out and cars that do not belong.',
    forms: ['CO_MONITORING'],
    participation: 'COLLECTIVE',
    peopleInvolved: 140,
  },
  {
    area: 'Local environment',
    name: 'Adopt a verge',
    description: 'Households plant and weed the grass strips outside their homes.',
    forms: ['CO_DESIGN', 'CO_DELIVERY'],
    participation: 'INDIVIDUAL',
    peopleInvolved: 37,
    publicBodyInput: 'Bulbs, tools and a parks officer one morning a month',
  },
  {
    area: 'Local environment',
    name: 'Riverside litter pickers',
    description: 'A Saturday clean-up of the towpath, organised by the rowing club.',
    forms: ['CO_DELIVERY'],
    participation: 'COLLECTIVE',
    peopleInvolved: 25,
  },
  {
    area: 'Health',
    name: 'Heart-health walks',
    description: 'Weekly walks for people finishing cardiac rehabilitation, led by former patients.',
    forms: ['CO_DELIVERY', 'CO_MANAGING'],
    participation: 'BOTH',
    peopleInvolved: 18,
    publicBodyInput: 'A physiotherapist joins the first walk of each month',
  },
  {
    area: 'Social care',
    name: "Carers' panel on respite care",
    description: 'Unpaid carers help choose and then review the short-break services the council buys.',
    forms: ['CO_PRIORITISATION', 'CO_EVALUATION'],
    participation: 'COLLECTIVE',
    peopleInvolved: 9,
    publicBodyInput: 'Officer time, a meeting room and carers’ expenses',
  },
  {
    area: 'Housing',
    name: 'Tenant inspectors',
    description: 'Trained tenants check empty homes before they are let and score the repairs.',
    forms: ['CO_MONITORING', 'CO_EVALUATION'],
    participation: 'INDIVIDUAL',
    motivation: 'VOLUNTARY',
    peopleInvolved: 7,
    publicBodyInput: 'Training and a small payment for each inspection',
  },
  {
    area: 'Culture and leisure',
    name: 'Library friends’ reading café',
    description: 'Volunteers keep a branch library open on Saturday afternoons with a café and story time.',
    forms: ['CO_MANAGING', 'CO_FINANCING'],
    participation: 'COLLECTIVE',
    peopleInvolved: 15,
    publicBodyInput: 'The building, heating and the book stock',
    status: 'PLANNED',
  },
];

const PUBLISHED = new Set(['Evening street friends', 'Adopt a verge', 'Tenant inspectors']);

const NEWER_MAP: MapEntry[] = [
  {
    area: 'Social care',
    name: 'Good neighbours shopping run',
    description: 'Neighbours collect shopping and prescriptions for people who cannot get out.',
    forms: ['CO_DELIVERY'],
    participation: 'INDIVIDUAL',
    peopleInvolved: 22,
  },
  {
    area: 'Health',
    name: 'Chair exercise at the community centre',
    description: 'A gentle class twice a week; members take turns to lead it.',
    forms: ['CO_DELIVERY', 'CO_PERFORMING'],
    participation: 'COLLECTIVE',
    peopleInvolved: 16,
    publicBodyInput: 'The hall at a reduced rent and an instructor for the first term',
  },
];

const FOCUS_CANDIDATES: Array<[string, string]> = [
  ['Community safety', 'Residents name evening safety first in every ward meeting, and the street friends already show the way.'],
  ['Local environment', 'Plenty of goodwill and quick wins, though the savings to the council are small.'],
  ['Housing', 'Tenant inspectors work well, but a wider scheme waits on the repairs contract.'],
];

/** Need, feasibility, appetite, impact for each candidate in order: close on safety, apart on the others. */
const SCORES: Record<keyof DemoCast, Array<[number, number, number, number]>> = {
  admin: [
    [5, 4, 4, 4],
    [3, 5, 4, 2],
    [4, 2, 3, 4],
  ],
  manager: [
    [5, 4, 5, 4],
    [2, 4, 5, 2],
    [4, 3, 2, 5],
  ],
  consultant: [
    [4, 3, 5, 5],
    [3, 5, 3, 3],
    [5, 1, 3, 3],
  ],
};

const SKILLS = ['First aid', 'Calming tense situations', 'Speaks Polish', 'Gardening', 'Minibus licence', 'Befriending'];

const PARTICIPANTS = [
  {
    kind: 'CITIZEN',
    displayName: 'Amira Haddad',
    contact: 'amira.haddad@example.org',
    motivation: 5,
    hoursPerMonth: 10,
    skills: ['First aid', 'Calming tense situations'],
    lawfulBasis: {
      basis: 'CONSENT',
      consentPurposes: 'Taking part in the street friends pilot and being contacted about it',
      consentMeans: 'Signed form at the launch evening',
    },
    consentDaysAgo: 45,
  },
  {
    kind: 'CITIZEN',
    displayName: 'Tomasz Nowak',
    contact: '07700 900123',
    motivation: 4,
    hoursPerMonth: 6,
    skills: ['Speaks Polish', 'First aid'],
    lawfulBasis: {
      basis: 'CONSENT',
      consentPurposes: 'Taking part in the street friends pilot and being contacted about it',
      consentMeans: 'Email reply to the invitation',
    },
    consentDaysAgo: 44,
  },
  {
    kind: 'STAFF',
    displayName: 'Grace Okafor',
    contact: 'grace.okafor@demo.coprod.local',
    motivation: 3,
    hoursPerMonth: 4,
    skills: ['Calming tense situations'],
    lawfulBasis: { basis: 'PUBLIC_TASK' },
  },
  {
    kind: 'COMMUNITY_GROUP',
    displayName: 'Eastfield Tenants’ Association',
    contact: 'secretary@eastfield-tenants.example.org',
    motivation: 4,
    hoursPerMonth: 12,
    skills: ['Gardening'],
    lawfulBasis: { basis: 'PUBLIC_TASK' },
  },
  {
    kind: 'CITIZEN',
    displayName: 'Dev Patel',
    motivation: 2,
    hoursPerMonth: 3,
    skills: ['Minibus licence', 'First aid'],
    notes: 'Happy to drive on Sundays only.',
    lawfulBasis: {
      basis: 'CONSENT',
      consentPurposes: 'Being asked to help with council pilots',
      consentMeans: 'Form at the library drop-in',
    },
    consentDaysAgo: 20,
  },
  {
    kind: 'THIRD_SECTOR',
    displayName: 'Riverside Volunteers',
    contact: 'hello@riverside-volunteers.example.org',
    motivation: 5,
    hoursPerMonth: 20,
    skills: ['Befriending', 'Gardening'],
    lawfulBasis: { basis: 'OTHER', otherBasis: 'Legitimate interests: the grant agreement with the council' },
  },
] as Array<
  Record<string, unknown> & {
    displayName: string;
    skills: string[];
    consentDaysAgo?: number;
    lawfulBasis: Record<string, unknown> & { basis: string };
  }
>;

/** Who is enrolled, in what role, and their self-efficacy readings (days from today, score 1–5). */
const ENROLLED: Array<{ name: string; role: string; readings: Array<[number, number]> }> = [
  {
    name: 'Amira Haddad',
    role: 'Street friend',
    readings: [
      [-40, 2],
      [-20, 3],
      [-3, 4],
    ],
  },
  {
    name: 'Tomasz Nowak',
    role: 'Street friend and Polish speaker',
    readings: [
      [-40, 3],
      [-20, 3],
      [-3, 4],
    ],
  },
  {
    name: 'Grace Okafor',
    role: 'Warden alongside the volunteers',
    readings: [
      [-38, 3],
      [-10, 4],
    ],
  },
];
