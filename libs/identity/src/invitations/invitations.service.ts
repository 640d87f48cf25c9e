import { Injectable } from '@nestjs/common';
import { BadInputError, ForbiddenError, NotFoundError, pageWindow, type PageArgs, type RequestContext, UnauthenticatedError } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { AuthService, type IssuedToken } from '../auth/auth.service';
import { PASSWORD_RULE } from '../auth/auth.inputs';
import { newSecret, sha256, verifyPassword } from '../auth/secrets';
import { MembershipsService } from '../memberships/memberships.service';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity } from './invitation.entity';
import type { AcceptInvitationInput, InviteMemberInput } from './invitation.inputs';

const INVITATION_DAYS = 14;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly auth: AuthService,
    private readonly memberships: MembershipsService,
  ) {}

  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<{ invitation: InvitationEntity; token: string; acceptUrl: string }> {
    return this.db.transaction(ctx, async (em) => {
      const email = input.email.trim().toLowerCase();
      const [alreadyMember] = await em.query(
        `SELECT 1 FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organisation_id = $1 AND u.email = $2`,
        [ctx.tenantId, email],
      );
      if (alreadyMember) throw BadInputError.field('input.email', 'already belongs to a member of this organisation');
      const token = newSecret();
      const repo = em.getRepository(InvitationEntity);
      const invitation = await repo.save(
        repo.create({
          organisationId: ctx.tenantId,
          email,
          role: input.role,
          tokenHash: sha256(token),
          invitedBy: ctx.userIdOrNull,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
          acceptedAt: null,
          revokedAt: null,
        }),
      );
      await this.history.record(ctx, { type: 'INVITATION_CREATED', payload: { invitationId: invitation.id, role: input.role } });
      return { invitation, token, acceptUrl: `${this.auth.publicUrl}/invitations/accept?token=${token}` };
    });
  }

  async page(ctx: RequestContext, args: PageArgs): Promise<[InvitationEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.repo(ctx, InvitationEntity).findAndCount({
      where: { organisationId: ctx.tenantId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<InvitationEntity> {
    return this.db.transaction(ctx, async (em) => {
      const repo = em.getRepository(InvitationEntity);
      const invitation = await repo.findOneBy({ id: invitationId, organisationId: ctx.tenantId });
      if (!invitation) throw new NotFoundError('Invitation', invitationId);
      if (invitation.acceptedAt) throw BadInputError.field('input.invitationId', 'has already been accepted');
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await repo.save(invitation);
        await this.history.record(ctx, { type: 'INVITATION_REVOKED', payload: { invitationId } });
      }
      return invitation;
    });
  }

  /** Accepting signs in (or signs up) and creates the membership, once. */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<IssuedToken> {
    return this.db.transaction(ctx, async (em) => {
      // For UPDATE, TypeORM's query() answers [rows, rowCount], not the rows.
      const [[claimed]] = await em.query(
        `UPDATE invitation SET accepted_at = now()
          WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING id, organisation_id, email, role`,
        [sha256(input.token)],
      );
      if (!claimed) throw BadInputError.field('input.token', 'is not a valid invitation: it may have been used, revoked or expired');

      const user = await this.acceptingUser(ctx, claimed.email, input);
      ctx.organisationId = claimed.organisation_id;
      await this.memberships.add(ctx, em, user.id, claimed.role);
      await this.history.record(ctx, { type: 'INVITATION_ACCEPTED', payload: { invitationId: claimed.id, userId: user.id } });
      return this.auth.issue(user);
    });
  }

  private async acceptingUser(ctx: RequestContext, email: string, input: AcceptInvitationInput): Promise<UserEntity> {
    const users = this.db.repo(ctx, UserEntity);
    if (ctx.actor.kind === 'user') {
      const me = await users.findOneByOrFail({ id: ctx.actor.userId });
      if (me.email !== email) throw new ForbiddenError('This invitation was sent to another e-mail address');
      return me;
    }
    const existing = await users.findOneBy({ email });
    if (existing) {
      if (!input.password || !(await verifyPassword(input.password, existing.passwordHash))) {
        throw new UnauthenticatedError('An account with the invited address exists: give its password to accept');
      }
      return existing;
    }
    const problems = [];
    if (!input.password || input.password.length < PASSWORD_RULE.min) problems.push({ field: 'input.password', message: `must be at least ${PASSWORD_RULE.min} characters to create your account` });
    if (!input.displayName?.trim()) problems.push({ field: 'input.displayName', message: 'is needed to create your account' });
    if (problems.length) throw new BadInputError(problems);
    return this.auth.createUser(ctx, { email, password: input.password!, displayName: input.displayName! });
  }
}
