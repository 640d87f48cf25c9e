import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';

/** What the caller's role lets them see and do in People it (the API's policy, mirrored). */
export function usePeopleAccess() {
  const { role } = useOrganisation();
  return {
    role,
    /** Participants' names (every role but VIEWER). */
    names: can(role, Action.READ_PARTICIPANT_NAMES),
    /** Contact, notes, the wording of a lawful basis, and the subject-access export. */
    details: can(role, Action.READ_PERSONAL_DETAILS),
    /** Add and edit participants and skills, set pilots' needs, enrol and withdraw. */
    plan: can(role, Action.PLAN),
    /** Record self-efficacy readings. */
    contribute: can(role, Action.CONTRIBUTE),
    erase: can(role, Action.ERASE_PARTICIPANT),
  };
}

/** The path of the People it work area, or of a page under it. */
export const peoplePath = (organisationId: string, programmeId: string, rest = '') =>
  `/o/${organisationId}/programmes/${programmeId}/people${rest}`;

/** Today (YYYY-MM-DD) in the organisation's time zone: the default day of a reading. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
