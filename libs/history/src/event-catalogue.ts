/**
 * The catalogue of history events: every type the product writes, the kind it belongs to and
 * what it means. It is the contract readers of the history rely on (filters, live updates and,
 * later, webhooks), so a type is added here before any code writes it; `HistoryService.record`
 * refuses a type that is missing. Types and kinds are never renamed: history is append-only.
 */

/** What sort of change an event is, so a reader can tell the journey's moves from its edits. */
export enum EventKind {
  MOVE = 'MOVE',
  DECISION = 'DECISION',
  EVIDENCE = 'EVIDENCE',
  PUBLICATION = 'PUBLICATION',
  ACCESS = 'ACCESS',
  EDIT = 'EDIT',
}

export const EVENT_KIND_DESCRIPTIONS: Readonly<Record<EventKind, string>> = {
  [EventKind.MOVE]:
    'A programme, pilot or survey changed where it stands in its lifecycle: a step advanced or reopened, a cycle began, work paused, resumed, finished or was archived.',
  [EventKind.DECISION]:
    'Someone with the authority to choose made a choice that shapes the programme: a pilot approved, rejected or judged, a priority area chosen or set aside.',
  [EventKind.EVIDENCE]:
    'A fact the gates and the economics rest on was recorded or withdrawn: a checklist item ticked, a measurement, a cost or saving, a score, a survey answer.',
  [EventKind.PUBLICATION]:
    'Something was shown to people outside the team, or taken back: initiatives in the public feed, rules of engagement.',
  [EventKind.ACCESS]:
    'Who can get in changed: members and their roles, invitations, API keys, password resets, the feed token, a survey link.',
  [EventKind.EDIT]: 'A record was created, changed or removed without moving anything on.',
};

export interface EventTypeEntry {
  readonly kind: EventKind;
  readonly description: string;
}

const { MOVE, DECISION, EVIDENCE, PUBLICATION, ACCESS, EDIT } = EventKind;

