import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { hashPassword, MembershipEntity, OrganisationsService, UserEntity } from '@app/identity';
import { type DemoCast, DemoStory, type DemoStoryIds } from './demo-story';

export const DEMO_ORGANISATION = 'Demo Borough Council';

const DEMO_PEOPLE = [
  // An ADMIN too, so that keys, invitations and the feed token can be tried in the demo.
  { role: Role.ADMIN, email: 'admin@demo.coprod.local', displayName: 'Demo Administrator' },
  { role: Role.PROGRAMME_MANAGER, email: 'manager@demo.coprod.local', displayName: 'Demo Programme Manager' },
  { role: Role.CONSULTANT, email: 'consultant@demo.coprod.local', displayName: 'Demo Consultant' },
];

export interface DemoAccounts {
  organisationId: string;
  accounts: Array<{ role: Role; email: string; password: string }>;
  /** The records the story made (demo-story.ts). */
  story: DemoStoryIds;
}

/**
 * A demo organisation with an administrator, a programme manager and a consultant, and their work
 * so far (demo-story.ts), so a new user has something to explore on every screen. Never in
 * production; made once (the passwords are shown once), all of it in one transaction.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
    private readonly organisations: OrganisationsService,
    private readonly config: AppConfig,
    private readonly story: DemoStory,
  ) {}

  /** Seeds when the database holds no organisation yet; returns null when it did nothing. */
  async seedIfEmpty(): Promise<DemoAccounts | null> {
    if (this.config.production) throw new Error('Demo data is never created when NODE_ENV=production');
    // The demo organisation's context from the start: the tenancy wall lets work write only there.
    const ctx = RequestContext.system('demo-seed').within(randomUUID());
    if (await this.anyOrganisation(ctx)) return null;
    // Hashed side by side and before the transaction, which holds the embedded database to itself.
    const people = await Promise.all(
      DEMO_PEOPLE.map(async (person) => {
        const password = randomBytes(12).toString('base64url');
        return { ...person, password, passwordHash: await hashPassword(password, this.config.passwordHashCost) };
      }),
    );
    return this.db.transaction(ctx, async (em) => {
      if (await this.anyOrganisation(ctx)) return null; // asked again in the transaction: two starts at once seed once
      const organisation = await this.organisations.establish(ctx, em, {
        name: DEMO_ORGANISATION,
        timeZone: 'Europe/London',
        currency: 'GBP',
      });
      const accounts: DemoAccounts['accounts'] = [];
      const userIds = new Map<Role, string>();
      for (const person of people) {
        const user = await em.save(
          em.create(UserEntity, {
            email: person.email,
            displayName: person.displayName,
            passwordHash: person.passwordHash,
            tokensValidAfter: new Date(0),
          }),
        );
        const membership = await em.save(
          em.create(MembershipEntity, { organisationId: organisation.id, userId: user.id, role: person.role }),
        );
        await this.history.record(ctx, {
          type: 'MEMBER_ADDED',
          payload: { membershipId: membership.id, userId: user.id, role: person.role },
        });
        accounts.push({ role: person.role, email: person.email, password: person.password });
        userIds.set(person.role, user.id);
      }
      const cast: DemoCast = {
        admin: userIds.get(Role.ADMIN)!,
        manager: userIds.get(Role.PROGRAMME_MANAGER)!,
        consultant: userIds.get(Role.CONSULTANT)!,
      };
      const story = await this.story.tell(ctx, cast);
      return { organisationId: organisation.id, accounts, story };
    });
  }

  private async anyOrganisation(ctx: RequestContext): Promise<boolean> {
    const [{ count }] = await this.db.query<{ count: number }>(
      ctx.across('DEMO_SEEDER'),
      `SELECT count(*)::int AS count FROM organisation`,
    );
    return count > 0;
  }

  /** Prints the sign-in details once, to the console rather than the JSON log: the programme manager's first, whom the story follows. */
  announce(demo: DemoAccounts, tookMs?: number): void {
    const took = tookMs === undefined ? '' : ` in ${(tookMs / 1000).toFixed(1)} s`;
    const first = [...demo.accounts].sort((a, b) => Number(b.role === Role.PROGRAMME_MANAGER) - Number(a.role === Role.PROGRAMME_MANAGER));
    const width = Math.max(...first.map((a) => a.email.length));
    const lines = [
      `Demo data created${took}: "${DEMO_ORGANISATION}" (organisation id ${demo.organisationId}).`,
      'Sign in as one of these (the passwords are shown only this once):',
      ...first.map((a) => `  ${a.email.padEnd(width)}  password ${a.password}  ${a.role.toLowerCase().replace('_', ' ')}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
}
