import { Action, can, POLICY, Role } from './policy';

const { ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR, VIEWER } = Role;

/** What README's "Who may do what" promises, written out by hand per action rather than read from policy.ts, so that a change to either shows here. */
const PROMISED: Record<Action, Role[]> = {
  [Action.READ]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR, VIEWER],
  [Action.READ_PARTICIPANT_NAMES]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR],
  [Action.READ_PERSONAL_DETAILS]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT],
  [Action.MANAGE_MEMBERS]: [ADMIN],
  [Action.MANAGE_TEMPLATES]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT],
  [Action.RUN_PROGRAMMES]: [ADMIN, PROGRAMME_MANAGER],
  [Action.OVERRIDE_GATE]: [ADMIN, PROGRAMME_MANAGER],
  [Action.CONTRIBUTE]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT, CONTRIBUTOR],
  [Action.PLAN]: [ADMIN, PROGRAMME_MANAGER, CONSULTANT],
  [Action.DECIDE_AND_PUBLISH]: [ADMIN, PROGRAMME_MANAGER],
  [Action.ERASE_PARTICIPANT]: [ADMIN, PROGRAMME_MANAGER],
};

const ROLES = Object.values(Role);
const ACTIONS = Object.values(Action);

describe('the policy table', () => {
  it('has one rule for every action, and nothing else', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) {
      expect(POLICY[action].covers.trim().length).toBeGreaterThan(0);
      expect(POLICY[action].roles.every((role) => ROLES.includes(role))).toBe(true);
      expect(new Set(POLICY[action].roles).size).toBe(POLICY[action].roles.length);
    }
  });

  describe.each(ACTIONS)('%s', (action) => {
    it.each(ROLES.map((role) => [role, PROMISED[action].includes(role)]))('%s may: %s', (role, allowed) => {
      expect(can(role as Role, action)).toBe(allowed);
    });
  });

  it('nests the roles: each can do everything the one below it can', () => {
    const ladder = [VIEWER, CONTRIBUTOR, CONSULTANT, PROGRAMME_MANAGER, ADMIN];
    for (let i = 1; i < ladder.length; i++) {
      for (const action of ACTIONS)
        if (can(ladder[i - 1], action)) expect([ladder[i], action, can(ladder[i], action)]).toEqual([ladder[i], action, true]);
    }
    expect(ACTIONS.filter((action) => can(VIEWER, action))).toEqual([Action.READ]);
    expect(ACTIONS.every((action) => can(ADMIN, action))).toBe(true);
  });

  it('refuses a role it does not know', () => {
    for (const action of ACTIONS) expect(can('OWNER' as Role, action)).toBe(false);
  });
});