/** Every event type, in groups by area; the README's table is checked against this one. */
export const EVENT_CATALOGUE = {
  // The organisation and who may use it
  ORGANISATION_CREATED: {
    kind: EDIT,
    description: 'An organisation was set up, with its creator as the first administrator and its default service areas.',
  },
  ORGANISATION_UPDATED: { kind: EDIT, description: "The organisation's name, time zone or currency changed." },
  MEMBER_ADDED: { kind: ACCESS, description: 'A person joined the organisation with a role.' },
  MEMBER_ROLE_CHANGED: { kind: ACCESS, description: "A member's role changed (from, to)." },
  MEMBER_REMOVED: { kind: ACCESS, description: 'An administrator removed a member.' },
  MEMBER_LEFT: { kind: ACCESS, description: 'A member left the organisation.' },
  INVITATION_CREATED: { kind: ACCESS, description: 'Someone was invited to join with a role.' },
  INVITATION_ACCEPTED: { kind: ACCESS, description: 'An invitation was taken up.' },
  INVITATION_REVOKED: { kind: ACCESS, description: 'An invitation was withdrawn before use.' },
  API_KEY_CREATED: { kind: ACCESS, description: 'An API key was issued to an integration, with a role.' },
  API_KEY_REVOKED: { kind: ACCESS, description: 'An API key stopped working.' },
  PASSWORD_RESET_ISSUED: { kind: ACCESS, description: 'A password reset was issued for a member.' },
  PASSWORD_RESET_USED: { kind: ACCESS, description: 'A password reset was used to set a new password.' },
  FEED_TOKEN_ROTATED: { kind: ACCESS, description: "The public feed's token was replaced; the old one no longer works." },

  // Templates
  TEMPLATE_COPIED: { kind: EDIT, description: 'The organisation made its own copy of a workflow template.' },
  TEMPLATE_UPDATED: { kind: EDIT, description: "A copy's checklist items or task templates changed." },
  TEMPLATE_DELETED: { kind: EDIT, description: 'A template copy was deleted.' },

  // Programmes: the five steps
  PROGRAMME_CREATED: { kind: EDIT, description: 'A programme began at Map it, from a template version.' },
  PROGRAMME_UPDATED: { kind: EDIT, description: "A programme's name, description or owner changed." },
  STEP_UPDATED: { kind: EDIT, description: "A step's owner or target date changed." },
  STEP_ADVANCED: { kind: MOVE, description: 'The programme moved to the next step (from, to), its gate met or overridden with a reason.' },
  STEP_REOPENED: { kind: MOVE, description: 'The programme went back to an earlier step (from, to) with a reason.' },
  CYCLE_STARTED: { kind: MOVE, description: 'After Grow it the programme began a new cycle at Map it.' },
  PROGRAMME_PAUSED: { kind: MOVE, description: 'Work on the programme was put on hold (status from, to).' },
  PROGRAMME_RESUMED: { kind: MOVE, description: 'Work on a paused programme started again (status from, to).' },
  PROGRAMME_COMPLETED: { kind: MOVE, description: 'Grow it was finished and the programme closed (status ACTIVE to COMPLETED).' },
  PROGRAMME_ARCHIVED: { kind: MOVE, description: 'The programme was archived and can no longer change (status from, to).' },
  CHECKLIST_ITEM_TICKED: { kind: EVIDENCE, description: 'A checklist item was marked done, with its evidence.' },
  CHECKLIST_ITEM_UNTICKED: { kind: EVIDENCE, description: 'A checklist item was marked not done again.' },
  TASK_CREATED: { kind: EDIT, description: 'A task was added to a step.' },
  TASK_UPDATED: { kind: EDIT, description: "A task's details or status changed." },
  TASK_ASSIGNED: { kind: EDIT, description: 'A task was given to a member, or taken back.' },
  TASK_COMPLETED: { kind: EDIT, description: 'A task was marked done.' },
  TASK_DELETED: { kind: EDIT, description: 'A task was deleted.' },

  // Map it
  SERVICE_AREA_CREATED: { kind: EDIT, description: 'A service area was added.' },
  SERVICE_AREA_UPDATED: { kind: EDIT, description: 'A service area was renamed, reordered, retired or brought back.' },
  INITIATIVE_CREATED: { kind: EDIT, description: 'A coproduction initiative was recorded on the map.' },
  INITIATIVE_UPDATED: { kind: EDIT, description: 'An initiative changed.' },
  INITIATIVE_DELETED: { kind: EDIT, description: 'An initiative was removed from the map.' },
  INITIATIVES_IMPORTED: { kind: EDIT, description: 'Initiatives were loaded from a CSV file.' },
  INITIATIVES_PUBLISHED: { kind: PUBLICATION, description: "Initiatives were put in the organisation's public feed." },
  INITIATIVES_UNPUBLISHED: { kind: PUBLICATION, description: 'Initiatives were taken out of the public feed.' },

  // Focus it: priorities and pilots
  PRIORITY_AREA_CREATED: { kind: EDIT, description: 'A service area was put forward as a priority, with a rationale.' },
  PRIORITY_AREA_UPDATED: { kind: EDIT, description: "A priority area's rationale or service area changed." },
  PRIORITY_SCORED: { kind: EVIDENCE, description: 'A member scored a priority area on the four criteria.' },
  PRIORITY_SELECTED: { kind: DECISION, description: 'A priority area was chosen to pilot in, or set aside.' },
  PILOT_CREATED: { kind: EDIT, description: 'A pilot was proposed in a priority area.' },
  PILOT_UPDATED: { kind: EDIT, description: "A pilot's plan (dates, budget, reach) changed." },
  PILOT_APPROVED: { kind: DECISION, description: 'A proposed pilot was approved, with a reason (status from, to).' },
  PILOT_REJECTED: { kind: DECISION, description: 'A pilot was turned down, with a reason (status from, to).' },
  PILOT_STARTED: { kind: MOVE, description: 'An approved pilot began running (status from, to).' },
  PILOT_EVALUATION_STARTED: { kind: MOVE, description: 'A running pilot stopped running and its evaluation began (status from, to).' },
  PILOT_DECIDED: { kind: DECISION, description: 'An evaluated pilot was judged: scale it, adapt it or stop it, with a reason.' },
  PILOT_METRIC_ADDED: { kind: EDIT, description: 'A pilot gained a measure, with its baseline and target.' },
  PILOT_METRIC_UPDATED: { kind: EDIT, description: "A measure's definition, baseline or target changed." },
  MEASUREMENT_RECORDED: { kind: EVIDENCE, description: 'A dated reading of a pilot measure was recorded.' },
  MEASUREMENT_REMOVED: { kind: EVIDENCE, description: 'A reading of a pilot measure was withdrawn.' },
  FINANCIAL_LINE_ADDED: { kind: EVIDENCE, description: 'A cost, saving or wider benefit was recorded for a pilot.' },
  FINANCIAL_LINE_REMOVED: { kind: EVIDENCE, description: "A line of a pilot's costs and benefits was withdrawn." },

  // People it
  SKILL_CREATED: { kind: EDIT, description: "A skill was added to the organisation's list." },
  PARTICIPANT_REGISTERED: { kind: EDIT, description: 'A participant was registered, with the lawful basis for holding their data.' },
  PARTICIPANT_UPDATED: { kind: EDIT, description: "A participant's record changed (which fields; never their values)." },
  PARTICIPANT_ERASED: { kind: EDIT, description: "A participant's personal data was erased; anonymous counts remain." },
  PILOT_NEEDS_SET: { kind: EDIT, description: 'The skills and time a pilot needs from participants were set.' },
  PARTICIPANT_ENROLLED: { kind: EDIT, description: 'A participant joined a pilot in a role.' },
  PARTICIPANT_WITHDRAWN: { kind: EDIT, description: 'A participant left a pilot.' },
  SELF_EFFICACY_RECORDED: { kind: EVIDENCE, description: "A participant's self-efficacy was rated, at enrolment or later." },

  // Market it
  ENGAGEMENT_PLAN_CREATED: { kind: EDIT, description: 'A pilot gained an engagement plan.' },
  INCENTIVE_ADDED: { kind: EDIT, description: 'An incentive was added to an engagement plan.' },
  INCENTIVE_UPDATED: { kind: EDIT, description: 'An incentive changed.' },
  INCENTIVE_REMOVED: { kind: EDIT, description: 'An incentive was removed.' },
  COMMUNICATION_ACTION_ADDED: { kind: EDIT, description: 'A communication action was planned.' },
  COMMUNICATION_ACTION_UPDATED: { kind: EDIT, description: 'A communication action changed or was done.' },
  COMMUNICATION_ACTION_REMOVED: { kind: EDIT, description: 'A communication action was dropped.' },
  PARTICIPANT_RESOURCE_ADDED: {
    kind: EDIT,
    description: 'An engagement plan gained something the body gives participants so they can take part (skills, tools, time).',
  },
  PARTICIPANT_RESOURCE_UPDATED: { kind: EDIT, description: 'A resource for participants changed.' },
  PARTICIPANT_RESOURCE_REMOVED: { kind: EDIT, description: 'A resource for participants was removed.' },
  ENGAGEMENT_TERMS_SAVED: { kind: EDIT, description: 'A new draft version of the rules of engagement was saved.' },
  ENGAGEMENT_TERMS_PUBLISHED: {
    kind: PUBLICATION,
    description: 'A version of the rules of engagement was published for participants to read.',
  },

  // Grow it
  SCALING_PLAN_CREATED: { kind: EDIT, description: 'A pilot judged worth scaling gained a scaling plan.' },
  SCALING_PLAN_UPDATED: { kind: EDIT, description: 'A scaling plan changed.' },
  TRAINING_ACTION_ADDED: { kind: EDIT, description: 'Training for staff or citizens was added to a scaling plan.' },
  TRAINING_ACTION_UPDATED: { kind: EDIT, description: 'A training action changed or was done.' },
  TRAINING_ACTION_REMOVED: { kind: EDIT, description: 'A training action was removed.' },

  // Surveys
  SURVEY_CREATED: { kind: EDIT, description: 'A coproduction-index survey was set up.' },
  SURVEY_LINK_ROTATED: { kind: ACCESS, description: "A survey's public response link was replaced; the old one no longer works." },
  SURVEY_RESPONDENT_TOKENS_ISSUED: {
    kind: ACCESS,
    description: 'Personal single-use links to a survey were issued (how many; the links themselves are never kept).',
  },
  SURVEY_RESPONDENT_TOKENS_REQUIRED: {
    kind: ACCESS,
    description: 'Whether a survey takes answers through personal links only, refusing them on its open link, was changed.',
  },
  SURVEY_RESPONSE_ENTERED: {
    kind: EVIDENCE,
    description: 'A survey response was entered by a member (responses through the public link are counted, not logged).',
  },
  SURVEY_RESPONSES_IMPORTED: { kind: EVIDENCE, description: 'Survey responses were loaded from a CSV file.' },
  SURVEY_CLOSED: { kind: MOVE, description: 'A survey stopped taking responses.' },

  // Workshops
  WORKSHOP_PLANNED: { kind: EDIT, description: "A workshop of one of the programme's steps was planned, with its agenda." },
  WORKSHOP_UPDATED: { kind: EDIT, description: "A workshop's time, place, link, facilitator or attendees changed." },
  WORKSHOP_AGENDA_CHANGED: {
    kind: EDIT,
    description: "A section of a workshop's agenda was added, changed or removed, or the agenda reordered.",
  },
  WORKSHOP_STARTED: { kind: MOVE, description: 'A workshop began in the room.' },
  WORKSHOP_ENDED: { kind: MOVE, description: 'A workshop that was running came to an end.' },
  WORKSHOP_CANCELLED: { kind: MOVE, description: 'A planned workshop was called off.' },
  WORKSHOP_OUTPUTS_CAPTURED: { kind: EDIT, description: 'Outputs of a workshop (notes, decisions, actions…) were captured together.' },
  WORKSHOP_OUTPUT_CHANGED: { kind: EDIT, description: 'A workshop output not yet converted was edited or deleted.' },
  WORKSHOP_OUTPUT_CONVERTED: {
    kind: EDIT,
    description: 'A workshop output became a task, an initiative, a priority area or a checklist tick.',
  },
  WORKSHOP_JOINING_OPENED: { kind: EDIT, description: 'A running workshop showed a new join code; any earlier code stopped working.' },
  WORKSHOP_JOINING_CLOSED: { kind: EDIT, description: 'A workshop stopped taking new guests; those already in stayed.' },
  WORKSHOP_GUEST_JOINED: {
    kind: EDIT,
    description: 'Someone without an account joined a running workshop with its code (the guest id only).',
  },
  WORKSHOP_VOTE_OPENED: { kind: EDIT, description: 'A round of dot-voting opened in a running workshop.' },
  WORKSHOP_VOTES_CAST: {
    kind: EDIT,
    description: 'Someone placed or changed their dots in an open round (in an anonymous round, with no actor named).',
  },
  WORKSHOP_VOTE_CLOSED: { kind: EDIT, description: 'A round of dot-voting closed; its tally became a DECISION output.' },
} as const satisfies Record<string, EventTypeEntry>;

