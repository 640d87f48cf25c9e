/**
 * A suggested agenda for a workshop in each of the five steps: sections in order, each with the
 * minutes it usually needs and the checklist items (keys of the default template,
 * default-template.ts) the conversation is meant to move forward. A workshop copies its step's
 * sections when it is planned without a template; people then change them freely.
 */
import type { Step } from './steps';

export interface AgendaSectionSpec {
  title: string;
  /** Suggested length, in whole minutes. */
  minutes: number;
  /** Checklist item keys of the step that the section works towards (may be none). */
  checklistKeys: readonly string[];
}

export const AGENDA_TITLE_MAX_LENGTH = 200;
export const AGENDA_MAX_MINUTES = 480;
export const AGENDA_MAX_SECTIONS = 50;

export const WORKSHOP_AGENDAS: Readonly<Record<Step, readonly AgendaSectionSpec[]>> = {
  MAP: [
    { title: 'Welcome, purpose of the session and who is in the room', minutes: 10, checklistKeys: [] },
    { title: 'List the joint work with residents that already goes on', minutes: 35, checklistKeys: ['map.record_existing'] },
    {
      title: 'Sort each activity by form, by service area and by what the council puts in',
      minutes: 30,
      checklistKeys: ['map.describe_initiatives'],
    },
    { title: 'Ask the residents present whether the picture looks right to them', minutes: 20, checklistKeys: ['map.check_with_citizens'] },
    { title: 'Agree how and where the map will be shared', minutes: 10, checklistKeys: ['map.publish_findings'] },
    { title: 'Owners and next actions', minutes: 10, checklistKeys: [] },
  ],
  FOCUS: [
    { title: 'Recap of the map and what it showed', minutes: 10, checklistKeys: [] },
    { title: 'Score the candidate service areas and pick where to begin', minutes: 35, checklistKeys: ['focus.choose_service_areas'] },
    { title: 'Shape one pilot modest enough to work first time', minutes: 30, checklistKeys: ['focus.small_pilot'] },
    {
      title: 'What residents bring and what the service brings, side by side',
      minutes: 20,
      checklistKeys: ['focus.complementary_inputs'],
    },
    { title: 'Decide which costs and results to track from day one', minutes: 15, checklistKeys: ['focus.measure_costs_outcomes'] },
    { title: 'Owners and next actions', minutes: 10, checklistKeys: [] },
  ],
  PEOPLE: [
    { title: 'Introductions and what the pilot needs from people', minutes: 10, checklistKeys: [] },
    { title: 'Who is keen to take part, and how to reach them', minutes: 25, checklistKeys: ['people.recruit_willing'] },
    {
      title: 'Match skills, drive and spare hours to the roles on offer',
      minutes: 25,
      checklistKeys: ['people.skills_motivation_time'],
    },
    { title: 'Bring those taking part into designing the pilot', minutes: 30, checklistKeys: ['people.involve_in_design'] },
    { title: 'Agree how confidence will be measured at the start', minutes: 10, checklistKeys: ['people.baseline_self_efficacy'] },
    { title: 'Owners and next actions', minutes: 10, checklistKeys: [] },
  ],
  MARKET: [
    { title: 'What keeps people coming back: a short check-in', minutes: 10, checklistKeys: [] },
    { title: 'Draft what each side can expect and the ground rules', minutes: 30, checklistKeys: ['market.expectations_and_rules'] },
    { title: 'Weigh up reasons to join: rewards, recognition, belonging', minutes: 25, checklistKeys: ['market.incentives'] },
    { title: 'How staff and residents build confidence in each other', minutes: 20, checklistKeys: ['market.trust'] },
    {
      title: 'The tools, time and information residents need to play their part',
      minutes: 15,
      checklistKeys: ['market.resources_for_citizens'],
    },
    { title: 'Owners and next actions', minutes: 10, checklistKeys: [] },
  ],
  GROW: [
    { title: 'Look back at the pilot results together', minutes: 15, checklistKeys: ['grow.self_efficacy_outcome'] },
    { title: 'Which parts proved their worth, and how to widen them', minutes: 30, checklistKeys: ['grow.scale_what_works'] },
    { title: 'Plan learning for officers and for residents', minutes: 25, checklistKeys: ['grow.train_staff_and_citizens'] },
    { title: 'How results and decisions will be made visible', minutes: 20, checklistKeys: ['grow.design_transparency'] },
    { title: 'Owners and next actions', minutes: 10, checklistKeys: [] },
  ],
};

/** The suggested agenda of a step, as fresh copies the caller may change. */
export function suggestedAgenda(step: Step): Array<AgendaSectionSpec & { checklistKeys: string[] }> {
  return WORKSHOP_AGENDAS[step].map((section) => ({ ...section, checklistKeys: [...section.checklistKeys] }));
}
