import { Injectable } from '@nestjs/common';
import { BadInputError, ForbiddenError, NotFoundError, pageWindow, type PageArgs, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import type { EntityManager } from 'typeorm';
import { MembershipEntity } from './membership.entity';

/** A person's membership with what reminders need: who, where, in which role, and the organisation's time zone. */
export interface MemberInZone {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  timeZone: string;
  role: Role;
  joinedAt: Date;
}

@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
  ) {}

  async page(ctx: RequestContext, args: PageArgs): Promise<[MembershipEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.tenant(ctx, MembershipEntity).findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  forUser(ctx: RequestContext, userId: string): Promise<MembershipEntity[]> {
    return this.db.repo(ctx.across('MY_ORGANISATIONS'), MembershipEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Memberships with their people and organisations' zones, oldest first for each person: everyone's
   * for the reminder scheduler (on the NOTIFICATION_DIGEST path), or one person's own (MY_ORGANISATIONS).
   */
  membersInZones(ctx: RequestContext, userId?: string): Promise<MemberInZone[]> {
    return this.db.query<MemberInZone>(
      ctx,
      `SELECT m.user_id AS "userId", u.email, u.display_name AS "displayName", m.organisation_id AS "organisationId",
              o.name AS "organisationName", o.time_zone AS "timeZone", m.role, m.created_at AS "joinedAt"
         FROM membership m JOIN organisation o ON o.id = m.organisation_id JOIN app_user u ON u.id = m.user_id
        WHERE $1::uuid IS NULL OR m.user_id = $1::uuid
        ORDER BY m.user_id, m.created_at, m.organisation_id`,
      [userId ?? null],
    );
  }

  /** The organisations a person belongs to now, with their names, oldest membership first: one statement. */
  organisationsOf(ctx: RequestContext, userId: string): Promise<Array<{ id: string; name: string }>> {
    return this.db.query<{ id: string; name: string }>(
      ctx.across('MY_ORGANISATIONS'),
      `SELECT o.id, o.name FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE m.user_id = $1 ORDER BY m.created_at, o.id`,
      [userId],
    );
  }

  async isMember(ctx: RequestContext, userId: string): Promise<boolean> {
    return this.db.tenant(ctx, MembershipEntity).existsBy({ userId });
  }

  async changeRole(ctx: RequestContext, membershipId: string, role: Role): Promise<MembershipEntity> {
    return this.db.transaction(ctx, async (em) => {
      const membership = await this.lockedForChange(em, ctx, membershipId);
      if (membership.role === role) return membership;
      if (membership.role === Role.ADMIN)
        await this.refuseIfLastAdmin(em, ctx, 'input.role', 'cannot demote the last ADMIN; make someone else ADMIN first');
      const previousRole = membership.role;
      membership.role = role;
      await this.db.tenant(ctx, MembershipEntity).save(membership);
      await this.history.record(ctx, {
        type: 'MEMBER_ROLE_CHANGED',
        payload: { membershipId, userId: membership.userId, from: previousRole, to: role },
      });
      return membership;
    });
  }

  /** Removes a member (an ADMIN removing someone, or a member leaving). */
  async remove(ctx: RequestContext, membershipId: string, field = 'input.membershipId'): Promise<MembershipEntity> {
    return this.db.transaction(ctx, async (em) => {
      const membership = await this.lockedForChange(em, ctx, membershipId);
      if (membership.role === Role.ADMIN)
        await this.refuseIfLastAdmin(
          em,
          ctx,
          field,
          'is the last ADMIN, who can neither leave nor be removed; make someone else ADMIN first',
        );
      await this.db.tenant(ctx, MembershipEntity).delete({ id: membership.id });
      await this.history.record(ctx, {
        type: membership.userId === ctx.userIdOrNull ? 'MEMBER_LEFT' : 'MEMBER_REMOVED',
        payload: { membershipId, userId: membership.userId, role: membership.role },
      });
      return membership;
    });
  }

  async leave(ctx: RequestContext): Promise<MembershipEntity> {
    if (ctx.actor.kind !== 'user')
      throw new ForbiddenError('This needs a signed-in person, not an API key; an ADMIN revokes a key instead');
    const own = await this.db.tenant(ctx, MembershipEntity).findOneBy({ userId: ctx.userId });
    if (!own) throw new NotFoundError('Membership');
    return this.remove(ctx, own.id, 'organisation');
  }

  /** Joins `userId` to the request's organisation, in the request's transaction. */
  async add(ctx: RequestContext, userId: string, role: Role): Promise<MembershipEntity> {
    const memberships = this.db.tenant(ctx, MembershipEntity);
    const existing = await memberships.findOneBy({ userId });
    if (existing) return existing;
    const membership = await memberships.save(memberships.create({ userId, role }));
    await this.history.record(ctx, { type: 'MEMBER_ADDED', payload: { membershipId: membership.id, userId, role } });
    return membership;
  }

  private async lockedForChange(em: EntityManager, ctx: RequestContext, membershipId: string): Promise<MembershipEntity> {
    // The target and every ADMIN, locked in one statement in id order: two ADMINs changing each other
    // at once then wait in turn rather than deadlock, and the second sees what the first committed.
    await em.query(`SELECT id FROM membership WHERE organisation_id = $1 AND (id = $2 OR role = 'ADMIN') ORDER BY id FOR UPDATE`, [
      ctx.tenantId,
      membershipId,
    ]);
    const membership = await this.db.tenant(ctx, MembershipEntity).findOneBy({ id: membershipId });
    if (!membership) throw new NotFoundError('Membership', membershipId);
    return membership;
  }

  /** Locks every ADMIN row of the organisation, so two admins demoting each other cannot both succeed. */
  private async refuseIfLastAdmin(em: EntityManager, ctx: RequestContext, field: string, message: string): Promise<void> {
    const admins = await em.query(`SELECT id FROM membership WHERE organisation_id = $1 AND role = 'ADMIN' FOR UPDATE`, [ctx.tenantId]);
    if (admins.length <= 1) throw BadInputError.field(field, message);
  }
}
