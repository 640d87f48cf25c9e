import { startTestApp, type TestApp } from '../support/test-app';
import { createProgramme, type Organisation, organisationWithRoles } from './pilot-support';

const FIELDS = `id version targetParticipants participantsReached`;
const CREATE = `mutation($input: CreatePilotInput!) { createPilot(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePilotInput!) { updatePilot(input: $input) { ${FIELDS} } }`;

describe('the number of participants a pilot aims for', () => {
  let t: TestApp;
  let org: Organisation;
  let programmeId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t);
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Small starts')).id;
  });
  afterAll(() => t.close());

  it('is recorded with the proposal, apart from the people reached, and read back', async () => {
    const pilot = (await t.client.ok(CREATE, { input: { programmeId, name: 'Repair café', targetParticipants: 25 } }, org.as.CONSULTANT))
      .createPilot;
    expect(pilot).toMatchObject({ targetParticipants: 25, participantsReached: null });
    const read = (await t.client.ok(`query($id: ID!) { pilot(id: $id) { ${FIELDS} } }`, { id: pilot.id }, org.as.VIEWER)).pilot;
    expect(read.targetParticipants).toBe(25);
  });

  it('is optional, can be changed and cleared, and refuses a negative number or clearing while setting', async () => {
    let pilot = (await t.client.ok(CREATE, { input: { programmeId, name: 'Street champions' } }, org.as.ADMIN)).createPilot;
    expect(pilot.targetParticipants).toBeNull();
    pilot = (await t.client.ok(UPDATE, { input: { pilotId: pilot.id, version: pilot.version, targetParticipants: 12 } }, org.as.ADMIN))
      .updatePilot;
    expect(pilot.targetParticipants).toBe(12);

    const negative = await t.client.fails(CREATE, { input: { programmeId, name: 'Too few', targetParticipants: -1 } }, org.as.ADMIN);
    expect([negative.extensions?.code, negative.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input.targetParticipants']);
    const both = await t.client.fails(
      UPDATE,
      { input: { pilotId: pilot.id, version: pilot.version, targetParticipants: 3, clearTargetParticipants: true } },
      org.as.ADMIN,
    );
    expect([both.extensions?.code, both.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input.clearTargetParticipants']);

    pilot = (
      await t.client.ok(UPDATE, { input: { pilotId: pilot.id, version: pilot.version, clearTargetParticipants: true } }, org.as.ADMIN)
    ).updatePilot;
    expect(pilot.targetParticipants).toBeNull();
  });

  it('is refused to a contributor, who may not edit pilots', async () => {
    const pilot = (await t.client.ok(CREATE, { input: { programmeId, name: 'Walking buses', targetParticipants: 8 } }, org.as.ADMIN))
      .createPilot;
    const refused = await t.client.fails(
      UPDATE,
      { input: { pilotId: pilot.id, version: pilot.version, targetParticipants: 80 } },
      org.as.CONTRIBUTOR,
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });
});
