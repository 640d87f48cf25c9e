import { Injectable } from '@nestjs/common';
import {
  BadInputError,
  clientNetwork,
  ForbiddenError,
  NotFoundError,
  pageWindow,
  type PageArgs,
  type RequestContext,
  type Role,
} from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { type EntityManager, type FindOptionsWhere, IsNull, LessThan, LessThanOrEqual, MoreThan, MoreThanOrEqual, Not } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { PasswordWork } from '../auth/password-work';
import { newSecret, sha256 } from '../auth/secrets';
import { SignInThrottle } from '../auth/sign-in-throttle.service';
import type { MembershipEntity } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { UserEntity } from '../users/user.entity';
import { InvitationEntity } from './invitation.entity';
import type { AcceptInvitationInput, InviteMemberInput } from './invitation.inputs';
import { InvitationStatus, MAX_INVITATION_FAILURES } from './invitation.model';

const INVITATION_DAYS = 14;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly auth: AuthService,
    private readonly memberships: MembershipsService,
    private readonly throttle: SignInThrottle,
    private readonly passwords: PasswordWork,
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
      const invitations = this.db.tenant(ctx, InvitationEntity);
      const invitation = await invitations.save(
        invitations.create({
          email,
          role: input.role,
          tokenHash: sha256(token),
          invitedBy: ctx.userIdOrNull,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
          acceptedAt: null,
          revokedAt: null,
          failedAttempts: 0,
        }),
      );
      await this.history.record(ctx, { type: 'INVITATION_CREATED', payload: { invitationId: invitation.id, role: input.role } });
      return { invitation, token, acceptUrl: `${this.auth.publicUrl}/invitations/accept?token=${token}` };
    });
  }

  async page(ctx: RequestContext, args: PageArgs, status?: InvitationStatus, now = new Date()): Promise<[InvitationEntity[], number]> {
    const { offset, limit } = pageWindow(args);
    return this.db.tenant(ctx, InvitationEntity).findAndCount({
      where: status ? inStatus(status, now) : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  async revoke(ctx: RequestContext, invitationId: string): Promise<InvitationEntity> {
    return this.db.transaction(ctx, async () => {
      const invitations = this.db.tenant(ctx, InvitationEntity);
      const invitation = await invitations.findOneBy({ id: invitationId });
      if (!invitation) throw new NotFoundError('Invitation', invitationId);
      if (invitation.acceptedAt) throw BadInputError.field('input.invitationId', 'has already been accepted');
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await invitations.save(invitation);
        await this.history.record(ctx, { type: 'INVITATION_REVOKED', payload: { invitationId } });
      }
      return invitation;
    });
  }

  /**
   * Signed in, with the invited address: joins. Not signed in: creates an account for an
   * address that has none, and answers exactly as it would had the address an account (then
   * nothing changes, and the attempt counts as a failed sign-in and against the invitation).
   * No password is ever checked here and no session handed out: an existing account joins only
   * by signing in (throttled) and accepting as itself.
   */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<{ message: string; membership: MembershipEntity | null }> {
    if (ctx.actor.kind === 'apiKey') throw new ForbiddenError('An invitation is accepted by the person invited, not by an API key');
    if (ctx.actor.kind === 'user') return this.acceptSignedIn(ctx, ctx.actor.userId, input.token);
    return this.acceptWithNewAccount(ctx, input);
  }

  private async acceptSignedIn(
    ctx: RequestContext,
    userId: string,
    token: string,
  ): Promise<{ message: string; membership: MembershipEntity | null }> {
    // The failure is counted in a transaction that commits; the refusal comes after it.
    const outcome = await this.db.transaction(ctx, async (em) => {
      const invitation = await this.lockUsable(ctx, token);
      const me = await em.getRepository(UserEntity).findOneByOrFail({ id: userId });
      if (me.email !== invitation.email) {
        await this.countFailure(ctx, invitation);
        return null;
      }
      return { membership: await this.join(ctx, em, invitation, me.id), role: invitation.role };
    });
    if (!outcome) throw new ForbiddenError('This invitation was sent to another e-mail address: sign in as that address to accept it');
    return { message: `You have joined the organisation as ${outcome.role}.`, membership: outcome.membership };
  }

  private async acceptWithNewAccount(ctx: RequestContext, input: AcceptInvitationInput): Promise<{ message: string; membership: null }> {
    // Asked of everyone not signed in, whether or not the address has an account, so that the answer does not tell.
    const problems = [];
    if (!input.password)
      problems.push({
        field: 'input.password',
        message: 'is needed for your new account (if the invited address already has an account, sign in first)',
      });
    if (!input.displayName?.trim()) problems.push({ field: 'input.displayName', message: 'is needed for your new account' });
    if (problems.length) throw new BadInputError(problems);

    const [invitation] = await this.db.query<{ email: string }>(
      ctx.across('INVITATION_REDEMPTION'),
      `SELECT email FROM invitation WHERE token_hash = $1 AND ${USABLE}`,
      [sha256(input.token)],
    );
    if (!invitation) throw invalidToken();
    const client = clientNetwork(ctx.clientAddress);
    const admission = await this.throttle.admit(ctx, client, invitation.email);
    const passwordHash = await this.throttle.check(ctx, admission, () => this.passwords.hash(client, input.password!));
    const created = await this.db.transaction(ctx, async (em) => {
      const locked = await this.lockUsable(ctx, input.token);
      const user = await this.auth.insertUserIfNew(ctx, { email: locked.email, displayName: input.displayName!, passwordHash });
      if (!user) {
        await this.countFailure(ctx, locked);
        return false;
      }
      await this.join(ctx, em, locked, user.id);
      return true;
    });
    await (created ? this.throttle.succeeded(ctx, admission) : this.throttle.failed(ctx, admission));
    return { message: ACCEPTED_WITHOUT_SIGNING_IN, membership: null };
  }

  /** The invitation behind a token, locked for this transaction; its organisation is not known until it is found. */
  private async lockUsable(
    ctx: RequestContext,
    token: string,
  ): Promise<Pick<InvitationEntity, 'id' | 'organisationId' | 'email' | 'role'>> {
    const [row] = await this.db.query<{ id: string; organisation_id: string; email: string; role: Role }>(
      ctx.across('INVITATION_REDEMPTION'),
      `SELECT id, organisation_id, email, role FROM invitation WHERE token_hash = $1 AND ${USABLE} FOR UPDATE`,
      [sha256(token)],
    );
    if (!row) throw invalidToken();
    return { id: row.id, organisationId: row.organisation_id, email: row.email, role: row.role };
  }

  private async countFailure(ctx: RequestContext, invitation: Pick<InvitationEntity, 'id' | 'organisationId'>): Promise<void> {
    await this.db.query(
      ctx.within(invitation.organisationId),
      `UPDATE invitation SET failed_attempts = failed_attempts + 1 WHERE id = $1`,
      [invitation.id],
    );
  }

  private async join(
    ctx: RequestContext,
    em: EntityManager,
    invitation: Pick<InvitationEntity, 'id' | 'organisationId' | 'role'>,
    userId: string,
  ): Promise<MembershipEntity> {
    // The request now acts in the organisation it joins (the transaction was opened before it knew which).
    ctx.organisationId = invitation.organisationId;
    await this.db.query(ctx, `UPDATE invitation SET accepted_at = now() WHERE id = $1`, [invitation.id]);
    const membership = await this.memberships.add(ctx, userId, invitation.role);
    await this.history.record(ctx, { type: 'INVITATION_ACCEPTED', payload: { invitationId: invitation.id, userId } });
    return membership;
  }
}

/** The rows `invitationStatus` (invitation.model.ts) gives this status, in the same order of precedence. */
function inStatus(status: InvitationStatus, now: Date): FindOptionsWhere<InvitationEntity> {
  const open = { acceptedAt: IsNull(), revokedAt: IsNull() };
  switch (status) {
    case InvitationStatus.ACCEPTED:
      return { acceptedAt: Not(IsNull()) };
    case InvitationStatus.REVOKED:
      return { acceptedAt: IsNull(), revokedAt: Not(IsNull()) };
    case InvitationStatus.EXPIRED:
      return { ...open, expiresAt: LessThanOrEqual(now) };
    case InvitationStatus.LOCKED:
      return { ...open, expiresAt: MoreThan(now), failedAttempts: MoreThanOrEqual(MAX_INVITATION_FAILURES) };
    case InvitationStatus.PENDING:
      return { ...open, expiresAt: MoreThan(now), failedAttempts: LessThan(MAX_INVITATION_FAILURES) };
  }
}

/** An invitation that can still be accepted. */
const USABLE = `accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now() AND failed_attempts < ${MAX_INVITATION_FAILURES}`;

const ACCEPTED_WITHOUT_SIGNING_IN =
  'If the invited address had no account, one has been made with your password and has joined: sign in with the address and that password. If it already had an account, nothing has changed: sign in as that account, then accept the invitation again.';

function invalidToken(): BadInputError {
  return BadInputError.field(
    'input.token',
    'is not a valid invitation: it may have been used, revoked or expired, or tried too often by someone it was not sent to',
  );
}
