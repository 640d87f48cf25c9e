import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, newOrganisation, type Org, Q, ROLES } from './identity-helpers';

/** Who may read a participant's contact details and notes: the roles that work with participants. */
describe("identity: participants' personal details by role", () => {
  let t: TestApp;
  let org: Org;
  let participantId: string;
  const sessions: Record<string, { token?: string; apiKey?: string; organisationId?: string }> = {};
  const READ = `query($id: ID!) { participant(id: $id) { id kind displayName contact notes } }`;

  beforeAll(async () => {
    t = await startTestApp();
    org = await newOrganisation(t.client, 'Private Council');
    sessions.ADMIN = { token: org.admin.token, organisationId: org.id };
    for (const role of ROLES.slice(1)) sessions[role] = { token: (await addMember(t.client, org, role)).token, organisationId: org.id };
    sessions['VIEWER key'] = { apiKey: (await t.client.ok(Q.createApiKey, { input: { name: 'Intranet page', role: 'VIEWER' } }, sessions.ADMIN)).createApiKey.secret };
    const registered = await t.client.ok(
      `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
      { input: { kind: 'CITIZEN', motivation: 4, hoursPerMonth: 6, displayName: 'Rosalind Kettering', contact: '07700 900461', notes: 'Prefers evening calls', lawfulBasis: { basis: 'PUBLIC_TASK' } } },
      sessions.PROGRAMME_MANAGER,
    );
    participantId = registered.registerParticipant.id;
  });
  afterAll(() => t.close());

  it.each(['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT'])('shows contact and notes to %s', async (role) => {
    const answer = await t.client.request(READ, { id: participantId }, sessions[role]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.participant).toMatchObject({ contact: '07700 900461', notes: 'Prefers evening calls' });
  });

  it.each(['CONTRIBUTOR', 'VIEWER', 'VIEWER key'])('refuses contact and notes to %s on the fields alone, with the rest of the answer', async (role) => {
    const answer = await t.client.request(READ, { id: participantId }, sessions[role]);
    expect(answer.data.participant).toEqual({ id: participantId, kind: 'CITIZEN', displayName: 'Rosalind Kettering', contact: null, notes: null });
    expect(answer.errors!.map((e) => [e.path!.join('.'), e.extensions!.code])).toEqual([
      ['participant.contact', 'FORBIDDEN'],
      ['participant.notes', 'FORBIDDEN'],
    ]);
    expect(answer.errors![0].message).toMatch(/contact details and notes takes ADMIN or PROGRAMME_MANAGER or CONSULTANT/);
    expect(JSON.stringify(answer)).not.toContain('07700 900461');
    // Asking only for what the role may read answers cleanly.
    expect((await t.client.ok(`query($id: ID!) { participant(id: $id) { id displayName } }`, { id: participantId }, sessions[role])).participant.id).toBe(participantId);
  });
});
