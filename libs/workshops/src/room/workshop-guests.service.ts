import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BadInputError, clientNetwork, InvalidTransitionError, type RequestContext, UnauthenticatedError } from '@app/common';
import { Database, tenantRepository } from '@app/database';
import { HistoryService } from '@app/history';
import { newSecret, sha256, SignInThrottle } from '@app/identity';
import { ProgrammesService } from '@app/programmes';
import {
  formatJoinCode,
  GUEST_NOTES_MAX,
  GUEST_PASS_HOURS,
  JOIN_CODE_HOURS,
  JOIN_CODE_LENGTH,
  joinCodeFrom,
  normaliseJoinCode,
  workshopRoomRefusal,
  type WorkshopStatus,
} from '@app/workflow';
import type { EntityManager } from 'typeorm';
import { WorkshopOutputsService } from '../outputs/workshop-outputs.service';
import { openWorkshop, recordWorkshopEvent } from '../workshops/workshop-writes';
import type { GuestNoteInput, JoinWorkshopInput } from './room.inputs';
import type { GuestNote, WorkshopGuest, WorkshopJoinCode } from './room.model';
import { WorkshopGuestEntity } from './workshop-guest.entity';

const PASS_PREFIX = 'wsg_';

/**
 * The guest's context in the workshop's organisation: anonymous and with no role, whatever
 * credentials the request also carried, so a guest's joining, note or ballot is never recorded
 * as a member of another organisation (nor takes their role there).
 */
function asGuest(ctx: RequestContext, organisationId: string): RequestContext {
  return Object.create(ctx.within(organisationId), {
    actor: { value: { kind: 'anonymous' }, enumerable: true },
    role: { value: null, enumerable: true },
  }) as RequestContext;
}

const codeMatchesNoWorkshop = () =>
  BadInputError.field(
    'input.code',
    'matches no workshop open to guests: check it with the facilitator (a code stops working when a new one is shown or the workshop ends)',
  );
const HOUR_MS = 3_600_000;

/** A guest whose pass has just been checked, and the context that acts for them in the workshop's organisation. */
export interface Guest {
  id: string;
  workshopId: string;
  programmeId: string;
  displayName: string;
  expiresAt: Date;
  ctx: RequestContext;
}

/**
 * People in the room without an account. A running workshop shows a join code (only its hash is
 * kept); joining with it and a display name gives a pass for that one workshop, which is the
 * guest's only credential: every guest operation takes it, and it answers nothing but that
 * workshop's room. Passes last GUEST_PASS_HOURS at most and end with the workshop. Wrong codes
 * count against the caller's network in the sign-in throttle, so codes cannot be guessed in bulk.
 */
