import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import { ACCESS_KEY, type Access, Action } from '@app/common';
import type { As, GraphqlResponse } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import {
  addMember,
  codeOf,
  historyOf,
  type Member,
  newOrganisation,
  type Org,
  PASSWORD,
  Q,
  ROLES,
  type RoleName,
  sql,
  uniqueEmail,
} from './identity-helpers';

/**
 * Who may do what, over HTTP, for every identity operation there is: the expectations are
 * written out from README's "Who may do what" here rather than read from the policy code, so that
 * the two are checked against each other.
 */
describe('identity: the policy table, tenancy and organisation scoping', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  const people = {} as Record<RoleName, Member>;
  beforeAll(async () => {
    t = await startTestApp();
    [org, other] = await Promise.all([newOrganisation(t.client, 'Policy Council'), newOrganisation(t.client, 'Other Council')]);
    people.ADMIN = org.admin;
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) people[role] = await addMember(t.client, org, role);
  });
  afterAll(() => t.close());

  const asAdmin = (o: Org = org): As => ({ token: o.admin.token, organisationId: o.id });
  const as = (role: RoleName): As => ({ token: people[role].token, organisationId: org.id });

  const EVERYONE: readonly RoleName[] = ROLES;
  const ADMIN_ONLY: readonly RoleName[] = ['ADMIN'];

  const memberRole = async (membershipId: string) =>
    (await t.client.ok(Q.members, {}, asAdmin())).members.edges.find((e: { node: { id: string } }) => e.node.id === membershipId)?.node
      .role ?? null;
  const invitation = async (id: string) =>
    (await t.client.ok(Q.invitations, {}, asAdmin())).invitations.edges.find((e: { node: { id: string } }) => e.node.id === id)?.node;
  const apiKey = async (id: string) => (await t.client.ok(Q.apiKeys, {}, asAdmin())).apiKeys.find((k: { id: string }) => k.id === id);

  /** One operation: how to set up a target, run it, and tell that it worked or that nothing changed. */
  interface Operation {
    name: string;
    allowed: readonly RoleName[];
    prepare?: () => Promise<any>;
    run: (as: As, target: any) => Promise<GraphqlResponse>;
    worked: (result: GraphqlResponse, target: any) => Promise<void> | void;
    unchanged?: (target: any) => Promise<void>;
  }

  const operations: Operation[] = [
    {
      name: 'organisation (read)',
      allowed: EVERYONE,
      run: (a) => t.client.request(Q.organisation, {}, a),
      worked: (r) => expect(r.data.organisation).toMatchObject({ id: org.id, name: 'Policy Council' }),
    },
    {
      name: 'members (read)',
      allowed: EVERYONE,
      run: (a) => t.client.request(Q.members, {}, a),
      worked: (r) => expect(r.data.members.totalCount).toBeGreaterThanOrEqual(5),
    },
    {
      name: 'history (read)',
      allowed: EVERYONE,
      run: (a) => t.client.request(Q.history, { first: 5 }, a),
      worked: (r) => expect(r.data.history.totalCount).toBeGreaterThan(0),
    },
    {
      name: 'invitations (list)',
      allowed: ADMIN_ONLY,
      run: (a) => t.client.request(Q.invitations, {}, a),
      worked: (r) => expect(r.data.invitations.totalCount).toBeGreaterThanOrEqual(4),
    },
    {
      name: 'apiKeys (list)',
      allowed: ADMIN_ONLY,
      run: (a) => t.client.request(Q.apiKeys, {}, a),
      worked: (r) => expect(Array.isArray(r.data.apiKeys)).toBe(true),
    },
    {
      name: 'inviteMember',
      allowed: ADMIN_ONLY,
      prepare: async () => uniqueEmail('Invitee'),
      run: (a, email) => t.client.request(Q.inviteMember, { input: { email, role: 'VIEWER' } }, a),
      worked: (r, email) => expect(r.data.inviteMember.invitation.email).toBe(email),
      unchanged: async (email) => expect(await sql(t, `SELECT 1 FROM invitation WHERE email = $1`, [email])).toEqual([]),
    },
    {
      name: 'revokeInvitation',
      allowed: ADMIN_ONLY,
      prepare: async () =>
        (await t.client.ok(Q.inviteMember, { input: { email: uniqueEmail('Revokee'), role: 'VIEWER' } }, asAdmin())).inviteMember.invitation
          .id,
      run: (a, invitationId) => t.client.request(Q.revokeInvitation, { input: { invitationId } }, a),
      worked: async (_r, id) => expect((await invitation(id)).revokedAt).not.toBeNull(),
      unchanged: async (id) => expect((await invitation(id)).revokedAt).toBeNull(),
    },
    {
      name: 'changeMemberRole',
      allowed: ADMIN_ONLY,
      prepare: async () => (await addMember(t.client, org, 'VIEWER')).membershipId,
      run: (a, membershipId) => t.client.request(Q.changeMemberRole, { input: { membershipId, role: 'CONTRIBUTOR' } }, a),
      worked: async (_r, id) => expect(await memberRole(id)).toBe('CONTRIBUTOR'),
      unchanged: async (id) => expect(await memberRole(id)).toBe('VIEWER'),
    },
    {
      name: 'changeMemberRole (promoting oneself)',
      allowed: ADMIN_ONLY,
      run: (a) => {
        const role = (Object.keys(people) as RoleName[]).find((r) => people[r].token === a.token)!;
        return t.client.request(Q.changeMemberRole, { input: { membershipId: people[role].membershipId, role: 'ADMIN' } }, a);
      },
      worked: (r) => expect(r.data.changeMemberRole.role).toBe('ADMIN'),
      unchanged: async () => {
        for (const role of ROLES) expect(await memberRole(people[role].membershipId)).toBe(role);
      },
    },
    {
      name: 'removeMember',
      allowed: ADMIN_ONLY,
      prepare: async () => (await addMember(t.client, org, 'CONTRIBUTOR')).membershipId,
      run: (a, membershipId) => t.client.request(Q.removeMember, { input: { membershipId } }, a),
      worked: async (_r, id) => expect(await memberRole(id)).toBeNull(),
      unchanged: async (id) => expect(await memberRole(id)).toBe('CONTRIBUTOR'),
    },
    {
      name: 'createApiKey',
      allowed: ADMIN_ONLY,
      prepare: async () => `Key ${randomUUID()}`,
      run: (a, name) => t.client.request(Q.createApiKey, { input: { name, role: 'ADMIN' } }, a),
      worked: (r) => expect(r.data.createApiKey.secret).toMatch(/^cpk_/),
      unchanged: async (name) => expect(await sql(t, `SELECT 1 FROM api_key WHERE name = $1`, [name])).toEqual([]),
    },
    {
      name: 'revokeApiKey',
      allowed: ADMIN_ONLY,
      prepare: async () =>
        (await t.client.ok(Q.createApiKey, { input: { name: `Key ${randomUUID()}`, role: 'VIEWER' } }, asAdmin())).createApiKey.apiKey.id,
      run: (a, apiKeyId) => t.client.request(Q.revokeApiKey, { input: { apiKeyId } }, a),
      worked: async (_r, id) => expect((await apiKey(id)).revokedAt).not.toBeNull(),
      unchanged: async (id) => expect((await apiKey(id)).revokedAt).toBeNull(),
    },
    {
      name: 'issuePasswordReset',
      allowed: ADMIN_ONLY,
      prepare: async () => (await addMember(t.client, org, 'VIEWER')).userId,
      run: (a, userId) => t.client.request(Q.issuePasswordReset, { input: { userId } }, a),
      worked: (r) => expect(r.data.issuePasswordReset.token).toEqual(expect.any(String)),
      unchanged: async (userId) => expect(await sql(t, `SELECT 1 FROM password_reset WHERE user_id = $1`, [userId])).toEqual([]),
    },
    {
      name: 'updateOrganisation',
      allowed: ADMIN_ONLY,
      prepare: async () => (await t.client.ok(Q.organisation, {}, asAdmin())).organisation.version,
      run: (a, version) =>
        t.client.request(Q.updateOrganisation, { input: { version, name: 'Policy Council', timeZone: 'Europe/London' } }, a),
      worked: (r, version) => expect(r.data.updateOrganisation.version).toBe(version + 1),
      unchanged: async (version) => expect((await t.client.ok(Q.organisation, {}, asAdmin())).organisation.version).toBe(version),
    },
  ];

  describe.each(operations)('$name', (operation) => {
    it.each(ROLES.map((role) => [role, operation.allowed.includes(role) ? 'allowed' : 'FORBIDDEN']))('%s: %s', async (role) => {
      const target = await operation.prepare?.();
      const result = await operation.run(as(role as RoleName), target);
      if (operation.allowed.includes(role as RoleName)) {
        expect(result.errors).toBeUndefined();
        await operation.worked(result, target);
      } else {
        expect(result.data ?? null).toBeNull();
        expect(codeOf(result.errors![0])).toEqual({ code: 'FORBIDDEN' });
        await operation.unchanged?.(target);
      }
    });
  });

  it('lets every role leave, and every signed-in person read `me` and create an organisation', async () => {
    for (const role of ROLES) {
      expect((await t.client.ok(Q.me, {}, { token: people[role].token })).me.memberships.map((m: { role: string }) => m.role)).toEqual([
        role,
      ]);
      const leaving = await addMember(t.client, org, role);
      const left = await t.client.ok(Q.leaveOrganisation, {}, { token: leaving.token, organisationId: org.id });
      expect(left.leaveOrganisation).toEqual({ id: leaving.membershipId, role });
    }
    const created = await t.client.ok(Q.createOrganisation, { input: { name: 'Viewer’s Own Council' } }, { token: people.VIEWER.token });
    const me = await t.client.ok(Q.me, {}, { token: people.VIEWER.token });
    expect(me.me.memberships).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'ADMIN', organisation: expect.objectContaining({ id: created.createOrganisation.id }) }),
      ]),
    );
    // Being ADMIN there gives nothing here.
    expect(codeOf(await t.client.fails(Q.inviteMember, { input: { email: uniqueEmail('Z'), role: 'VIEWER' } }, as('VIEWER')))).toEqual({
      code: 'FORBIDDEN',
    });
  });

  it('needs no session for the public operations', async () => {
    const email = uniqueEmail('Public');
    const up = await t.client.request(Q.signUp, { input: { email, password: PASSWORD, displayName: 'Public Person' } });
    expect(up.errors).toBeUndefined();
    expect((await t.client.request(Q.signIn, { input: { email, password: PASSWORD } })).errors).toBeUndefined();
  });

  describe('a consultant in two organisations', () => {
    let consultant: Member;
    let second: Org;
    let third: Org;
    beforeAll(async () => {
      second = await newOrganisation(t.client, 'Second Client Council');
      third = await newOrganisation(t.client, 'Third Council');
      consultant = await addMember(t.client, second, 'CONSULTANT', 'Roaming Consultant');
      const invited = await t.client.ok(Q.inviteMember, { input: { email: consultant.email, role: 'VIEWER' } }, asAdmin(other));
      await t.client.ok(Q.acceptInvitation, { input: { token: invited.inviteMember.token } }, { token: consultant.token });
    });

    it('must say which organisation a request is for', async () => {
      for (const [query, variables] of [
        [Q.organisation, {}],
        [Q.members, {}],
        [Q.history, { first: 5 }],
        [Q.leaveOrganisation, {}],
      ] as const) {
        const error = await t.client.fails(query, variables, { token: consultant.token });
        expect(codeOf(error)).toEqual({ code: 'BAD_USER_INPUT', fields: ['X-Organisation-Id'] });
      }
      // Nothing was left.
      expect((await t.client.ok(Q.me, {}, { token: consultant.token })).me.memberships).toHaveLength(2);
      const malformed = await t.client.fails(Q.organisation, {}, { token: consultant.token, organisationId: 'second' });
      expect(codeOf(malformed)).toEqual({ code: 'BAD_USER_INPUT', fields: ['X-Organisation-Id'] });
    });

    it('sees only the organisation it names, with the role held there', async () => {
      for (const [target, role] of [
        [second, 'CONSULTANT'],
        [other, 'VIEWER'],
      ] as const) {
        const scoped = { token: consultant.token, organisationId: target.id };
        const data = await t.client.ok(
          `{ organisation { id } members(first: 100) { edges { node { id organisation { id } user { id } } } } }`,
          {},
          scoped,
        );
        expect(data.organisation.id).toBe(target.id);
        const adminsView = await t.client.ok(Q.members, {}, asAdmin(target));
        expect(data.members.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(
          adminsView.members.edges.map((e: { node: { id: string } }) => e.node.id).sort(),
        );
        expect(data.members.edges.every((e: { node: { organisation: { id: string } } }) => e.node.organisation.id === target.id)).toBe(
          true,
        );
        const history = await historyOf(t.client, scoped);
        expect(history.map((e) => e.id)).toEqual((await historyOf(t.client, asAdmin(target))).map((e) => e.id));
        // The role is the one held in that organisation: VIEWER there cannot invite, CONSULTANT neither.
        expect(
          codeOf(
            await t.client.fails(
              Q.inviteMember,
              { input: { email: uniqueEmail('X'), role: role === 'VIEWER' ? 'VIEWER' : 'CONTRIBUTOR' } },
              scoped,
            ),
          ),
        ).toEqual({ code: 'FORBIDDEN' });
      }
    });

    it('answers NOT_FOUND for an organisation it does not belong to, as for one that does not exist', async () => {
      const notMine = await t.client.fails(Q.organisation, {}, { token: consultant.token, organisationId: third.id });
      const nowhere = await t.client.fails(Q.organisation, {}, { token: consultant.token, organisationId: randomUUID() });
      expect(codeOf(notMine)).toEqual({ code: 'NOT_FOUND' });
      expect(codeOf(nowhere)).toEqual({ code: 'NOT_FOUND' });
      expect(notMine.message.replace(third.id, '<id>')).toBe(nowhere.message.replace(/[0-9a-f-]{36}/, '<id>'));
      // Writes too: an ADMIN elsewhere is not an ADMIN here.
      const email = uniqueEmail('Crossing');
      const write = await t.client.fails(
        Q.inviteMember,
        { input: { email, role: 'VIEWER' } },
        { token: org.admin.token, organisationId: third.id },
      );
      expect(codeOf(write)).toEqual({ code: 'NOT_FOUND' });
      expect(await sql(t, `SELECT 1 FROM invitation WHERE email = $1`, [email])).toEqual([]);
    });
  });

  describe("another organisation's ids", () => {
    // Things that belong to `other`, which `org`'s ADMIN (by session or by ADMIN key) must not reach.
    let theirs: { member: Member; invitationId: string; apiKeyId: string; apiKeySecret: string };
    let adminKey: string;
    beforeAll(async () => {
      const member = await addMember(t.client, other, 'CONTRIBUTOR');
      const invitationId = (await t.client.ok(Q.inviteMember, { input: { email: uniqueEmail('Theirs'), role: 'VIEWER' } }, asAdmin(other)))
        .inviteMember.invitation.id;
      const key = (await t.client.ok(Q.createApiKey, { input: { name: 'Their key', role: 'VIEWER' } }, asAdmin(other))).createApiKey;
      theirs = { member, invitationId, apiKeyId: key.apiKey.id, apiKeySecret: key.secret };
      adminKey = (await t.client.ok(Q.createApiKey, { input: { name: 'Our admin key', role: 'ADMIN' } }, asAdmin())).createApiKey.secret;
    });

    const attempts = () =>
      [
        ['changeMemberRole', Q.changeMemberRole, { membershipId: theirs.member.membershipId, role: 'ADMIN' }],
        ['removeMember', Q.removeMember, { membershipId: theirs.member.membershipId }],
        ['revokeInvitation', Q.revokeInvitation, { invitationId: theirs.invitationId }],
        ['revokeApiKey', Q.revokeApiKey, { apiKeyId: theirs.apiKeyId }],
        ['issuePasswordReset', Q.issuePasswordReset, { userId: theirs.member.userId }],
      ] as const;

    it('answers NOT_FOUND for every operation that takes an id, by session or by key, and changes nothing', async () => {
      const historyBefore = (await historyOf(t.client, asAdmin(other))).map((e) => e.id);
      for (const caller of [asAdmin(), { apiKey: adminKey }]) {
        for (const [name, mutation, input] of attempts()) {
          // A key never issues reset links, whoever they are for.
          const code = 'apiKey' in caller && name === 'issuePasswordReset' ? 'FORBIDDEN' : 'NOT_FOUND';
          const result = await t.client.request(mutation, { input }, caller);
          expect([name, codeOf(result.errors![0])]).toEqual([name, { code }]);
          // The same answer as for an id that exists nowhere.
          const random = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, k === 'role' ? v : randomUUID()]));
          const nowhere = await t.client.request(mutation, { input: random }, caller);
          expect([name, codeOf(nowhere.errors![0])]).toEqual([name, { code }]);
        }
      }

      const theirMembers = (await t.client.ok(Q.members, {}, asAdmin(other))).members.edges.map(
        (e: { node: { id: string; role: string } }) => e.node,
      );
      expect(theirMembers).toContainEqual(expect.objectContaining({ id: theirs.member.membershipId, role: 'CONTRIBUTOR' }));
      const theirInvitation = (await t.client.ok(Q.invitations, {}, asAdmin(other))).invitations.edges.find(
        (e: { node: { id: string } }) => e.node.id === theirs.invitationId,
      ).node;
      expect(theirInvitation.revokedAt).toBeNull();
      expect((await t.client.ok(Q.organisation, {}, { apiKey: theirs.apiKeySecret })).organisation.id).toBe(other.id);
      expect(await sql(t, `SELECT 1 FROM password_reset WHERE user_id = $1`, [theirs.member.userId])).toEqual([]);
      expect((await t.client.ok(Q.me, {}, { token: theirs.member.token })).me.id).toBe(theirs.member.userId);
      expect((await historyOf(t.client, asAdmin(other))).map((e) => e.id)).toEqual(historyBefore);
    });

    it("will not give one organisation's ADMIN a reset link for someone who also belongs to another", async () => {
      // A reset link hands its holder the whole account, and with it the person's access in
      // every organisation: an ADMIN of one must not get that for a consultant who also works elsewhere.
      const shared = await addMember(t.client, other, 'CONSULTANT', 'Shared Consultant');
      const invited = await t.client.ok(Q.inviteMember, { input: { email: shared.email, role: 'CONSULTANT' } }, asAdmin());
      await t.client.ok(Q.acceptInvitation, { input: { token: invited.inviteMember.token } }, { token: shared.token });

      for (const caller of [asAdmin(), { apiKey: adminKey }]) {
        const refused = await t.client.request(Q.issuePasswordReset, { input: { userId: shared.userId } }, caller);
        expect(codeOf(refused.errors![0])).toEqual({ code: 'FORBIDDEN' });
      }
      expect(await sql(t, `SELECT 1 FROM password_reset WHERE user_id = $1`, [shared.userId])).toEqual([]);

      // Someone who is ADMIN of both organisations may.
      await t.client
        .ok(Q.inviteMember, { input: { email: org.admin.email, role: 'ADMIN' } }, asAdmin(other))
        .then((r) => t.client.ok(Q.acceptInvitation, { input: { token: r.inviteMember.token } }, { token: org.admin.token }));
      const allowed = await t.client.ok(Q.issuePasswordReset, { input: { userId: shared.userId } }, asAdmin());
      expect(allowed.issuePasswordReset.token).toEqual(expect.any(String));
    });
  });

  describe('access rules on the running schema', () => {
    it('declares @Can, @SignedIn or @Public on the resolver of every Query, Mutation and Subscription field', () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
        type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
      );
      expect(rootFields.length).toBeGreaterThan(15);

      // Every resolver method the app registered, by the root field it serves.
      const handlers = new Map<string, { method: string; access: Access | undefined }>();
      for (const module of t.app.get(ModulesContainer).values()) {
        for (const wrapper of module.providers.values()) {
          const instance = wrapper.instance as object | undefined;
          if (!instance || typeof instance !== 'object') continue;
          const prototype = Object.getPrototypeOf(instance);
          for (const name of Object.getOwnPropertyNames(prototype)) {
            const method = name === 'constructor' ? undefined : Object.getOwnPropertyDescriptor(prototype, name)?.value;
            if (typeof method !== 'function') continue;
            const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method);
            if (!['Query', 'Mutation', 'Subscription'].includes(rootType)) continue;
            const field = Reflect.getMetadata(RESOLVER_NAME_METADATA, method) ?? name;
            // As the guard reads it: the method's rule, else the class's.
            const access = Reflect.getMetadata(ACCESS_KEY, method) ?? Reflect.getMetadata(ACCESS_KEY, prototype.constructor);
            handlers.set(`${rootType}.${field}`, { method: `${prototype.constructor.name}.${name}`, access });
          }
        }
      }

      expect(rootFields.filter((field) => !handlers.has(field))).toEqual([]);
      const valid = (access: Access | undefined) =>
        access?.kind === 'public' ||
        access?.kind === 'signedIn' ||
        (access?.kind === 'action' && Object.values(Action).includes(access.action));
      const undeclared = rootFields
        .filter((field) => !valid(handlers.get(field)!.access))
        .map((field) => `${field} (${handlers.get(field)!.method})`);
      expect(undeclared).toEqual([]);

      // And the identity operations carry the rule this file tests them against.
      const rules = Object.fromEntries(rootFields.map((field) => [field, handlers.get(field)!.access]));
      for (const field of ['Query.me', 'Mutation.createOrganisation']) expect(rules[field]).toEqual({ kind: 'signedIn' });
      for (const field of ['Mutation.signUp', 'Mutation.signIn', 'Mutation.resetPassword', 'Mutation.acceptInvitation'])
        expect(rules[field]).toEqual({ kind: 'public' });
    });
  });
});
