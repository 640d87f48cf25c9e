import { DEFAULT_SERVICE_AREAS, FORM_KEYS, InitiativesService, type NormalisedInitiativeRow } from '@app/mapping';
import { addMember, codeOf, type Member, newOrganisation, type Org, sql } from '../identity/identity-helpers';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { areasOf, contextFor, createInitiative, type InitiativeView, listInitiatives, M, Q } from './mapping-support';

/**
 * Map it over real HTTP: service areas, initiatives by hand and in a batch, forms and
 * sub-forms, self-organisation, the coproduction map with exact numbers, publishing by role,
 * and tenancy; plus the import entry point the CSV helper builds on.
 */
describe('mapping: service areas, initiatives and the coproduction map', () => {
  let t: TestApp;
  let org: Org;
  let admin: As;
  const as: Record<'PROGRAMME_MANAGER' | 'CONSULTANT' | 'CONTRIBUTOR' | 'VIEWER', As & { member: Member }> = {} as never;
  let areas: Record<string, string>;
  let stranger: Org;
  let strangerAs: As;
  let strangerAreas: Record<string, string>;
  let strangerInitiative: InitiativeView;

  const count = async () =>
    Number((await sql<{ n: string }>(t, `SELECT count(*) AS n FROM initiative WHERE organisation_id = $1`, [org.id]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    org = await newOrganisation(t.client, 'Mapping Council');
    admin = { token: org.admin.token, organisationId: org.id };
    for (const role of ['PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const) {
      const member = await addMember(t.client, org, role);
      as[role] = { token: member.token, organisationId: org.id, member };
    }
    areas = await areasOf(t.client, admin);
    stranger = await newOrganisation(t.client, 'Other Council');
    strangerAs = { token: stranger.admin.token, organisationId: stranger.id };
    strangerAreas = await areasOf(t.client, strangerAs);
    strangerInitiative = await createInitiative(t.client, strangerAs, {
      name: 'Their litter pick',
      serviceAreaId: strangerAreas['Local environment'],
      forms: ['CO_PERFORMING'],
      publicBodyInput: 'Bags and grabbers',
      contact: 'stranger-contact@example.org',
    });
  });
  afterAll(() => t.close());

  describe('service areas', () => {
    it('gives a new organisation the default areas once, from its creation: many first reads all see the same list', async () => {
      const fresh = await newOrganisation(t.client, 'Racing Council');
      const freshAs = { token: fresh.admin.token, organisationId: fresh.id };
      const reads = await Promise.all(Array.from({ length: 6 }, () => t.client.ok(Q.serviceAreas, {}, freshAs)));
      for (const read of reads) expect(read.serviceAreas.map((a: { name: string }) => a.name)).toEqual([...DEFAULT_SERVICE_AREAS]);
      expect(new Set(reads.map((r) => r.serviceAreas.map((a: { id: string }) => a.id).join()))).toEqual(
        new Set([reads[0].serviceAreas.map((a: { id: string }) => a.id).join()]),
      );
      const [{ n }] = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM service_area WHERE organisation_id = $1`, [fresh.id]);
      expect(Number(n)).toBe(DEFAULT_SERVICE_AREAS.length);
    });

    it('keeps the defaults when an organisation adds its own area before reading the list', async () => {
      const fresh = await newOrganisation(t.client, 'Parks First Council');
      const freshAs = { token: fresh.admin.token, organisationId: fresh.id };
      const created = (await t.client.ok(M.createServiceArea, { input: { name: 'Parks' } }, freshAs)).createServiceArea;
      expect(created).toMatchObject({ name: 'Parks', active: true, position: DEFAULT_SERVICE_AREAS.length });
      const names = (await t.client.ok(Q.serviceAreas, {}, freshAs)).serviceAreas.map((a: { name: string }) => a.name);
      expect(names).toEqual([...DEFAULT_SERVICE_AREAS, 'Parks']);
    });

    it('creates and edits areas with PLAN, names unique ignoring case, and refuses the rest', async () => {
      const created = (await t.client.ok(M.createServiceArea, { input: { name: '  Libraries  ', position: 3 } }, as.CONSULTANT))
        .createServiceArea;
      expect(created).toMatchObject({ name: 'Libraries', position: 3, active: true, version: 1 });
      expect(codeOf(await t.client.fails(M.createServiceArea, { input: { name: 'Museums' } }, as.CONTRIBUTOR))).toEqual({
        code: 'FORBIDDEN',
      });
      expect(codeOf(await t.client.fails(M.createServiceArea, { input: { name: ' HEALTH ' } }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.name'],
      });
      expect(codeOf(await t.client.fails(M.createServiceArea, { input: { name: '   ' } }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.name'],
      });
      expect(
        codeOf(await t.client.fails(M.updateServiceArea, { input: { serviceAreaId: created.id, version: 1, name: 'housing' } }, admin)),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.name'],
      });

      const renamed = (
        await t.client.ok(
          M.updateServiceArea,
          { input: { serviceAreaId: created.id, version: 1, name: 'Libraries and archives', active: false, position: 20 } },
          as.PROGRAMME_MANAGER,
        )
      ).updateServiceArea;
      expect(renamed).toMatchObject({ id: created.id, name: 'Libraries and archives', active: false, position: 20, version: 2 });
      // Renaming an area to its own name in another case is allowed.
      expect(
        (
          await t.client.ok(
            M.updateServiceArea,
            { input: { serviceAreaId: created.id, version: 2, name: 'LIBRARIES AND ARCHIVES' } },
            admin,
          )
        ).updateServiceArea.name,
      ).toBe('LIBRARIES AND ARCHIVES');
      expect(
        codeOf(
          await t.client.fails(
            M.updateServiceArea,
            { input: { serviceAreaId: strangerAreas.Health, version: 1, name: 'Mine now' } },
            admin,
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND' });
      expect((await areasOf(t.client, strangerAs)).Health).toBe(strangerAreas.Health);
    });

    it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
      const created = (await t.client.ok(M.createServiceArea, { input: { name: 'Leisure' } }, admin)).createServiceArea;
      const moved = (await t.client.ok(M.updateServiceArea, { input: { serviceAreaId: created.id, version: 1, position: 40 } }, admin))
        .updateServiceArea;
      expect(moved).toMatchObject({ position: 40, version: 2 });
      const stale = await t.client.fails(
        M.updateServiceArea,
        { input: { serviceAreaId: created.id, version: 1, name: 'Leisure centres', active: false } },
        as.PROGRAMME_MANAGER,
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const [row] = await sql(t, `SELECT name, active, position, version FROM service_area WHERE id = $1`, [created.id]);
      expect(row).toEqual({ name: 'Leisure', active: true, position: 40, version: 2 });
      const [{ n }] = await sql<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM event WHERE type = 'SERVICE_AREA_UPDATED' AND payload->>'serviceAreaId' = $1`,
        [created.id],
      );
      expect(n).toBe(1);
      expect(
        codeOf(await t.client.fails(M.updateServiceArea, { input: { serviceAreaId: created.id, version: 0, active: false } }, admin)),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input.version'],
      });
    });
  });

  describe('initiatives by hand', () => {
    it('records an initiative with sub-forms bringing their forms, and reads its service area', async () => {
      const created = await createInitiative(t.client, as.CONTRIBUTOR, {
        name: '  Walking group  ',
        description: 'Weekly walks for people recovering from heart surgery',
        serviceAreaId: areas.Health,
        forms: ['CO_PERFORMING', 'CO_PLANNING', 'CO_PERFORMING'],
        participation: 'COLLECTIVE',
        motivation: 'VOLUNTARY',
        peopleInvolved: 25,
        publicBodyInput: 'A physiotherapist one morning a week',
        contact: 'walks@example.org',
      });
      expect(created).toMatchObject({
        name: 'Walking group',
        serviceArea: { id: areas.Health, name: 'Health' },
        forms: ['CO_COMMISSIONING', 'CO_PLANNING', 'CO_DELIVERY', 'CO_PERFORMING'],
        isCoproduction: true,
        selfOrganisation: false,
        status: 'ACTIVE',
        published: false,
        version: 1,
        createdBy: as.CONTRIBUTOR.member.userId,
      });
      expect((await t.client.ok(Q.initiative, { id: created.id }, as.VIEWER)).initiative.contact).toBe('walks@example.org');
    });

    it('flags self-organisation when the public body puts nothing in', async () => {
      const selfOrganised = await createInitiative(t.client, as.CONTRIBUTOR, {
        name: 'Street WhatsApp group',
        serviceAreaId: areas['Community safety'],
        publicBodyInput: '  ',
      });
      expect(selfOrganised).toMatchObject({
        isCoproduction: false,
        selfOrganisation: true,
        publicBodyInput: '',
        forms: [],
        participation: 'COLLECTIVE',
        motivation: 'VOLUNTARY',
      });
    });

    it('lets only roles that may publish record an initiative as published; a VIEWER records nothing', async () => {
      const input = { name: 'Published at birth', serviceAreaId: areas.Health, published: true };
      expect(codeOf(await t.client.fails(M.createInitiative, { input }, as.CONTRIBUTOR))).toEqual({ code: 'FORBIDDEN' });
      expect(codeOf(await t.client.fails(M.createInitiative, { input }, as.CONSULTANT))).toEqual({ code: 'FORBIDDEN' });
      expect(codeOf(await t.client.fails(M.createInitiative, { input: { ...input, published: false } }, as.VIEWER))).toEqual({
        code: 'FORBIDDEN',
      });
      expect((await createInitiative(t.client, as.PROGRAMME_MANAGER, input)).published).toBe(true);
    });

    it('refuses bad input naming the field, and an area or programme that is not the organisation’s as NOT_FOUND', async () => {
      const bad = async (input: Record<string, unknown>) =>
        codeOf(await t.client.fails(M.createInitiative, { input: { name: 'Valid', serviceAreaId: areas.Health, ...input } }, admin));
      expect(await bad({ name: ' ' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.name'] });
      expect(await bad({ peopleInvolved: -1 })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.peopleInvolved'] });
      expect(await bad({ contact: 'x'.repeat(301) })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.contact'] });
      expect(await bad({ serviceAreaId: 'health' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.serviceAreaId'] });
      expect(
        (await t.client.fails(M.createInitiative, { input: { name: 'x', serviceAreaId: areas.Health, forms: ['CO_DREAMING'] } }, admin))
          .extensions?.code,
      ).toBe('BAD_USER_INPUT');
      expect(await bad({ serviceAreaId: strangerAreas.Health })).toEqual({ code: 'NOT_FOUND' });
      expect(await bad({ programmeId: '00000000-0000-4000-8000-000000000000' })).toEqual({ code: 'NOT_FOUND' });
      await createInitiative(t.client, admin, { name: 'Keyed', serviceAreaId: areas.Health, externalRef: 'REF-1' });
      expect(await bad({ externalRef: 'REF-1' })).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.externalRef'] });
    });

    it('updates with the version it was read at: stale is CONFLICT and changes nothing', async () => {
      const created = await createInitiative(t.client, as.CONTRIBUTOR, {
        name: 'Tenant panel',
        serviceAreaId: areas.Housing,
        forms: ['CO_DESIGN'],
        peopleInvolved: 9,
        publicBodyInput: 'Officer time',
      });
      const updated = (
        await t.client.ok(
          M.updateInitiative,
          { input: { initiativeId: created.id, version: 1, forms: ['CO_EVALUATION'], status: 'ENDED', clearPeopleInvolved: true } },
          as.CONTRIBUTOR,
        )
      ).updateInitiative;
      expect(updated).toMatchObject({
        forms: ['CO_ASSESSMENT', 'CO_EVALUATION'],
        status: 'ENDED',
        peopleInvolved: null,
        version: 2,
        name: 'Tenant panel',
      });
      const stale = await t.client.fails(
        M.updateInitiative,
        { input: { initiativeId: created.id, version: 1, name: 'Lost update' } },
        as.CONTRIBUTOR,
      );
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await t.client.ok(Q.initiative, { id: created.id }, admin)).initiative).toMatchObject({ name: 'Tenant panel', version: 2 });
      expect(codeOf(await t.client.fails(M.updateInitiative, { input: { initiativeId: created.id, version: 2 } }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        fields: ['input'],
      });
      expect(
        codeOf(
          await t.client.fails(
            M.updateInitiative,
            { input: { initiativeId: created.id, version: 2, serviceAreaId: strangerAreas.Housing } },
            admin,
          ),
        ),
      ).toEqual({
        code: 'NOT_FOUND',
      });
      // Becoming self-organisation: blank public input.
      expect(
        (await t.client.ok(M.updateInitiative, { input: { initiativeId: created.id, version: 2, publicBodyInput: '' } }, admin))
          .updateInitiative,
      ).toMatchObject({
        selfOrganisation: true,
        version: 3,
      });
    });

    it('deletes with the version, and answers the initiative as it was', async () => {
      const created = await createInitiative(t.client, as.CONTRIBUTOR, { name: 'Short-lived', serviceAreaId: areas.Education });
      expect(codeOf(await t.client.fails(M.deleteInitiative, { input: { initiativeId: created.id, version: 2 } }, as.CONTRIBUTOR))).toEqual(
        { code: 'CONFLICT' },
      );
      expect(
        (await t.client.ok(M.deleteInitiative, { input: { initiativeId: created.id, version: 1 } }, as.CONTRIBUTOR)).deleteInitiative,
      ).toEqual({
        id: created.id,
        name: 'Short-lived',
        version: 1,
      });
      expect(codeOf(await t.client.fails(Q.initiative, { id: created.id }, admin))).toEqual({ code: 'NOT_FOUND' });
    });
  });

  describe('initiatives in a batch', () => {
    const row = (name: string, extra: Record<string, unknown> = {}) => ({
      name,
      serviceAreaId: areas['Local environment'],
      forms: ['CO_DELIVERY'],
      publicBodyInput: 'Skips',
      ...extra,
    });

    it('records a workshop’s initiatives in one call, in order', async () => {
      const rows = Array.from({ length: 12 }, (_, i) => row(`Workshop idea ${String(i + 1).padStart(2, '0')}`, { peopleInvolved: i }));
      const created = (await t.client.ok(M.createInitiatives, { input: { initiatives: rows } }, as.CONTRIBUTOR))
        .createInitiatives as InitiativeView[];
      expect(created.map((c) => c.name)).toEqual(rows.map((r) => r.name));
      expect(created.map((c) => c.peopleInvolved)).toEqual(rows.map((_, i) => i));
      expect(created.every((c) => c.version === 1 && c.serviceArea.name === 'Local environment')).toBe(true);
    });

    it('writes nothing when one row is bad, naming that row’s field', async () => {
      const before = await count();
      const rows = [row('Good one'), row('Good two'), row('Good three'), row('   '), row('Good five')];
      const error = await t.client.fails(M.createInitiatives, { input: { initiatives: rows } }, as.CONTRIBUTOR);
      expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.initiatives[3].name'] });

      const foreignArea = await t.client.fails(
        M.createInitiatives,
        { input: { initiatives: [row('Good'), row('Foreign', { serviceAreaId: strangerAreas.Health })] } },
        as.CONTRIBUTOR,
      );
      expect(foreignArea.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.initiatives[1].serviceAreaId' });

      const twice = await t.client.fails(
        M.createInitiatives,
        { input: { initiatives: [row('A', { externalRef: 'W-1' }), row('B', { externalRef: 'W-1' })] } },
        as.CONTRIBUTOR,
      );
      expect(codeOf(twice)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.initiatives[1].externalRef'] });

      const publishing = await t.client.fails(
        M.createInitiatives,
        { input: { initiatives: [row('A'), row('B', { published: true })] } },
        as.CONTRIBUTOR,
      );
      expect(codeOf(publishing)).toEqual({ code: 'FORBIDDEN' });

      const tooMany = await t.client.fails(
        M.createInitiatives,
        { input: { initiatives: Array.from({ length: 201 }, (_, i) => row(`Idea ${i}`)) } },
        as.CONTRIBUTOR,
      );
      expect(codeOf(tooMany)).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.initiatives'] });
      expect(await count()).toBe(before);
    });

    it('takes 200 at once', async () => {
      const rows = Array.from({ length: 200 }, (_, i) => row(`Big workshop ${i}`));
      expect((await t.client.ok(M.createInitiatives, { input: { initiatives: rows } }, as.CONSULTANT)).createInitiatives).toHaveLength(200);
    });
  });

  describe('the coproduction map', () => {
    let mapOrg: Org;
    let mapAs: As;
    let mapAreas: Record<string, string>;
    let programmeId: string;

    const byForm = (forms: Array<{ form: string; initiativeCount: number; peopleInvolved: number }>) =>
      Object.fromEntries(forms.filter((f) => f.initiativeCount > 0).map((f) => [f.form, [f.initiativeCount, f.peopleInvolved]]));

    beforeAll(async () => {
      mapOrg = await newOrganisation(t.client, 'Map Council');
      mapAs = { token: mapOrg.admin.token, organisationId: mapOrg.id };
      mapAreas = await areasOf(t.client, mapAs);
      programmeId = (await t.client.ok(M.createProgramme, { input: { name: 'Map the borough' } }, mapAs)).createProgramme.id;
      const { Health, Housing } = mapAreas;
      const safety = mapAreas['Community safety'];
      await t.client.ok(
        M.createInitiatives,
        {
          input: {
            initiatives: [
              {
                name: 'Expert patients',
                serviceAreaId: Health,
                forms: ['CO_PERFORMING'],
                peopleInvolved: 12,
                publicBodyInput: 'Nurse time',
                programmeId,
              },
              {
                name: 'Clinic redesign lab',
                serviceAreaId: Health,
                forms: ['CO_DESIGN', 'CO_MONITORING'],
                peopleInvolved: 30,
                publicBodyInput: 'Room and facilitator',
              },
              {
                name: 'Carers’ coffee morning',
                serviceAreaId: Health,
                forms: ['CO_DELIVERY'],
                peopleInvolved: 5,
                publicBodyInput: '',
                programmeId,
              },
              {
                name: 'Participatory budget',
                serviceAreaId: Housing,
                forms: ['CO_FINANCING', 'CO_PLANNING'],
                publicBodyInput: 'Grant',
                programmeId,
              },
              {
                name: 'Neighbourhood watch',
                serviceAreaId: safety,
                forms: ['CO_MANAGING', 'CO_PERFORMING'],
                peopleInvolved: 40,
                publicBodyInput: 'Police liaison',
              },
              {
                name: 'Residents’ patrol review',
                serviceAreaId: safety,
                forms: ['CO_EVALUATION'],
                peopleInvolved: 8,
                publicBodyInput: '   ',
              },
            ],
          },
        },
        mapAs,
      );
      // An inactive area with initiatives stays on the map; one without drops off.
      await t.client.ok(M.updateServiceArea, { input: { serviceAreaId: Housing, version: 1, active: false } }, mapAs);
      await t.client.ok(M.updateServiceArea, { input: { serviceAreaId: mapAreas.Transport, version: 1, active: false } }, mapAs);
    });

    it('counts by service area × form and sub-form for the organisation, self-organisation apart', async () => {
      const map = (await t.client.ok(Q.map, {}, mapAs)).coproductionMap;
      expect(map).toMatchObject({
        programmeId: null,
        coproductionCount: 4,
        peopleInvolved: 82,
        selfOrganisedCount: 2,
        selfOrganisedPeopleInvolved: 13,
        publishedCount: 0,
      });
      expect(map.forms.map((f: { form: string }) => f.form)).toEqual(FORM_KEYS);
      expect(map.forms.find((f: { form: string }) => f.form === 'CO_MANAGING').parentForm).toBe('CO_DELIVERY');
      expect(byForm(map.forms)).toEqual({
        CO_COMMISSIONING: [1, 0],
        CO_PLANNING: [1, 0],
        CO_FINANCING: [1, 0],
        CO_DESIGN: [1, 30],
        CO_DELIVERY: [2, 52],
        CO_MANAGING: [1, 40],
        CO_PERFORMING: [2, 52],
        CO_ASSESSMENT: [1, 30],
        CO_MONITORING: [1, 30],
      });
      const names = map.areas.map((a: { serviceArea: { name: string } }) => a.serviceArea.name);
      expect(names).toEqual(DEFAULT_SERVICE_AREAS.filter((n) => n !== 'Transport'));
      const area = (name: string) => map.areas.find((a: { serviceArea: { name: string } }) => a.serviceArea.name === name);
      expect(area('Health')).toMatchObject({
        coproductionCount: 2,
        peopleInvolved: 42,
        selfOrganisedCount: 1,
        selfOrganisedPeopleInvolved: 5,
      });
      expect(byForm(area('Health').forms)).toEqual({
        CO_DELIVERY: [1, 12],
        CO_PERFORMING: [1, 12],
        CO_DESIGN: [1, 30],
        CO_ASSESSMENT: [1, 30],
        CO_MONITORING: [1, 30],
      });
      expect(area('Housing')).toMatchObject({
        serviceArea: { active: false },
        coproductionCount: 1,
        peopleInvolved: 0,
        selfOrganisedCount: 0,
      });
      expect(byForm(area('Housing').forms)).toEqual({ CO_COMMISSIONING: [1, 0], CO_PLANNING: [1, 0], CO_FINANCING: [1, 0] });
      expect(area('Community safety')).toMatchObject({
        coproductionCount: 1,
        peopleInvolved: 40,
        selfOrganisedCount: 1,
        selfOrganisedPeopleInvolved: 8,
      });
      expect(byForm(area('Community safety').forms)).toEqual({ CO_DELIVERY: [1, 40], CO_MANAGING: [1, 40], CO_PERFORMING: [1, 40] });
      expect(area('Education')).toMatchObject({ coproductionCount: 0, peopleInvolved: 0, selfOrganisedCount: 0 });
      expect(area('Education').forms).toHaveLength(FORM_KEYS.length);
    });

    it('counts one programme’s initiatives only', async () => {
      const map = (await t.client.ok(Q.map, { programmeId }, mapAs)).coproductionMap;
      expect(map).toMatchObject({
        programmeId,
        coproductionCount: 2,
        peopleInvolved: 12,
        selfOrganisedCount: 1,
        selfOrganisedPeopleInvolved: 5,
      });
      expect(byForm(map.forms)).toEqual({
        CO_COMMISSIONING: [1, 0],
        CO_PLANNING: [1, 0],
        CO_FINANCING: [1, 0],
        CO_DELIVERY: [1, 12],
        CO_PERFORMING: [1, 12],
      });
      const area = (name: string) => map.areas.find((a: { serviceArea: { name: string } }) => a.serviceArea.name === name);
      expect(area('Health')).toMatchObject({ coproductionCount: 1, peopleInvolved: 12, selfOrganisedCount: 1 });
      expect(area('Community safety')).toMatchObject({ coproductionCount: 0, selfOrganisedCount: 0 });
    });

    it('filters the list by form, area, self-organisation, programme and words', async () => {
      const names = async (filter: Record<string, unknown>) => (await listInitiatives(t.client, mapAs, filter)).map((i) => i.name).sort();
      expect(await names({ form: 'CO_DELIVERY' })).toEqual(['Carers’ coffee morning', 'Expert patients', 'Neighbourhood watch']);
      expect(await names({ form: 'CO_COMMISSIONING' })).toEqual(['Participatory budget']);
      expect(await names({ selfOrganisation: true })).toEqual(['Carers’ coffee morning', 'Residents’ patrol review']);
      expect(await names({ serviceAreaId: mapAreas.Health, selfOrganisation: false })).toEqual(['Clinic redesign lab', 'Expert patients']);
      expect(await names({ programmeId })).toEqual(['Carers’ coffee morning', 'Expert patients', 'Participatory budget']);
      expect(await names({ search: 'WATCH neighbour' })).toEqual(['Neighbourhood watch']);
      expect(await names({ search: '100%' })).toEqual([]);
      const page = await t.client.ok(Q.initiatives, { first: 4 }, mapAs);
      expect(page.initiatives).toMatchObject({ totalCount: 6, pageInfo: { hasNextPage: true } });
      const next = await t.client.ok(Q.initiatives, { first: 4, after: page.initiatives.pageInfo.endCursor }, mapAs);
      expect(next.initiatives.edges).toHaveLength(2);
    });

    it('answers NOT_FOUND for another organisation’s programme', async () => {
      const theirs = (await t.client.ok(M.createProgramme, { input: { name: 'Theirs' } }, strangerAs)).createProgramme.id;
      expect(codeOf(await t.client.fails(Q.map, { programmeId: theirs }, mapAs))).toEqual({ code: 'NOT_FOUND' });
    });
  });

  describe('publishing', () => {
    it('is for ADMIN and PROGRAMME_MANAGER; contributors may not publish nor change what is published', async () => {
      const [one, two] = (
        await t.client.ok(
          M.createInitiatives,
          {
            input: {
              initiatives: [
                { name: 'To publish one', serviceAreaId: areas.Housing },
                { name: 'To publish two', serviceAreaId: areas.Housing },
              ],
            },
          },
          as.CONTRIBUTOR,
        )
      ).createInitiatives as InitiativeView[];
      const input = { initiativeIds: [one.id, two.id], published: true };
      expect(codeOf(await t.client.fails(M.publishInitiatives, { input }, as.CONTRIBUTOR))).toEqual({ code: 'FORBIDDEN' });
      expect(codeOf(await t.client.fails(M.publishInitiatives, { input }, as.CONSULTANT))).toEqual({ code: 'FORBIDDEN' });
      expect(
        codeOf(await t.client.fails(M.updateInitiative, { input: { initiativeId: one.id, version: 1, published: true } }, as.CONTRIBUTOR)),
      ).toEqual({ code: 'FORBIDDEN' });

      const published = (await t.client.ok(M.publishInitiatives, { input }, as.PROGRAMME_MANAGER)).publishInitiatives;
      expect(published).toEqual([
        { id: one.id, published: true, version: 2 },
        { id: two.id, published: true, version: 2 },
      ]);
      // Publishing again changes nothing.
      expect(
        (await t.client.ok(M.publishInitiatives, { input }, admin)).publishInitiatives.map((p: { version: number }) => p.version),
      ).toEqual([2, 2]);
      expect(
        codeOf(
          await t.client.fails(M.updateInitiative, { input: { initiativeId: one.id, version: 2, description: 'Edited' } }, as.CONTRIBUTOR),
        ),
      ).toEqual({ code: 'FORBIDDEN' });
      expect(codeOf(await t.client.fails(M.deleteInitiative, { input: { initiativeId: one.id, version: 2 } }, as.CONTRIBUTOR))).toEqual({
        code: 'FORBIDDEN',
      });
      expect(
        (
          await t.client.ok(
            M.updateInitiative,
            { input: { initiativeId: one.id, version: 2, description: 'Edited' } },
            as.PROGRAMME_MANAGER,
          )
        ).updateInitiative.version,
      ).toBe(3);
      expect((await listInitiatives(t.client, admin, { published: true })).map((i) => i.id)).toEqual(
        expect.arrayContaining([one.id, two.id]),
      );

      const history = (await t.client.ok(Q.history, {}, admin)).history.edges.map(
        (e: { node: { type: string; payload: Record<string, unknown> } }) => e.node,
      );
      expect(history.find((e: { type: string }) => e.type === 'INITIATIVES_PUBLISHED').payload).toMatchObject({
        initiativeIds: [one.id, two.id],
        published: true,
      });
    });
  });

  describe('tenancy', () => {
    it('never lists or maps another organisation’s initiatives', async () => {
      const ids = (await listInitiatives(t.client, admin)).map((i) => i.id);
      expect(ids).not.toContain(strangerInitiative.id);
      expect((await t.client.ok(Q.initiatives, { filter: { search: 'Their litter' } }, admin)).initiatives.totalCount).toBe(0);
      const map = (await t.client.ok(Q.map, {}, admin)).coproductionMap;
      expect(map.areas.map((a: { serviceArea: { id: string } }) => a.serviceArea.id)).not.toContain(strangerAreas['Local environment']);
      expect(JSON.stringify(map)).not.toContain(strangerInitiative.id);
    });

    it('answers NOT_FOUND for another organisation’s initiative on read, update, delete and publish, and changes nothing', async () => {
      const own = await createInitiative(t.client, admin, { name: 'Ours, unpublished', serviceAreaId: areas.Health });
      const attempts: Array<[string, Record<string, unknown>]> = [
        [Q.initiative, { id: strangerInitiative.id }],
        [M.updateInitiative, { input: { initiativeId: strangerInitiative.id, version: 1, name: 'Taken' } }],
        [M.deleteInitiative, { input: { initiativeId: strangerInitiative.id, version: 1 } }],
        [M.publishInitiatives, { input: { initiativeIds: [own.id, strangerInitiative.id], published: true } }],
      ];
      for (const [query, variables] of attempts)
        expect([query.slice(0, 30), codeOf(await t.client.fails(query, variables, admin))]).toEqual([
          query.slice(0, 30),
          { code: 'NOT_FOUND' },
        ]);
      expect((await t.client.ok(Q.initiative, { id: strangerInitiative.id }, strangerAs)).initiative).toMatchObject({
        name: 'Their litter pick',
        version: 1,
        published: false,
      });
      expect((await t.client.ok(Q.initiative, { id: own.id }, admin)).initiative.published).toBe(false);
    });
  });

  describe('upsertMany, the import entry point', () => {
    let service: InitiativesService;
    let importOrg: Org;
    let importer: Member;
    let importAreas: Record<string, string>;
    const ctx = (role: 'ADMIN' | 'CONSULTANT' = 'CONSULTANT') =>
      contextFor(importOrg.id, role === 'ADMIN' ? importOrg.admin.userId : importer.userId, role);
    const rows: NormalisedInitiativeRow[] = [
      {
        externalRef: 'SS-1',
        name: 'Time bank',
        serviceAreaName: 'social CARE',
        forms: ['CO_PERFORMING'],
        peopleInvolved: 120,
        publicBodyInput: 'Broker post',
        status: 'ACTIVE',
      },
      {
        name: 'Friends of the park',
        serviceAreaName: 'Local environment ',
        forms: ['CO_MANAGING', 'CO_MONITORING'],
        publicBodyInput: '',
        participation: 'COLLECTIVE',
      },
      { name: 'School council', serviceAreaName: 'Education', forms: ['CO_DESIGN'], motivation: 'COMPLIANCE', peopleInvolved: null },
    ];

    beforeAll(async () => {
      service = t.app.get(InitiativesService);
      importOrg = await newOrganisation(t.client, 'Import Council');
      importer = await addMember(t.client, importOrg, 'CONSULTANT');
      importAreas = await areasOf(t.client, { token: importOrg.admin.token, organisationId: importOrg.id });
    });

    it('creates, then on the same rows changes nothing, then updates only what changed', async () => {
      const first = await service.upsertMany(ctx(), rows);
      expect(first).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
      const again = await service.upsertMany(ctx(), rows);
      expect(again).toEqual({ created: 0, updated: 0, unchanged: 3, initiativeIds: first.initiativeIds });
      // Matching ignores case and extra spaces in names; a row without a ref keeps the initiative's.
      const changed = await service.upsertMany(ctx(), [
        { ...rows[0], externalRef: undefined, name: 'TIME BANK ', peopleInvolved: 130 },
        rows[1],
        rows[2],
      ]);
      expect(changed).toEqual({ created: 0, updated: 1, unchanged: 2, initiativeIds: first.initiativeIds });
      const timeBank = (
        await t.client.ok(Q.initiative, { id: first.initiativeIds[0] }, { token: importOrg.admin.token, organisationId: importOrg.id })
      ).initiative;
      expect(timeBank).toMatchObject({
        name: 'TIME BANK',
        peopleInvolved: 130,
        externalRef: 'SS-1',
        version: 2,
        serviceAreaId: importAreas['Social care'],
        forms: ['CO_DELIVERY', 'CO_PERFORMING'],
      });
      const [{ n }] = await sql<{ n: string }>(t, `SELECT count(*) AS n FROM initiative WHERE organisation_id = $1`, [importOrg.id]);
      expect(Number(n)).toBe(3);
    });

    it('lets two imports of the same new rows race without duplicating them', async () => {
      const racing: NormalisedInitiativeRow[] = Array.from({ length: 30 }, (_, i) => ({
        name: `Racing row ${i}`,
        serviceAreaName: 'Housing',
        publicBodyInput: 'Officer',
      }));
      const results = await Promise.all([service.upsertMany(ctx(), racing), service.upsertMany(ctx('ADMIN'), racing)]);
      expect(results.map((r) => [r.created, r.unchanged]).sort()).toEqual([
        [0, 30],
        [30, 0],
      ]);
      expect(results[0].initiativeIds).toEqual(results[1].initiativeIds);
      const [{ n }] = await sql<{ n: string }>(
        t,
        `SELECT count(*) AS n FROM initiative WHERE organisation_id = $1 AND name LIKE 'Racing row %'`,
        [importOrg.id],
      );
      expect(Number(n)).toBe(30);
      await sql(t, `DELETE FROM initiative WHERE organisation_id = $1 AND name LIKE 'Racing row %'`, [importOrg.id]);
    });

    it('checks every row before writing any, and reports every problem in row order', async () => {
      const before = await sql(t, `SELECT id, version FROM initiative WHERE organisation_id = $1 ORDER BY id`, [importOrg.id]);
      const error = await service
        .upsertMany(ctx(), [
          { name: 'New and fine', serviceAreaName: 'Housing' },
          { name: '  ', serviceAreaName: 'Nowhere' },
          { name: 'Unknown area', serviceAreaName: 'Atlantis' },
          { name: 'Bad form', serviceAreaId: importAreas.Health, forms: ['CO_DREAMING'], peopleInvolved: -3 },
          { name: 'Twin', serviceAreaName: 'Housing' },
          { name: 'twin', serviceAreaName: 'housing' },
          { externalRef: 'SS-1', name: 'Clash', serviceAreaName: 'Housing' },
          { externalRef: 'SS-1', name: 'Clash again', serviceAreaName: 'Housing' },
        ])
        .then(
          () => null,
          (e: { code: string; problems: Array<{ field: string }> }) => e,
        );
      expect(error?.code).toBe('BAD_USER_INPUT');
      expect(error?.problems.map((p) => p.field)).toEqual([
        'rows[1].name',
        'rows[1].serviceAreaName',
        'rows[2].serviceAreaName',
        'rows[3].forms',
        'rows[3].peopleInvolved',
        'rows[5].name',
        'rows[7].externalRef',
      ]);
      expect(await sql(t, `SELECT id, version FROM initiative WHERE organisation_id = $1 ORDER BY id`, [importOrg.id])).toEqual(before);
    });

    it('names rows as the caller asks, and refuses publishing to a role that may not publish', async () => {
      const fieldOf = (index: number, field: string) => `row ${index + 2}, ${field}`;
      await expect(service.upsertMany(ctx(), [{ name: '', serviceAreaName: 'Health' }], { fieldOf })).rejects.toMatchObject({
        problems: [{ field: 'row 2, name' }],
      });
      await expect(service.upsertMany(ctx(), [{ ...rows[2], published: true }])).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await service.upsertMany(ctx('ADMIN'), [{ ...rows[2], published: true }])).toMatchObject({ updated: 1 });
      // Now published, it changes only with a role that may publish.
      await expect(service.upsertMany(ctx(), [{ ...rows[2], published: true, peopleInvolved: 4 }])).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await service.upsertMany(ctx(), [{ ...rows[2], published: true }])).toMatchObject({ unchanged: 1 });
    });

    it('exports every row by service area and name, a page at a time', async () => {
      await service.upsertMany(ctx(), [{ name: 'allotment society', serviceAreaName: 'Local environment', publicBodyInput: 'Land' }]);
      const exported = [];
      for await (const row of service.findForExport(ctx(), { pageSize: 2 })) exported.push(row);
      expect(exported.map((r) => r.name)).toEqual(['allotment society', 'Friends of the park', 'TIME BANK', 'School council']);
      expect(exported[2]).toMatchObject({ externalRef: 'SS-1', serviceAreaName: 'Social care', contact: '', published: false });
      expect(exported[3]).toMatchObject({ published: true, motivation: 'COMPLIANCE' });
      const back = await service.upsertMany(
        ctx('ADMIN'),
        exported.map((r) => ({ ...r, serviceAreaId: undefined })),
      );
      expect(back).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    });
  });
});