@Injectable()
export class WorkshopGuestsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly programmes: ProgrammesService,
    private readonly throttle: SignInThrottle,
    private readonly outputs: WorkshopOutputsService,
  ) {}

  /** A new join code for a running workshop; any earlier code stops working. */
  openJoining(ctx: RequestContext, workshopId: string): Promise<WorkshopJoinCode> {
    return this.db.transaction(ctx, async (em) => {
      const workshop = await openWorkshop(this.programmes, em, ctx, workshopId, workshopRoomRefusal);
      const code = joinCodeFrom(Array.from({ length: JOIN_CODE_LENGTH }, () => randomInt(32)));
      const expiresAt = new Date(Date.now() + JOIN_CODE_HOURS * HOUR_MS);
      await em.query(`UPDATE workshop SET join_code_hash = $3, join_code_expires_at = $4 WHERE organisation_id = $1 AND id = $2`, [
        ctx.tenantId,
        workshop.id,
        sha256(code),
        expiresAt,
      ]);
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_JOINING_OPENED', { expiresAt: expiresAt.toISOString() });
      return { code: formatJoinCode(code), expiresAt };
    });
  }

  /** No one else may join; guests already in keep their passes. */
  closeJoining(ctx: RequestContext, workshopId: string): Promise<void> {
    return this.db.transaction(ctx, async (em) => {
      const workshop = await openWorkshop(this.programmes, em, ctx, workshopId, null);
      await this.clearCode(em, ctx, workshop.id);
      await recordWorkshopEvent(this.history, ctx, workshop, 'WORKSHOP_JOINING_CLOSED', {});
    });
  }

  /** Called as the workshop leaves the room (it ends): the code and every pass stop working, the names stay for the record. */
  async closeRoom(em: EntityManager, ctx: RequestContext, workshopId: string): Promise<void> {
    await this.clearCode(em, ctx, workshopId);
    await em.query(`UPDATE workshop_guest SET pass_hash = NULL WHERE organisation_id = $1 AND workshop_id = $2`, [
      ctx.tenantId,
      workshopId,
    ]);
  }

  /** Joins with a code: the pass (shown once) and the guest it belongs to. */
  async join(ctx: RequestContext, input: JoinWorkshopInput): Promise<{ pass: string; guest: Guest }> {
    const client = clientNetwork(ctx.clientAddress);
    await this.throttle.refuseIfBlocked(ctx, client);
    const code = normaliseJoinCode(input.code);
    if (!code) throw BadInputError.field('input.code', 'is not a join code: it has 10 letters and digits, like ABCDE-FGHJK');
    const [found] = await this.db.query<{ id: string; organisationId: string; status: WorkshopStatus }>(
      ctx.across('WORKSHOP_GUESTS'),
      `SELECT id, organisation_id AS "organisationId", status FROM workshop WHERE join_code_hash = $1 AND join_code_expires_at > now()`,
      [sha256(code)],
    );
    if (!found) {
      await this.throttle.clientFailed(ctx, client);
      throw codeMatchesNoWorkshop();
    }
    const refusal = workshopRoomRefusal(found.status);
    if (refusal) throw new InvalidTransitionError(refusal);

    const inside = asGuest(ctx, found.organisationId);
    const pass = newSecret(PASS_PREFIX);
    return this.db.transaction(inside, async (em) => {
      const workshop = await openWorkshop(this.programmes, em, inside, found.id, workshopRoomRefusal);
      // Asked again under the workshop's lock: a close or a new code committed since the look-up above must win.
      if (workshop.joinCodeHash !== sha256(code)) throw codeMatchesNoWorkshop();
      const guests = tenantRepository(em, inside, WorkshopGuestEntity);
      const saved = await guests.save(
        guests.create({
          workshopId: workshop.id,
          displayName: input.displayName.trim(),
          passHash: sha256(pass),
          passExpiresAt: new Date(Date.now() + GUEST_PASS_HOURS * HOUR_MS),
        }),
      );
      // The guest's id only: the name they chose stays with the workshop, not in the history.
      await recordWorkshopEvent(this.history, inside, workshop, 'WORKSHOP_GUEST_JOINED', { guestId: saved.id });
      return {
        pass,
        guest: {
          id: saved.id,
          workshopId: workshop.id,
          programmeId: workshop.programmeId,
          displayName: saved.displayName,
          expiresAt: saved.passExpiresAt,
          ctx: inside,
        },
      };
    });
  }

  /** The guest a pass belongs to, while it is valid and its workshop runs; UNAUTHENTICATED otherwise. */
  async guestFor(ctx: RequestContext, pass: string): Promise<Guest> {
    const guest = await this.findPass(ctx, pass);
    if (!guest)
      throw new UnauthenticatedError('Your pass to this workshop has ended or was never valid: join again with the code the room shows');
    return guest;
  }

  /** Whether the pass still opens its workshop's room. */
  async passValid(ctx: RequestContext, pass: string): Promise<boolean> {
    return (await this.findPass(ctx, pass)) !== null;
  }

  /** A guest's note, captured as a NOTE output of the workshop with the guest as its author. */
  addNote(guest: Guest, input: GuestNoteInput): Promise<GuestNote> {
    const ctx = guest.ctx;
    return this.db.transaction(ctx, async (em) => {
      // Counted under the workshop's lock (capture takes it too), so a burst cannot pass the cap.
      await openWorkshop(this.programmes, em, ctx, guest.workshopId, workshopRoomRefusal);
      const [{ notes }] = await em.query(
        `SELECT count(*)::int AS notes FROM workshop_output WHERE organisation_id = $1 AND workshop_id = $2 AND guest_id = $3`,
        [ctx.tenantId, guest.workshopId, guest.id],
      );
      if (notes >= GUEST_NOTES_MAX)
        throw new InvalidTransitionError(
          `You have added ${GUEST_NOTES_MAX} notes, the most one guest may add: tell the facilitator the rest.`,
        );
      const [note] = await this.outputs.capture(
        ctx,
        { workshopId: guest.workshopId, outputs: [{ kind: 'NOTE', text: input.text }] },
        { guestId: guest.id },
      );
      return { id: note.id, text: note.text };
    });
  }

  /** The guests of these workshops, in the order they joined (Workshop.guests). */
  guestsOf(ctx: RequestContext, workshopIds: readonly string[]): Promise<WorkshopGuest[]> {
    if (!workshopIds.length) return Promise.resolve([]);
    return this.db.query<WorkshopGuest>(
      ctx,
      `SELECT id, workshop_id AS "workshopId", display_name AS "displayName", created_at AS "joinedAt"
         FROM workshop_guest WHERE organisation_id = $1 AND workshop_id = ANY($2::uuid[]) ORDER BY workshop_id, created_at, id`,
      [ctx.tenantId, [...new Set(workshopIds)]],
    );
  }

  /** Display names of these guests (for named votes and the outputs they added). */
  async namesOf(ctx: RequestContext, guestIds: readonly string[]): Promise<Map<string, string>> {
    if (!guestIds.length) return new Map();
    const rows = await this.db.query<{ id: string; displayName: string }>(
      ctx,
      `SELECT id, display_name AS "displayName" FROM workshop_guest WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [ctx.tenantId, [...new Set(guestIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  private async findPass(ctx: RequestContext, pass: string): Promise<Guest | null> {
    if (!pass.startsWith(PASS_PREFIX)) return null;
    const [row] = await this.db.query<{
      id: string;
      organisationId: string;
      workshopId: string;
      programmeId: string;
      displayName: string;
      expiresAt: Date;
    }>(
      ctx.across('WORKSHOP_GUESTS'),
      `SELECT g.id, g.organisation_id AS "organisationId", g.workshop_id AS "workshopId", w.programme_id AS "programmeId",
              g.display_name AS "displayName", g.pass_expires_at AS "expiresAt"
         FROM workshop_guest g JOIN workshop w ON w.id = g.workshop_id AND w.organisation_id = g.organisation_id
        WHERE g.pass_hash = $1 AND g.pass_expires_at > now() AND w.status = 'RUNNING'`,
      [sha256(pass)],
    );
    if (!row) return null;
    const { organisationId, ...guest } = row;
    return { ...guest, ctx: asGuest(ctx, organisationId) };
  }

  private async clearCode(em: EntityManager, ctx: RequestContext, workshopId: string): Promise<void> {
    await em.query(`UPDATE workshop SET join_code_hash = NULL, join_code_expires_at = NULL WHERE organisation_id = $1 AND id = $2`, [
      ctx.tenantId,
      workshopId,
    ]);
  }
}
