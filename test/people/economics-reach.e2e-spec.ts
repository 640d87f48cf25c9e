import { startTestApp, type TestApp } from '../support/test-app';

describe('participants reached in pilot economics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('counts enrolled participants instead of the hand-recorded number once there are any', async () => {
    const admin = await t.client.signUp('Manager');
    const as = { token: admin.token, organisationId: await t.client.createOrganisation(admin.token) };
    const programme = (await t.client.ok(`mutation { createProgramme(input: { name: "Reach" }) { id } }`, {}, as)).createProgramme;
    const pilot = (
      await t.client.ok(
        `mutation($input: CreatePilotInput!) { createPilot(input: $input) { id } }`,
        { input: { programmeId: programme.id, name: 'Befriending', participantsReached: 40 } },
        as,
      )
    ).createPilot;
    await t.client.ok(
      `mutation($input: AddFinancialLineInput!) { addFinancialLine(input: $input) { id } }`,
      { input: { pilotId: pilot.id, kind: 'COST', amount: '1000.00', date: '2026-01-15' } },
      as,
    );
    const economics = async () =>
      (
        await t.client.ok(
          `query($id: ID!) { pilot(id: $id) { economics { participantsReached costPerParticipant { amount currency } } } }`,
          { id: pilot.id },
          as,
        )
      ).pilot.economics;

    expect(await economics()).toEqual({ participantsReached: 40, costPerParticipant: { amount: '25.00', currency: 'GBP' } });

    for (const name of ['Ann', 'Bea', 'Cal']) {
      const participant = (
        await t.client.ok(
          `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
          { input: { kind: 'CITIZEN', displayName: name, motivation: 4, hoursPerMonth: 6, lawfulBasis: { basis: 'PUBLIC_TASK' } } },
          as,
        )
      ).registerParticipant;
      await t.client.ok(
        `mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { id } }`,
        { input: { pilotId: pilot.id, participantId: participant.id, role: 'Volunteer', selfEfficacy: 3 } },
        as,
      );
    }
    expect(await economics()).toEqual({ participantsReached: 3, costPerParticipant: { amount: '333.33', currency: 'GBP' } });
  });
});
