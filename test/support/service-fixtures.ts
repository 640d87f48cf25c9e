import { randomUUID } from 'node:crypto';
import { RequestContext, Role } from '@app/common';
import type { Database } from '@app/database';
import { ownerQuery } from './service-module';

/**
 * Setup for service specs, written as the tables' owner (outside the tenancy wall): an
 * organisation with one member, and the context that member's requests would carry.
 */

/** A person, with no organisation yet. */
export async function newUser(db: Database, name = 'Pat'): Promise<{ id: string; email: string }> {
  const email = `${randomUUID()}@example.org`;
  const [user] = await ownerQuery(db, `INSERT INTO app_user (email, display_name, password_hash, tokens_valid_after) VALUES ($1, $2, 'x', 'epoch') RETURNING id`, [
    email,
    name,
  ]);
  return { id: user.id, email };
}

/** Makes `userId` a member of the organisation with `role`; answers the membership's id. */
export async function addMember(db: Database, organisationId: string, userId: string, role: Role): Promise<string> {
  const [row] = await ownerQuery(db, `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [organisationId, userId, role]);
  return row.id;
}

/** The context of a request by `userId` in the organisation, as the policy guard would leave it. */
export function actingAs(userId: string, organisationId: string, role: Role): RequestContext {
  const ctx = new RequestContext(randomUUID());
  ctx.actor = { kind: 'user', userId };
  ctx.organisationId = organisationId;
  ctx.role = role;
  return ctx;
}

/** A new organisation and one member of it with `role`: the context of that member's requests. */
export async function newOrganisation(db: Database, role = Role.ADMIN, name = 'Org'): Promise<RequestContext> {
  const [org] = await ownerQuery(db, `INSERT INTO organisation (name, time_zone, currency, version) VALUES ($1, 'Europe/London', 'GBP', 1) RETURNING id`, [name]);
  const user = await newUser(db);
  await addMember(db, org.id, user.id, role);
  return actingAs(user.id, org.id, role);
}
