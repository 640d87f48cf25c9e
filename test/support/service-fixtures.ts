import { randomUUID } from 'node:crypto';
import { RequestContext, Role } from '@app/common';
import type { Database } from '@app/database';
import { type Pilot, PilotsService } from '@app/pilots';
import { ProgrammesService } from '@app/programmes';
import type { PilotMove, PilotStatus as WorkflowPilotStatus } from '@app/workflow';
import type { TestingModule } from '@nestjs/testing';
import { ownerQuery } from './service-module';

/**
 * Setup for service specs, written as the tables' owner (outside the tenancy wall): an
 * organisation with one member, and the context that member's requests would carry.
 */

/** A person, with no organisation yet. */
export async function newUser(db: Database, name = 'Pat'): Promise<{ id: string; email: string }> {
  const email = `${randomUUID()}@example.org`;
  const [user] = await ownerQuery(
    db,
    `INSERT INTO app_user (email, display_name, password_hash, tokens_valid_after) VALUES ($1, $2, 'x', 'epoch') RETURNING id`,
    [email, name],
  );
  return { id: user.id, email };
}

/** Makes `userId` a member of the organisation with `role`; answers the membership's id. */
export async function addMember(db: Database, organisationId: string, userId: string, role: Role): Promise<string> {
  const [row] = await ownerQuery(db, `INSERT INTO membership (organisation_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [
    organisationId,
    userId,
    role,
  ]);
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
  const [org] = await ownerQuery(
    db,
    `INSERT INTO organisation (name, time_zone, currency, version) VALUES ($1, 'Europe/London', 'GBP', 1) RETURNING id`,
    [name],
  );
  const user = await newUser(db);
  await addMember(db, org.id, user.id, role);
  return actingAs(user.id, org.id, role);
}

/** The history events whose payload names `id` under `key` (e.g. 'participantId'), oldest first, with who acted. */
export function eventsAbout(
  db: Database,
  key: string,
  id: string,
): Promise<
  Array<{ type: string; programmeId: string | null; actorType: string; actorUserId: string | null; payload: Record<string, unknown> }>
> {
  return ownerQuery(
    db,
    `SELECT type, programme_id AS "programmeId", actor_type AS "actorType", actor_user_id AS "actorUserId", payload FROM event WHERE payload->>$1 = $2 ORDER BY id`,
    [key, id],
  );
}

/** The lifecycle moves that take a new pilot (PROPOSED) to each status. */
const MOVES_TO: Record<WorkflowPilotStatus, PilotMove[]> = {
  PROPOSED: [],
  APPROVED: [{ type: 'APPROVE' }],
  REJECTED: [{ type: 'REJECT', reason: 'the panel turned it down' }],
  RUNNING: [{ type: 'APPROVE' }, { type: 'START' }],
  EVALUATING: [{ type: 'APPROVE' }, { type: 'START' }, { type: 'BEGIN_EVALUATION' }],
  SCALE: [
    { type: 'APPROVE' },
    { type: 'START' },
    { type: 'BEGIN_EVALUATION' },
    { type: 'DECIDE', decision: 'SCALE', reason: 'the evaluation showed it worked' },
  ],
  STOP: [
    { type: 'APPROVE' },
    { type: 'START' },
    { type: 'BEGIN_EVALUATION' },
    { type: 'DECIDE', decision: 'STOP', reason: 'the evaluation showed it did not work' },
  ],
};

/**
 * A pilot in a new programme of the caller's organisation, taken through the real lifecycle to
 * `status`, for a module that includes PilotsModule (and so ProgrammesModule).
 */
export async function newPilot(
  module: TestingModule,
  ctx: RequestContext,
  status: WorkflowPilotStatus = 'PROPOSED',
  name = 'Reading circle',
): Promise<Pilot> {
  const programme = await module.get(ProgrammesService).create(ctx, { name: `${name} programme` });
  const pilots = module.get(PilotsService);
  let pilot = await pilots.create(ctx, { programmeId: programme.id, name });
  for (const move of MOVES_TO[status]) pilot = await pilots.move(ctx, { pilotId: pilot.id, version: pilot.version }, move);
  return pilot;
}

/** A service area of the organisation (written as the owner, as a migration or an import would), answering its id. */
export async function newServiceArea(db: Database, organisationId: string, name: string, position = 0, active = true): Promise<string> {
  const [row] = await ownerQuery(
    db,
    `INSERT INTO service_area (organisation_id, name, name_key, position, active, version) VALUES ($1, $2::text, lower($2::text), $3, $4, 1) RETURNING id`,
    [organisationId, name, position, active],
  );
  return row.id;
}
