import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import type { TestingModule } from '@nestjs/testing';
import { ErrorCode, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { IdentityModule } from '@app/identity';
import { InitiativesService, MappingModule } from '@app/mapping';
import { LawfulBasis, ParticipantKind, PeopleModule, ParticipantsService } from '@app/people';
import { PilotsModule, PriorityAreasService } from '@app/pilots';
import { ChecklistsService, ProgrammesModule, ProgrammesService } from '@app/programmes';
import type { Step } from '@app/workflow';
import {
  VoteRoundsService,
  type Workshop,
  WorkshopGuestsService,
  WorkshopOutputsService,
  WorkshopsModule,
  WorkshopsService,
} from '@app/workshops';
import { actingAs, addMember, newOrganisation, newServiceArea, newUser } from '../../../../test/support/service-fixtures';
import { ownerQuery, serviceTestingModule } from '../../../../test/support/service-module';
import { WorkshopDocumentsService } from './workshop-documents.service';

/** The workshop documents' service and the modules it reads from, without the printer or the report (documents.module.ts). */
@Module({
  imports: [IdentityModule, ProgrammesModule, MappingModule, PilotsModule, PeopleModule, WorkshopsModule],
  providers: [WorkshopDocumentsService],
})
class WorkshopDocumentsTestModule {}

/**
 * What the workshop pack and record gather, on a real database: the agenda timed in the
 * organisation's zone (Tokyo here, so no clock reads it in UTC or London by chance), the step's
 * open gate items, the map and the priorities only for the steps that use them, and the record's
 * outputs, guests, tallies and conversions, each through the service that owns it.
 */
describe('WorkshopDocumentsService', () => {
  let module: TestingModule;
  let documents: WorkshopDocumentsService;
  let workshops: WorkshopsService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;
  let managerId: string;
  let viewerId: string;
  let programmeId: string;
  let parks: string;
  let libraries: string;

  beforeAll(async () => {
    module = await serviceTestingModule(WorkshopDocumentsTestModule);
    documents = module.get(WorkshopDocumentsService);
    workshops = module.get(WorkshopsService);
    db = module.get(Database);
    ctx = await newOrganisation(db, Role.CONSULTANT, 'Riverside Council');
    await ownerQuery(db, `UPDATE organisation SET time_zone = 'Asia/Tokyo' WHERE id = $1`, [ctx.tenantId]);
    await ownerQuery(db, `UPDATE app_user SET display_name = 'Casey Consultant' WHERE id = $1`, [ctx.userId]);
    otherCtx = await newOrganisation(db, Role.ADMIN, 'Hillside Council');
    managerId = (await newUser(db, 'Priya Shah')).id;
    await addMember(db, ctx.tenantId, managerId, Role.PROGRAMME_MANAGER);
    viewerId = (await newUser(db, 'Val Viewer')).id;
    await addMember(db, ctx.tenantId, viewerId, Role.VIEWER);
    programmeId = (await module.get(ProgrammesService).create(ctx, { name: 'Parks together' })).id;
    parks = await newServiceArea(db, ctx.tenantId, 'Parks', 1);
    libraries = await newServiceArea(db, ctx.tenantId, 'Libraries', 2);

    const initiatives = module.get(InitiativesService);
    await initiatives.create(ctx, {
      name: 'Pond clean-up',
      serviceAreaId: parks,
      forms: ['CO_DESIGN', 'CO_PERFORMING'],
      publicBodyInput: 'Tools and skips',
      programmeId,
    });
    await initiatives.create(ctx, {
      name: 'Reading buddies',
      serviceAreaId: libraries,
      forms: ['CO_EVALUATION'],
      publicBodyInput: 'A room',
      programmeId,
    });
    // No public body's part: self-organised, counted apart.
    await initiatives.create(ctx, { name: 'Street party', serviceAreaId: parks, forms: [], programmeId });
    const priorities = module.get(PriorityAreasService);
    const parksPriority = await priorities.create(ctx, { programmeId, serviceAreaId: parks });
    await priorities.create(ctx, { programmeId, serviceAreaId: libraries });
    await priorities.score(ctx, { priorityAreaId: parksPriority.id, need: 5, feasibility: 4, appetite: 4, impact: 2 });
    await priorities.score(actingAs(managerId, ctx.tenantId, Role.PROGRAMME_MANAGER), {
      priorityAreaId: parksPriority.id,
      need: 3,
      feasibility: 4,
      appetite: 2,
      impact: 4,
    });
  });
  afterAll(() => module.close());

  /** A fresh context per call, as each request has. */
  const consultant = () => actingAs(ctx.userId, ctx.tenantId, Role.CONSULTANT);
  const manager = () => actingAs(managerId, ctx.tenantId, Role.PROGRAMME_MANAGER);
  const plan = (step: Step, extra: { attendeeUserIds?: string[]; attendeeParticipantIds?: string[] } = {}): Promise<Workshop> =>
    workshops.plan(consultant(), {
      programmeId,
      step,
      title: `${step} morning`,
      startsAt: new Date('2027-03-04T09:30:00Z'),
      endsAt: new Date('2027-03-04T12:00:00Z'),
      place: 'Town hall',
      facilitatorUserId: ctx.userId,
      ...extra,
    });

  describe('the pack', () => {
    let participantId: string;

    beforeAll(async () => {
      participantId = (
        await module.get(ParticipantsService).register(consultant(), {
          kind: ParticipantKind.CITIZEN,
          displayName: 'Robin Reader',
          motivation: 4,
          hoursPerMonth: 6,
          lawfulBasis: { basis: LawfulBasis.PUBLIC_TASK },
        })
      ).id;
    });

    it('times the agenda in the organisation’s zone, section after section, with the items each works towards', async () => {
      const workshop = await plan('MAP', { attendeeUserIds: [managerId], attendeeParticipantIds: [participantId] });
      const pack = await documents.pack(consultant(), workshop.id);
      expect(pack).toMatchObject({
        organisation: 'Riverside Council',
        programme: 'Parks together',
        step: 'Map it',
        title: 'MAP morning',
        status: 'PLANNED',
        place: 'Town hall',
        facilitator: 'Casey Consultant',
        members: ['Priya Shah'],
        participants: ['Robin Reader'],
        participantCount: 1,
        timeZone: 'Asia/Tokyo',
        totalMinutes: 115,
      });
      // 09:30 UTC is 18:30 in Tokyo, which keeps no summer time (ICU versions differ on the comma after the weekday).
      expect(pack.when).toMatch(/^Thursday,? 4 March 2027 at 18:30 to 21:00 \(Asia\/Tokyo\)$/);
      // Map it's suggested agenda (libs/workflow workshop-agendas.ts): 10, 35, 30, 20, 10 and 10 minutes.
      expect(pack.agenda.map((s) => [s.position, s.startsAt, s.minutes])).toEqual([
        [1, '18:30', 10],
        [2, '18:40', 35],
        [3, '19:15', 30],
        [4, '19:45', 20],
        [5, '20:05', 10],
        [6, '20:15', 10],
      ]);
      expect(pack.agenda.map((s) => s.items.map((i) => [i.title, i.required, i.satisfied]))).toEqual([
        [],
        [['Record the coproduction already under way', true, false]],
        [['Describe the initiatives of every active service area', true, false]],
        [['Check the map against what citizens say they do', false, false]],
        [['Publish the map openly', false, false]],
        [],
      ]);
    });

    it('lists the step’s required items still open, with what each needs, and drops one once it is met', async () => {
      const workshop = await plan('MAP');
      const before = await documents.pack(consultant(), workshop.id);
      expect(before.openItems.map((i) => i.title)).toEqual([
        'Record the coproduction already under way',
        'Describe the initiatives of every active service area',
        'Someone owns Map it',
      ]);
      expect(before.openItems.every((i) => i.required && !i.satisfied && i.explanation.length > 0)).toBe(true);

      await module
        .get(ChecklistsService)
        .tickByKey(
          consultant(),
          { programmeId, cycle: workshop.cycle, key: 'map.record_existing', field: 'key' },
          { evidenceText: 'The list from the March session' },
        );
      const after = await documents.pack(consultant(), workshop.id);
      expect(after.openItems.map((i) => i.title)).toEqual(['Describe the initiatives of every active service area', 'Someone owns Map it']);
      expect(after.agenda[1].items).toEqual([
        expect.objectContaining({ title: 'Record the coproduction already under way', satisfied: true }),
      ]);
    });

    it('brings the map to Map it and Focus it, and the ranked priorities to Focus it, People it and Market it', async () => {
      const packs = new Map<Step, Awaited<ReturnType<WorkshopDocumentsService['pack']>>>();
      for (const step of ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'] as const)
        packs.set(step, await documents.pack(consultant(), (await plan(step)).id));
      expect([...packs].map(([step, pack]) => [step, pack.map !== null, pack.priorities !== null])).toEqual([
        ['MAP', true, false],
        ['FOCUS', true, true],
        ['PEOPLE', false, true],
        ['MARKET', false, true],
        ['GROW', false, false],
      ]);
      // Pond clean-up under co-design and co-delivery (co-performing is under it); reading buddies under co-assessment.
      expect(packs.get('FOCUS')!.map).toEqual({
        forms: ['Co-commissioning', 'Co-design', 'Co-delivery', 'Co-assessment'],
        areas: [
          { name: 'Parks', counts: [0, 1, 1, 0], total: 1 },
          { name: 'Libraries', counts: [0, 0, 0, 1], total: 1 },
        ],
        formTotals: [0, 1, 1, 1],
        total: 2,
        selfOrganised: 1,
      });
      // Parks: criterion means 4, 4, 3 and 3 from two scorers; libraries not scored, last.
      expect(packs.get('MARKET')!.priorities).toEqual([
        { area: 'Parks', score: 3.5, scorers: 2, selected: false },
        { area: 'Libraries', score: null, scorers: 0, selected: false },
      ]);
    });

    it('names participants only to a role that may read their names, and counts them for the rest', async () => {
      const workshop = await plan('GROW', { attendeeParticipantIds: [participantId] });
      const viewer = await documents.pack(actingAs(viewerId, ctx.tenantId, Role.VIEWER), workshop.id);
      expect([viewer.participants, viewer.participantCount]).toEqual([null, 1]);
      expect((await documents.pack(manager(), workshop.id)).participants).toEqual(['Robin Reader']);
    });
  });

  describe('the record', () => {
    let workshop: Workshop;

    beforeAll(async () => {
      const planned = await plan('FOCUS', { attendeeUserIds: [managerId] });
      workshop = await workshops.move(consultant(), { workshopId: planned.id, version: planned.version }, 'START');
      const guests = module.get(WorkshopGuestsService);
      const { code } = await guests.openJoining(consultant(), workshop.id);
      const stranger = (address: string) => {
        const c = new RequestContext(randomUUID());
        c.clientAddress = address;
        return c;
      };
      const sam = await guests.join(stranger('198.51.100.21'), { code, displayName: 'Sam' });
      await guests.join(stranger('198.51.100.22'), { code, displayName: 'Ali' });
      await guests.addNote(sam.guest, { pass: sam.pass, text: 'More benches by the pond' });
      const outputs = module.get(WorkshopOutputsService);
      const captured = await outputs.capture(consultant(), {
        workshopId: workshop.id,
        outputs: [
          { kind: 'ACTION', text: 'Ask the rangers about the volunteer rota' },
          { kind: 'RISK', text: 'Summer staff may be short' },
          { kind: 'NOTE', text: 'Bring the map next time' },
          { kind: 'INITIATIVE', text: 'Friends of the pond meet monthly' },
        ],
      });
      await outputs.convert(consultant(), {
        outputId: captured[0].id,
        version: captured[0].version,
        into: { task: { title: 'Call the rangers' } },
      });
      // Made an initiative, which is then deleted from the map: the record says it no longer stands.
      const friends = await outputs.convert(consultant(), {
        outputId: captured[3].id,
        version: captured[3].version,
        into: { initiative: { serviceAreaId: parks, name: 'Friends of the pond' } },
      });
      const initiatives = module.get(InitiativesService);
      const initiative = await initiatives.get(ctx, friends.convertedId!);
      await initiatives.delete(consultant(), { initiativeId: initiative.id, version: initiative.version });
      const rounds = module.get(VoteRoundsService);
      const round = await rounds.open(consultant(), {
        workshopId: workshop.id,
        question: 'Where should we start?',
        dotsPerVoter: 3,
        anonymous: false,
        options: [{ label: 'The pond' }, { label: 'The playground' }, { label: 'The bandstand' }],
      });
      const [pond, playground] = round.options;
      await rounds.cast(
        consultant(),
        { kind: 'member', userId: ctx.userId },
        { roundId: round.id, ballot: [{ optionId: pond.id, dots: 3 }] },
      );
      const last = await rounds.cast(
        manager(),
        { kind: 'member', userId: managerId },
        {
          roundId: round.id,
          ballot: [
            { optionId: pond.id, dots: 1 },
            { optionId: playground.id, dots: 2 },
          ],
        },
      );
      await rounds.close(consultant(), { roundId: round.id, version: last.version });
      workshop = await workshops.move(
        consultant(),
        { workshopId: workshop.id, version: (await workshops.get(ctx, workshop.id)).version },
        'END',
      );
    });

    it('gives the outputs by kind in the workflow’s order, guests by the name they gave, each note with its guest', async () => {
      const record = await documents.record(consultant(), workshop.id);
      expect(record.status).toBe('DONE');
      expect(record.guests).toEqual(['Sam', 'Ali']);
      expect(record.outputs.map(({ kind, outputs }) => [kind, outputs.map((o) => [o.text, o.guest])])).toEqual([
        [
          'NOTE',
          [
            ['More benches by the pond', 'Sam'],
            ['Bring the map next time', null],
          ],
        ],
        [
          'DECISION',
          [['Dot vote: Where should we start? (2 voters)\n1. The pond: 4 dots\n2. The playground: 2 dots\n3. The bandstand: 0 dots', null]],
        ],
        ['ACTION', [['Ask the rangers about the volunteer rota', null]]],
        ['INITIATIVE', [['Friends of the pond meet monthly', null]]],
        ['RISK', [['Summer staff may be short', null]]],
      ]);
    });

    it('gives each vote with its tally and the decision it recorded', async () => {
      const [round, ...more] = (await documents.record(consultant(), workshop.id)).rounds;
      expect(more).toEqual([]);
      expect(round).toMatchObject({
        position: 1,
        question: 'Where should we start?',
        status: 'CLOSED',
        dotsPerVoter: 3,
        anonymous: false,
        voterCount: 2,
        decision: 'Dot vote: Where should we start? (2 voters)\n1. The pond: 4 dots\n2. The playground: 2 dots\n3. The bandstand: 0 dots',
      });
      expect(round.options.map((o) => [o.label, o.dots, o.rank, Math.round(o.share * 100)])).toEqual([
        ['The pond', 4, 1, 67],
        ['The playground', 2, 2, 33],
        ['The bandstand', 0, 3, 0],
      ]);
    });

    it('says what each converted output became, by the record’s title now, and whether it still stands', async () => {
      expect((await documents.record(consultant(), workshop.id)).conversions).toEqual([
        { output: 'Ask the rangers about the volunteer rota', kind: 'TASK', record: 'Call the rangers', stands: true },
        { output: 'Friends of the pond meet monthly', kind: 'INITIATIVE', record: null, stands: false },
      ]);
    });
  });

  it('answers another organisation’s workshop as NOT_FOUND, pack and record alike', async () => {
    const workshop = await plan('MAP');
    for (const read of [documents.pack.bind(documents), documents.record.bind(documents)]) {
      const error = await read(otherCtx, workshop.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).code).toBe(ErrorCode.NOT_FOUND);
    }
  });
});