export type EventType = keyof typeof EVENT_CATALOGUE;

export const EVENT_TYPES: readonly EventType[] = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, type);
}

/** The kind of a stored event's type (every stored type is in the catalogue: `record` sees to it). */
export function kindOf(type: string): EventKind {
  if (!isEventType(type)) throw new Error(`History event type ${type} is not in the event catalogue`);
  return EVENT_CATALOGUE[type].kind;
}

/** The types of these kinds, for filtering by kind in SQL without storing the kind. */
export function typesOfKinds(kinds: readonly EventKind[]): EventType[] {
  const wanted = new Set(kinds);
  return EVENT_TYPES.filter((type) => wanted.has(EVENT_CATALOGUE[type].kind));
}

/** The catalogue as the README shows it (kinds, then every type); a test keeps the two the same. */
export function eventCatalogueMarkdown(): string {
  const kinds = Object.values(EventKind).map((kind) => `| ${kind} | ${EVENT_KIND_DESCRIPTIONS[kind]} |`);
  const types = EVENT_TYPES.map((type) => `| \`${type}\` | ${EVENT_CATALOGUE[type].kind} | ${EVENT_CATALOGUE[type].description} |`);
  return ['| kind | what it means |', '|---|---|', ...kinds, '', '| event type | kind | what it records |', '|---|---|---|', ...types].join(
    '\n',
  );
}
