import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@app/common';
import { createServer } from '../../apps/api/src/server';
import { GraphqlClient, type As, type GraphqlError } from '../support/graphql-client';
import { startTestApp, type TestApp, sql } from '../support/test-app';

/** Shared by the identity suites: the documents they send, and a few short paths through the API. */

export const PASSWORD = 'correct horse battery';
export const ROLES = ['ADMIN', 'PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const;
export type RoleName = (typeof ROLES)[number];

export const Q = {
  me: `query { me { id email displayName memberships { id role organisation { id name } user { id } } } }`,
  organisation: `query { organisation { id name timeZone currency version } }`,
  members: `query { members(first: 100) { totalCount edges { node { id role user { id email displayName } organisation { id } } } } }`,
  invitations: `query { invitations(first: 100) { totalCount edges { node { id email role acceptedAt revokedAt failedAttempts } } } }`,
  invitationsByStatus: `query($status: InvitationStatus) { invitations(first: 100, status: $status) { totalCount edges { node { id status } } } }`,
  apiKeys: `query { apiKeys { id name role prefix createdAt lastUsedAt revokedAt } }`,
  history: `query($first: Int) { history(first: $first) { totalCount edges { node {
    id type programmeId actorType actorUserId actorApiKeyName payload occurredAt } } } }`,
  signUp: `mutation($input: SignUpInput!) { signUp(input: $input) { message } }`,
  signIn: `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email displayName } } }`,
  createOrganisation: `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name timeZone currency version } }`,
  updateOrganisation: `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name version } }`,
  inviteMember: `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token acceptUrl invitation { id email role acceptedAt revokedAt expiresAt } } }`,
  acceptInvitation: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { message membership { id role organisation { id } user { id } } } }`,
  revokeInvitation: `mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id revokedAt acceptedAt } }`,
  changeMemberRole: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id role } }`,
  removeMember: `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { id role } }`,
  leaveOrganisation: `mutation { leaveOrganisation { id role } }`,
  createApiKey: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name role prefix createdAt lastUsedAt revokedAt } } }`,
  revokeApiKey: `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id revokedAt } }`,
  issuePasswordReset: `mutation($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { token resetUrl expiresAt } }`,
  resetPassword: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { id } } }`,
};

export function uniqueEmail(name: string): string {
  return `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
}

export interface Member {
  token: string;
  userId: string;
  email: string;
  displayName: string;
  membershipId: string;
}

/** One organisation with its ADMIN, for a test to build on. */
export interface Org {
  id: string;
  admin: Member;
}

export async function newOrganisation(client: GraphqlClient, name = 'Test Council'): Promise<Org> {
  const displayName = `${name} Admin ${randomUUID().slice(0, 4)}`;
  const email = uniqueEmail(displayName);
  await client.ok(Q.signUp, { input: { email, password: PASSWORD, displayName } });
  const { token, userId } = await client.signIn(email, PASSWORD);
  const id = (await client.ok(Q.createOrganisation, { input: { name } }, { token })).createOrganisation.id as string;
  const membershipId = await membershipOf(client, token, id);
  return { id, admin: { token, userId, email, displayName, membershipId } };
}

/** The signed-in person's membership id in `organisationId`. */
export async function membershipOf(client: GraphqlClient, token: string, organisationId: string): Promise<string> {
  const me = await client.ok(Q.me, {}, { token });
  const found = me.me.memberships.find((m: { organisation: { id: string } }) => m.organisation.id === organisationId);
  if (!found) throw new Error(`not a member of ${organisationId}`);
  return found.id;
}

/** Invites a new person with `role` and accepts as them; returns their session and membership. */
export async function addMember(
  client: GraphqlClient,
  org: Org,
  role: RoleName,
  displayName = `${role} person ${randomUUID().slice(0, 4)}`,
): Promise<Member> {
  const email = uniqueEmail(displayName);
  const invited = await client.ok(Q.inviteMember, { input: { email, role } }, { token: org.admin.token, organisationId: org.id });
  await client.ok(Q.acceptInvitation, { input: { token: invited.inviteMember.token, password: PASSWORD, displayName } });
  const { token, userId } = await client.signIn(email, PASSWORD);
  return { token, userId, email, displayName, membershipId: await membershipOf(client, token, org.id) };
}

export interface HistoryNode {
  id: string;
  type: string;
  programmeId: string | null;
  actorType: string;
  actorUserId: string | null;
  actorApiKeyName: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** The organisation's history, newest first. */
export async function historyOf(client: GraphqlClient, as: As, first = 100): Promise<HistoryNode[]> {
  const data = await client.ok(Q.history, { first }, as);
  return data.history.edges.map((e: { node: HistoryNode }) => e.node);
}

/** Headers that make a request come from `address`, as a proxy would say (the server trusts X-Forwarded-For). */
export function from(address: string, as: As = {}): As {
  return { ...as, headers: { ...as.headers, 'x-forwarded-for': address } };
}

/** The error's code and the fields it names, for compact assertions. */
export function codeOf(error: GraphqlError): { code?: string; fields?: string[] } {
  const fields = error.extensions?.fields?.map((f) => f.field);
  return fields ? { code: error.extensions?.code, fields } : { code: error.extensions?.code };
}

/** A server that has only `config` and the database folder or URL: no snapshot, a fresh process state. */
async function listen(env: Record<string, string>): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error', SEED_DEMO: 'false', PORT: '0', ...env });
  const app = await createServer(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    client: new GraphqlClient(`${url}/graphql`),
    close: () => app.close(),
  };
}

/**
 * Two servers over one database, as replicas would run. On PostgreSQL they run side by side
 * (`second` starts at once). The embedded database is one process's by design (a second
 * process opening the folder is refused), so there the first server works on a data folder on
 * disk and `second()` stops it and starts a new server on the same folder: the closest the
 * embedded mode comes, and it still shows that nothing was kept in the first process.
 */
export async function twoServersOnOneDatabase(): Promise<{ first: TestApp; second: () => Promise<TestApp>; close: () => Promise<void> }> {
  const apps: TestApp[] = [];
  if (process.env.DATABASE_URL) {
    const first = await startTestApp();
    apps.push(first);
    const second = await listen({
      DATABASE_URL: first.config.databaseUrl!,
      DATABASE_OWNER_URL: first.config.databaseOwnerUrl!,
      COPROD_DATA_DIR: 'memory://',
      JWT_SECRET: first.config.jwtSecret,
    });
    apps.push(second);
    return { first, second: async () => second, close: async () => void (await Promise.all(apps.map((a) => a.close()))) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'coprod-identity-'));
  const first = await startTestApp({ COPROD_DATA_DIR: dir });
  apps.push(first);
  let closed = false;
  return {
    first,
    second: async () => {
      await first.close();
      closed = true;
      const second = await listen({ COPROD_DATA_DIR: dir, JWT_SECRET: readFileSync(join(dir, 'jwt-secret'), 'utf8').trim() });
      apps.push(second);
      return second;
    },
    close: async () => {
      for (const app of apps.slice(closed ? 1 : 0)) await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { sql };
