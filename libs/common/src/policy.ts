import { ForbiddenError } from './errors';

/**
 * Who may do what: the one table every operation is decided by (README, "Who may do what", says it in words).
 * Resolvers and plain-HTTP routes declare the action they perform with `@Can(Action.X)`; the policy guard looks the
 * caller's role up here. Nothing else checks roles.
 */
export enum Role {
  ADMIN = 'ADMIN',
  PROGRAMME_MANAGER = 'PROGRAMME_MANAGER',
  CONSULTANT = 'CONSULTANT',
  CONTRIBUTOR = 'CONTRIBUTOR',
  VIEWER = 'VIEWER',
}

export enum Action {
  READ = 'READ',
  READ_PARTICIPANT_NAMES = 'READ_PARTICIPANT_NAMES',
  READ_PERSONAL_DETAILS = 'READ_PERSONAL_DETAILS',
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  MANAGE_TEMPLATES = 'MANAGE_TEMPLATES',
  RUN_PROGRAMMES = 'RUN_PROGRAMMES',
  OVERRIDE_GATE = 'OVERRIDE_GATE',
  CONTRIBUTE = 'CONTRIBUTE',
  PLAN = 'PLAN',
  DECIDE_AND_PUBLISH = 'DECIDE_AND_PUBLISH',
  ERASE_PARTICIPANT = 'ERASE_PARTICIPANT',
}

const { ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR, VIEWER } = Role;

export const POLICY: Readonly<Record<Action, { roles: readonly Role[]; covers: string }>> = {
  [Action.READ]: { roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR, VIEWER], covers: 'read everything in the organisation' },
  [Action.READ_PARTICIPANT_NAMES]: { roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR], covers: "read participants' names" },
  [Action.READ_PERSONAL_DETAILS]: {
    roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT],
    covers: "read participants' contact details, notes and the wording of their lawful basis; export what is held about one",
  },
  [Action.MANAGE_MEMBERS]: { roles: [ADMIN], covers: 'members, roles, invitations, API keys, password resets, the feed token' },
  [Action.MANAGE_TEMPLATES]: { roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT], covers: 'copy and edit workflow templates' },
  [Action.RUN_PROGRAMMES]: {
    roles: [ADMIN, PROGRAMME_MANAGER],
    covers: 'create programmes; advance, reopen, pause, resume, complete, archive',
  },
  [Action.OVERRIDE_GATE]: { roles: [ADMIN, PROGRAMME_MANAGER], covers: 'advance past an unmet gate, with a reason' },
  [Action.CONTRIBUTE]: {
    roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR],
    covers: 'tasks, checklist ticks, measurements, unpublished initiatives, workshop capture',
  },
  [Action.PLAN]: {
    roles: [ADMIN, PROGRAMME_MANAGER, CONSULTANT],
    covers: 'priorities, pilots (propose, edit), participants, plans, surveys, CSV import',
  },
  [Action.DECIDE_AND_PUBLISH]: { roles: [ADMIN, PROGRAMME_MANAGER], covers: 'approve, reject and decide pilots; publish anything' },
  [Action.ERASE_PARTICIPANT]: { roles: [ADMIN, PROGRAMME_MANAGER], covers: 'erase a participant' },
};

export function can(role: Role, action: Action): boolean {
  return POLICY[action].roles.includes(role);
}

/** For the few operations whose action depends on their input (e.g. an advance that overrides a gate). */
export function requireAction(role: Role | null, action: Action): void {
  if (!role || !can(role, action)) {
    const rule = POLICY[action];
    throw new ForbiddenError(`Your role (${role ?? 'none'}) does not allow this: ${rule.covers} takes ${rule.roles.join(' or ')}`);
  }
}
