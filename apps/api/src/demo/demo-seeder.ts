import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AppConfig, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { hashPassword, MembershipEntity, OrganisationsService, UserEntity } from '@app/identity';

export const DEMO_ORGANISATION = 'Demo Borough Council';

export interface DemoAccounts {
  organisationId: string;
  accounts: Array<{ role: Role; email: string; password: string }>;
}

/**
 * A demo organisation with an administrator, a programme manager and a consultant, so a new user has
 * something to explore. Never in production; made once (the passwords are shown once).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly organisations: OrganisationsService,
    private readonly config: AppConfig,
  ) {}

  /** Seeds when the database holds no organisation yet; returns null when it did nothing. */
  async seedIfEmpty(): Promise<DemoAccounts | null> {
    if (this.config.production) throw new Error('Demo data is never created when NODE_ENV=production');
    // The demo organisation's context from the start: the tenancy wall lets work write only there.
    const ctx = RequestContext.system('demo-seed').within(randomUUID());
    return this.db.transaction(ctx, async (em) => {
      const [{ count }] = await this.db.query<{ count: number }>(ctx.across('DEMO_SEEDER'), `SELECT count(*)::int AS count FROM organisation`);
      if (count > 0) return null;
      const organisation = await this.organisations.establish(ctx, em, { name: DEMO_ORGANISATION, timeZone: 'Europe/London', currency: 'GBP' });
      const people = [
        // An ADMIN too, so that keys, invitations and the feed token can be tried in the demo.
        { role: Role.ADMIN, email: 'admin@demo.coprod.local', displayName: 'Demo Administrator' },
        { role: Role.PROGRAMME_MANAGER, email: 'manager@demo.coprod.local', displayName: 'Demo Programme Manager' },
        { role: Role.CONSULTANT, email: 'consultant@demo.coprod.local', displayName: 'Demo Consultant' },
      ];
      const accounts: DemoAccounts['accounts'] = [];
      for (const person of people) {
        const password = randomBytes(12).toString('base64url');
        const user = await em.save(
          em.create(UserEntity, { email: person.email, displayName: person.displayName, passwordHash: await hashPassword(password), tokensValidAfter: new Date(0) }),
        );
        const membership = await em.save(em.create(MembershipEntity, { organisationId: organisation.id, userId: user.id, role: person.role }));
        await this.history.record(ctx, { type: 'MEMBER_ADDED', payload: { membershipId: membership.id, userId: user.id, role: person.role } });
        accounts.push({ role: person.role, email: person.email, password });
      }
      return { organisationId: organisation.id, accounts };
    });
  }

  /** Prints the sign-in details once, to the console rather than the JSON log. */
  announce(demo: DemoAccounts): void {
    const lines = [
      '',
      `Demo data created: "${DEMO_ORGANISATION}" (organisation id ${demo.organisationId}).`,
      'Sign in with (shown only this once):',
      ...demo.accounts.map((a) => `  ${a.role.padEnd(18)} ${a.email}  password: ${a.password}`),
      '',
    ];
    process.stdout.write(lines.join('\n') + '\n');
    this.logger.log('demo organisation created');
  }
}
