/**
 * The catalogue of history events: every type the product writes, the kind it belongs to and
 * what it means. It is the contract readers of the history rely on (filters, live updates and,
 * later, webhooks), so a type is added here before any code writes it; `HistoryService.record`
 * refuses a type that is missing. Types and kinds are never renamed: history is append-only.
 * Each type's payload is described with a version (event-payloads.ts reads the notation); the
 * JSON Schemas made from them are published in docs/event-schemas.json (`npm run events:schemas`).
 */

import { payloadMarkdown, type PayloadNotation, VALUE_TYPES, type ValueType } from './event-payloads';

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
  /** The version of the payload's contract: raised whenever `payload` changes (event-schema-versions.json keeps count). */
  readonly version: number;
  /** The payload's fields in the notation of event-payloads.ts; `HistoryService.record` refuses any other payload. */
  readonly payload: PayloadNotation;
}

const { MOVE, DECISION, EVIDENCE, PUBLICATION, ACCESS, EDIT } = EventKind;

/** Every event type, in groups by area; the README's table is checked against this one. */
export const EVENT_CATALOGUE = {
  // The organisation and who may use it
  ORGANISATION_CREATED: {
    kind: EDIT,
    description: 'An organisation was set up, with its creator as the first administrator and its default service areas.',
    version: 1,
    payload: { organisationId: 'uuid', membershipId: 'uuid', role: 'role' },
  },
  ORGANISATION_UPDATED: {
    kind: EDIT,
    description: "The organisation's name, time zone or currency changed.",
    version: 1,
    payload: { fields: 'field[]' },
  },
  MEMBER_ADDED: {
    kind: ACCESS,
    description: 'A person joined the organisation with a role.',
    version: 1,
    payload: { membershipId: 'uuid', userId: 'uuid', role: 'role' },
  },
  MEMBER_ROLE_CHANGED: {
    kind: ACCESS,
    description: "A member's role changed (from, to).",
    version: 1,
    payload: { membershipId: 'uuid', userId: 'uuid', from: 'role', to: 'role' },
  },
  MEMBER_REMOVED: {
    kind: ACCESS,
    description: 'An administrator removed a member.',
    version: 1,
    payload: { membershipId: 'uuid', userId: 'uuid', role: 'role' },
  },
  MEMBER_LEFT: {
    kind: ACCESS,
    description: 'A member left the organisation.',
    version: 1,
    payload: { membershipId: 'uuid', userId: 'uuid', role: 'role' },
  },
  INVITATION_CREATED: {
    kind: ACCESS,
    description: 'Someone was invited to join with a role.',
    version: 1,
    payload: { invitationId: 'uuid', role: 'role' },
  },
  INVITATION_ACCEPTED: {
    kind: ACCESS,
    description: 'An invitation was taken up.',
    version: 1,
    payload: { invitationId: 'uuid', userId: 'uuid' },
  },
  INVITATION_REVOKED: {
    kind: ACCESS,
    description: 'An invitation was withdrawn before use.',
    version: 1,
    payload: { invitationId: 'uuid' },
  },
  API_KEY_CREATED: {
    kind: ACCESS,
    description: 'An API key was issued to an integration, with a role.',
    version: 1,
    payload: { apiKeyId: 'uuid', name: 'text', role: 'role' },
  },
  API_KEY_REVOKED: {
    kind: ACCESS,
    description: 'An API key stopped working.',
    version: 1,
    payload: { apiKeyId: 'uuid', withParentKeyId: 'uuid?' },
  },
  SINGLE_SIGN_ON_CONFIGURED: {
    kind: ACCESS,
    description:
      "An administrator set or changed the organisation's single sign-on: its provider, the roles its claim values give, whether people join at their first sign-in and whether passwords still count (the client secret is never recorded, only whether it changed).",
    version: 1,
    payload: { fields: 'field[]', clientSecretChanged: 'boolean', enabled: 'boolean', passwordSignInAllowed: 'boolean' },
  },
  EXTERNAL_IDENTITY_LINKED: {
    kind: ACCESS,
    description:
      "A person's identity at the organisation's sign-in service (its issuer and subject) was bound to their coprod account at their first sign-in with it; linkedToSignedInAccount: they were signed in already, and it joined that account.",
    version: 1,
    payload: { externalIdentityId: 'uuid', userId: 'uuid', linkedToSignedInAccount: 'boolean' },
  },
  PASSWORD_RESET_ISSUED: {
    kind: ACCESS,
    description: 'A password reset was issued for a member.',
    version: 1,
    payload: { userId: 'uuid', passwordResetId: 'uuid' },
  },
  PASSWORD_RESET_REQUESTED: {
    kind: ACCESS,
    description: 'A member asked for a password-reset link by e-mail, and one was sent to their address.',
    version: 1,
    payload: { userId: 'uuid', passwordResetId: 'uuid' },
  },
  PASSWORD_RESET_USED: {
    kind: ACCESS,
    description: 'A password reset was used to set a new password.',
    version: 1,
    payload: { userId: 'uuid', passwordResetId: 'uuid' },
  },
  FEED_TOKEN_ROTATED: {
    kind: ACCESS,
    description: "The public feed's token was replaced; the old one no longer works.",
    version: 1,
    payload: { rotatedAt: 'datetime' },
  },
  PROGRAMME_CALENDAR_ISSUED: {
    kind: ACCESS,
    description:
      "A calendar link to the programme's dates was made, or made again (replaced: true), in which case the old link stopped working at once; the link was shown once.",
    version: 1,
    payload: { programmeId: 'uuid', replaced: 'boolean' },
  },

  // Templates
  TEMPLATE_COPIED: {
    kind: EDIT,
    description: 'The organisation made its own copy of a workflow template.',
    version: 1,
    payload: { templateId: 'uuid', templateVersion: 'int' },
  },
  TEMPLATE_UPDATED: {
    kind: EDIT,
    description: "A copy's checklist items or task templates changed.",
    version: 1,
    payload: { templateId: 'uuid', templateVersion: 'int', version: 'int' },
  },
  TEMPLATE_DELETED: {
    kind: EDIT,
    description: 'A template copy was deleted.',
    version: 1,
    payload: { templateId: 'uuid', templateVersion: 'int', version: 'int' },
  },

  // Programmes: the five steps
  PROGRAMME_CREATED: {
    kind: EDIT,
    description: 'A programme began at Map it, from a template version.',
    version: 1,
    payload: { programmeId: 'uuid', templateId: 'uuid|null', templateVersion: 'int' },
  },
  PROGRAMME_UPDATED: {
    kind: EDIT,
    description: "A programme's name, description or owner changed.",
    version: 1,
    payload: { programmeId: 'uuid', fields: 'field[]' },
  },
  STEP_UPDATED: {
    kind: EDIT,
    description: "A step's owner or target date changed.",
    version: 1,
    payload: { programmeId: 'uuid', step: 'step', cycle: 'int', fields: 'field[]' },
  },
  STEP_ADVANCED: {
    kind: MOVE,
    description: 'The programme moved to the next step (from, to), its gate met or overridden with a reason.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      from: 'step',
      to: 'step',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'text|null',
      gateRecordId: 'uuid',
    },
  },
  STEP_REOPENED: {
    kind: MOVE,
    description: 'The programme went back to an earlier step (from, to) with a reason.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      step: 'step',
      from: 'step?',
      to: 'step?',
      fromStatus: 'programmeStatus?',
      toStatus: 'programmeStatus?',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'text',
      gateRecordsSetAside: 'uuid[]?',
    },
  },
  CYCLE_STARTED: {
    kind: MOVE,
    description: 'After Grow it the programme began a new cycle at Map it.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      from: 'step',
      to: 'step',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'text|null',
      gateRecordId: 'uuid',
    },
  },
  PROGRAMME_PAUSED: {
    kind: MOVE,
    description: 'Work on the programme was put on hold (status from, to).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      step: 'step',
      fromStatus: 'programmeStatus',
      toStatus: 'programmeStatus',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'null',
    },
  },
  PROGRAMME_RESUMED: {
    kind: MOVE,
    description: 'Work on a paused programme started again (status from, to).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      step: 'step',
      fromStatus: 'programmeStatus',
      toStatus: 'programmeStatus',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'null',
    },
  },
  PROGRAMME_COMPLETED: {
    kind: MOVE,
    description: 'Grow it was finished and the programme closed (status ACTIVE to COMPLETED).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      step: 'step',
      fromStatus: 'programmeStatus',
      toStatus: 'programmeStatus',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'text|null',
      gateRecordId: 'uuid',
    },
  },
  PROGRAMME_ARCHIVED: {
    kind: MOVE,
    description: 'The programme was archived and can no longer change (status from, to).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      step: 'step',
      fromStatus: 'programmeStatus',
      toStatus: 'programmeStatus',
      cycle: 'int',
      overridden: 'boolean',
      reason: 'null',
    },
  },
  CHECKLIST_ITEM_TICKED: {
    kind: EVIDENCE,
    description: 'A checklist item was marked done, with its evidence.',
    version: 1,
    payload: { programmeId: 'uuid', itemId: 'uuid', key: 'text', step: 'step', cycle: 'int' },
  },
  CHECKLIST_ITEM_UNTICKED: {
    kind: EVIDENCE,
    description: 'A checklist item was marked not done again.',
    version: 1,
    payload: { programmeId: 'uuid', itemId: 'uuid', key: 'text', step: 'step', cycle: 'int' },
  },
  TASK_CREATED: {
    kind: EDIT,
    description: 'A task was added to a step.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      taskId: 'uuid',
      step: 'step',
      cycle: 'int',
      status: 'taskStatus',
      priority: 'taskPriority',
      assigneeId: 'uuid|null',
      workshopId: 'uuid?',
    },
  },
  TASK_UPDATED: {
    kind: EDIT,
    description: "A task's details or status changed.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      taskId: 'uuid',
      step: 'step',
      cycle: 'int',
      fields: 'field[]',
      previousStep: 'step?',
      status: 'taskStatus?',
      previousStatus: 'taskStatus?',
      priority: 'taskPriority?',
      previousPriority: 'taskPriority?',
    },
  },
  TASK_ASSIGNED: {
    kind: EDIT,
    description: 'A task was given to a member, or taken back.',
    version: 1,
    payload: { programmeId: 'uuid', taskId: 'uuid', step: 'step', cycle: 'int', assigneeId: 'uuid|null', previousAssigneeId: 'uuid|null' },
  },
  TASK_COMPLETED: {
    kind: EDIT,
    description: 'A task was marked done.',
    version: 1,
    payload: { programmeId: 'uuid', taskId: 'uuid', step: 'step', cycle: 'int', previousStatus: 'taskStatus' },
  },
  TASK_DELETED: {
    kind: EDIT,
    description: 'A task was deleted.',
    version: 1,
    payload: { programmeId: 'uuid', taskId: 'uuid', step: 'step', cycle: 'int', status: 'taskStatus' },
  },

  // Map it
  SERVICE_AREA_CREATED: {
    kind: EDIT,
    description: 'A service area was added.',
    version: 1,
    payload: { serviceAreaId: 'uuid', active: 'boolean', position: 'int' },
  },
  SERVICE_AREA_UPDATED: {
    kind: EDIT,
    description: 'A service area was renamed, reordered, retired or brought back.',
    version: 1,
    payload: { serviceAreaId: 'uuid', fields: 'field[]', active: 'boolean?', position: 'int?' },
  },
  INITIATIVE_CREATED: {
    kind: EDIT,
    description: 'A coproduction initiative was recorded on the map.',
    version: 1,
    payload: {
      programmeId: 'uuid|null',
      initiativeId: 'uuid',
      serviceAreaId: 'uuid',
      forms: 'form[]',
      published: 'boolean',
      selfOrganisation: 'boolean',
    },
  },
  INITIATIVE_UPDATED: {
    kind: EDIT,
    description: 'An initiative changed.',
    version: 1,
    payload: { programmeId: 'uuid|null', initiativeId: 'uuid', fields: 'field[]', selfOrganisation: 'boolean', published: 'boolean?' },
  },
  INITIATIVE_DELETED: {
    kind: EDIT,
    description: 'An initiative was removed from the map.',
    version: 1,
    payload: { programmeId: 'uuid|null', initiativeId: 'uuid', serviceAreaId: 'uuid', published: 'boolean' },
  },
  INITIATIVES_IMPORTED: {
    kind: EDIT,
    description: 'Initiatives were loaded from a CSV file.',
    version: 1,
    payload: { programmeId: 'uuid|null', created: 'count', updated: 'count' },
  },
  INITIATIVES_PUBLISHED: {
    kind: PUBLICATION,
    description: "Initiatives were put in the organisation's public feed.",
    version: 1,
    payload: { programmeId: 'uuid|null', initiativeIds: 'uuid[]', published: 'boolean' },
  },
  INITIATIVES_UNPUBLISHED: {
    kind: PUBLICATION,
    description: 'Initiatives were taken out of the public feed.',
    version: 1,
    payload: { programmeId: 'uuid|null', initiativeIds: 'uuid[]', published: 'boolean' },
  },

  // Focus it: priorities and pilots
  PRIORITY_AREA_CREATED: {
    kind: EDIT,
    description: 'A service area was put forward as a priority, with a rationale.',
    version: 1,
    payload: { programmeId: 'uuid', priorityAreaId: 'uuid', serviceAreaId: 'uuid' },
  },
  PRIORITY_AREA_UPDATED: {
    kind: EDIT,
    description: "A priority area's rationale or service area changed.",
    version: 1,
    payload: { programmeId: 'uuid', priorityAreaId: 'uuid', fields: 'field[]' },
  },
  PRIORITY_SCORED: {
    kind: EVIDENCE,
    description: 'A member scored a priority area on the four criteria.',
    version: 1,
    payload: { programmeId: 'uuid', priorityAreaId: 'uuid', userId: 'uuid', replaced: 'boolean' },
  },
  PRIORITY_SELECTED: {
    kind: DECISION,
    description: 'A priority area was chosen to pilot in, or set aside.',
    version: 1,
    payload: { programmeId: 'uuid', priorityAreaId: 'uuid', selected: 'boolean', previouslySelected: 'boolean' },
  },
  PILOT_CREATED: {
    kind: EDIT,
    description: 'A pilot was proposed in a priority area.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', priorityAreaId: 'uuid|null', status: 'pilotStatus', currency: 'currency' },
  },
  PILOT_UPDATED: {
    kind: EDIT,
    description: "A pilot's plan (dates, budget, reach) changed.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      fields: 'field[]',
      priorityAreaId: 'uuid|null?',
      startDate: 'date|null?',
      endDate: 'date|null?',
      currency: 'currency?',
      participantsReached: 'count|null?',
      targetParticipants: 'count|null?',
    },
  },
  PILOT_APPROVED: {
    kind: DECISION,
    description: 'A proposed pilot was approved, with a reason (status from, to).',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', from: 'pilotStatus', to: 'pilotStatus', iteration: 'int', reason: 'text|null' },
  },
  PILOT_REJECTED: {
    kind: DECISION,
    description: 'A pilot was turned down, with a reason (status from, to).',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', from: 'pilotStatus', to: 'pilotStatus', iteration: 'int', reason: 'text|null' },
  },
  PILOT_STARTED: {
    kind: MOVE,
    description: 'An approved pilot began running (status from, to).',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', from: 'pilotStatus', to: 'pilotStatus', iteration: 'int', reason: 'null' },
  },
  PILOT_EVALUATION_STARTED: {
    kind: MOVE,
    description: 'A running pilot stopped running and its evaluation began (status from, to).',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', from: 'pilotStatus', to: 'pilotStatus', iteration: 'int', reason: 'null' },
  },
  PILOT_DECIDED: {
    kind: DECISION,
    description: 'An evaluated pilot was judged: scale it, adapt it or stop it, with a reason.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      from: 'pilotStatus',
      to: 'pilotStatus',
      iteration: 'int',
      reason: 'text',
      decision: 'pilotDecision',
      nextIteration: 'int?',
    },
  },
  PILOT_METRIC_ADDED: {
    kind: EDIT,
    description: 'A pilot gained a measure, with its baseline and target.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      metricId: 'uuid',
      direction: 'metricDirection',
      baseline: 'decimal|null',
      target: 'decimal|null',
    },
  },
  PILOT_METRIC_UPDATED: {
    kind: EDIT,
    description: "A measure's definition, baseline or target changed.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      metricId: 'uuid',
      fields: 'field[]',
      direction: 'metricDirection?',
      baseline: 'decimal|null?',
      target: 'decimal|null?',
    },
  },
  MEASUREMENT_RECORDED: {
    kind: EVIDENCE,
    description: 'A dated reading of a pilot measure was recorded.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', metricId: 'uuid', measurementId: 'uuid', date: 'date', value: 'decimal' },
  },
  MEASUREMENT_REMOVED: {
    kind: EVIDENCE,
    description: 'A reading of a pilot measure was withdrawn.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', metricId: 'uuid', measurementId: 'uuid', date: 'date' },
  },
  FINANCIAL_LINE_ADDED: {
    kind: EVIDENCE,
    description: 'A cost, saving or wider benefit was recorded for a pilot.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      lineId: 'uuid',
      kind: 'financialKind',
      amount: 'decimal',
      currency: 'currency',
      date: 'date',
    },
  },
  FINANCIAL_LINE_REMOVED: {
    kind: EVIDENCE,
    description: "A line of a pilot's costs and benefits was withdrawn.",
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', lineId: 'uuid', kind: 'financialKind', amount: 'decimal', currency: 'currency' },
  },

  // People it
  SKILL_CREATED: { kind: EDIT, description: "A skill was added to the organisation's list.", version: 1, payload: { skillId: 'uuid' } },
  PARTICIPANT_REGISTERED: {
    kind: EDIT,
    description: 'A participant was registered, with the lawful basis for holding their data.',
    version: 1,
    payload: { participantId: 'uuid', kind: 'participantKind', lawfulBasis: 'lawfulBasis|null' },
  },
  PARTICIPANT_UPDATED: {
    kind: EDIT,
    description: "A participant's record changed (which fields; never their values).",
    version: 1,
    payload: { participantId: 'uuid', fields: 'field[]', lawfulBasis: 'lawfulBasis?' },
  },
  PARTICIPANT_ERASED: {
    kind: EDIT,
    description: "A participant's personal data was erased; anonymous counts remain.",
    version: 1,
    payload: { participantId: 'uuid' },
  },
  PILOT_NEEDS_SET: {
    kind: EDIT,
    description: 'The skills and time a pilot needs from participants were set.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', skillIds: 'uuid[]', hoursPerMonth: 'count' },
  },
  PARTICIPANT_ENROLLED: {
    kind: EDIT,
    description: 'A participant joined a pilot in a role.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', participantId: 'uuid', enrolmentId: 'uuid', readingId: 'uuid', rejoined: 'boolean' },
  },
  PARTICIPANT_WITHDRAWN: {
    kind: EDIT,
    description: 'A participant left a pilot.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', participantId: 'uuid', enrolmentId: 'uuid' },
  },
  SELF_EFFICACY_RECORDED: {
    kind: EVIDENCE,
    description: "A participant's self-efficacy was rated, at enrolment or later.",
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', participantId: 'uuid', enrolmentId: 'uuid', readingId: 'uuid', recordedOn: 'date' },
  },

  // Market it
  ENGAGEMENT_PLAN_CREATED: {
    kind: EDIT,
    description: 'A pilot gained an engagement plan.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid' },
  },
  INCENTIVE_ADDED: {
    kind: EDIT,
    description: 'An incentive was added to an engagement plan.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', incentiveId: 'uuid', kind: 'incentiveKind' },
  },
  INCENTIVE_UPDATED: {
    kind: EDIT,
    description: 'An incentive changed.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', incentiveId: 'uuid', kind: 'incentiveKind', fields: 'field[]' },
  },
  INCENTIVE_REMOVED: {
    kind: EDIT,
    description: 'An incentive was removed.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', incentiveId: 'uuid', kind: 'incentiveKind' },
  },
  COMMUNICATION_ACTION_ADDED: {
    kind: EDIT,
    description: 'A communication action was planned.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      planId: 'uuid',
      communicationActionId: 'uuid',
      startsOn: 'date|null',
      endsOn: 'date|null',
      done: 'boolean',
    },
  },
  COMMUNICATION_ACTION_UPDATED: {
    kind: EDIT,
    description: 'A communication action changed or was done.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      planId: 'uuid',
      communicationActionId: 'uuid',
      fields: 'field[]',
      startsOn: 'date|null',
      endsOn: 'date|null',
      done: 'boolean',
    },
  },
  COMMUNICATION_ACTION_REMOVED: {
    kind: EDIT,
    description: 'A communication action was dropped.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', communicationActionId: 'uuid' },
  },
  PARTICIPANT_RESOURCE_ADDED: {
    kind: EDIT,
    description: 'An engagement plan gained something the body gives participants so they can take part (skills, tools, time).',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', participantResourceId: 'uuid', kind: 'resourceKind' },
  },
  PARTICIPANT_RESOURCE_UPDATED: {
    kind: EDIT,
    description: 'A resource for participants changed.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      planId: 'uuid',
      participantResourceId: 'uuid',
      kind: 'resourceKind',
      fields: 'field[]',
    },
  },
  PARTICIPANT_RESOURCE_REMOVED: {
    kind: EDIT,
    description: 'A resource for participants was removed.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', participantResourceId: 'uuid', kind: 'resourceKind' },
  },
  ENGAGEMENT_TERMS_SAVED: {
    kind: EDIT,
    description: 'A new draft version of the rules of engagement was saved.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', termsId: 'uuid', termsVersion: 'int' },
  },
  ENGAGEMENT_TERMS_PUBLISHED: {
    kind: PUBLICATION,
    description: 'A version of the rules of engagement was published for participants to read.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', planId: 'uuid', termsId: 'uuid', termsVersion: 'int' },
  },

  // Grow it
  SCALING_PLAN_CREATED: {
    kind: EDIT,
    description: 'A pilot judged worth scaling gained a scaling plan.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      scalingPlanId: 'uuid',
      mechanism: 'scalingMechanism',
      targetServiceAreaIds: 'uuid[]',
      expectedReach: 'count|null',
    },
  },
  SCALING_PLAN_UPDATED: {
    kind: EDIT,
    description: 'A scaling plan changed.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      scalingPlanId: 'uuid',
      fields: 'field[]',
      mechanism: 'scalingMechanism?',
      targetServiceAreaIds: 'uuid[]?',
      expectedReach: 'count|null?',
    },
  },
  TRAINING_ACTION_ADDED: {
    kind: EDIT,
    description: 'Training for staff or citizens was added to a scaling plan.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      scalingPlanId: 'uuid',
      trainingActionId: 'uuid',
      audience: 'trainingAudience',
      sessions: 'count',
      done: 'boolean',
    },
  },
  TRAINING_ACTION_UPDATED: {
    kind: EDIT,
    description: 'A training action changed or was done.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      pilotId: 'uuid',
      scalingPlanId: 'uuid',
      trainingActionId: 'uuid',
      fields: 'field[]',
      audience: 'trainingAudience',
      sessions: 'count',
      done: 'boolean',
    },
  },
  TRAINING_ACTION_REMOVED: {
    kind: EDIT,
    description: 'A training action was removed.',
    version: 1,
    payload: { programmeId: 'uuid', pilotId: 'uuid', scalingPlanId: 'uuid', trainingActionId: 'uuid', audience: 'trainingAudience' },
  },

  // Surveys
  SURVEY_CREATED: {
    kind: EDIT,
    description: 'A coproduction-index survey was set up.',
    version: 1,
    payload: { surveyId: 'uuid', areas: 'text[]', samplingMethod: 'samplingMethod', respondentTokensRequired: 'boolean' },
  },
  SURVEY_LINK_ROTATED: {
    kind: ACCESS,
    description: "A survey's public response link was replaced; the old one no longer works.",
    version: 1,
    payload: { surveyId: 'uuid' },
  },
  SURVEY_RESPONDENT_TOKENS_ISSUED: {
    kind: ACCESS,
    description: 'Personal single-use links to a survey were issued (how many; the links themselves are never kept).',
    version: 1,
    payload: { surveyId: 'uuid', count: 'count' },
  },
  SURVEY_RESPONDENT_TOKENS_REQUIRED: {
    kind: ACCESS,
    description: 'Whether a survey takes answers through personal links only, refusing them on its open link, was changed.',
    version: 1,
    payload: { surveyId: 'uuid', required: 'boolean' },
  },
  SURVEY_RESPONSE_ENTERED: {
    kind: EVIDENCE,
    description: 'A survey response was entered by a member (responses through the public link are counted, not logged).',
    version: 1,
    payload: { surveyId: 'uuid', responseId: 'uuid' },
  },
  SURVEY_RESPONSES_IMPORTED: {
    kind: EVIDENCE,
    description: 'Survey responses were loaded from a CSV file.',
    version: 1,
    payload: { surveyId: 'uuid', count: 'count' },
  },
  SURVEY_CLOSED: {
    kind: MOVE,
    description: 'A survey stopped taking responses.',
    version: 1,
    payload: { surveyId: 'uuid', responses: 'count' },
  },

  // Workshops
  WORKSHOP_PLANNED: {
    kind: EDIT,
    description: "A workshop of one of the programme's steps was planned, with its agenda.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      workshopId: 'uuid',
      step: 'step',
      cycle: 'int',
      startsAt: 'datetime',
      endsAt: 'datetime',
      facilitatorUserId: 'uuid|null',
      templateId: 'uuid|null',
      attendeeUserIds: 'uuid[]',
      attendeeParticipants: 'count',
      agendaItems: 'count',
    },
  },
  WORKSHOP_UPDATED: {
    kind: EDIT,
    description: "A workshop's time, place, link, facilitator or attendees changed.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      workshopId: 'uuid',
      fields: 'field[]',
      startsAt: 'datetime?',
      endsAt: 'datetime?',
      facilitatorUserId: 'uuid?',
      attendeeUserIds: 'uuid[]?',
      attendeeParticipants: 'count?',
    },
  },
  WORKSHOP_AGENDA_CHANGED: {
    kind: EDIT,
    description: "A section of a workshop's agenda was added, changed or removed, or the agenda reordered.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      workshopId: 'uuid',
      change: 'ADDED|CHANGED|REMOVED|REORDERED',
      agendaItemId: 'uuid?',
      position: 'int?',
      minutes: 'count?',
      fields: 'field[]?',
      agendaItemIds: 'uuid[]?',
    },
  },
  WORKSHOP_STARTED: {
    kind: MOVE,
    description: 'A workshop began in the room.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', from: 'workshopStatus', to: 'workshopStatus' },
  },
  WORKSHOP_ENDED: {
    kind: MOVE,
    description: 'A workshop that was running came to an end.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', from: 'workshopStatus', to: 'workshopStatus' },
  },
  WORKSHOP_CANCELLED: {
    kind: MOVE,
    description: 'A planned workshop was called off.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', from: 'workshopStatus', to: 'workshopStatus' },
  },
  WORKSHOP_OUTPUTS_CAPTURED: {
    kind: EDIT,
    description: 'Outputs of a workshop (notes, decisions, actions…) were captured together.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', outputIds: 'uuid[]', kinds: 'outputKind[]' },
  },
  WORKSHOP_OUTPUT_CHANGED: {
    kind: EDIT,
    description: 'A workshop output not yet converted was edited or deleted.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      workshopId: 'uuid',
      outputId: 'uuid',
      change: 'EDITED|DELETED',
      fields: 'field[]?',
      kind: 'outputKind?',
      previousKind: 'outputKind?',
    },
  },
  WORKSHOP_OUTPUT_CONVERTED: {
    kind: EDIT,
    description: 'A workshop output became a task, an initiative, a priority area or a checklist tick.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      workshopId: 'uuid',
      outputId: 'uuid',
      kind: 'outputKind',
      convertedKind: 'conversionKind',
      convertedId: 'uuid',
    },
  },
  WORKSHOP_JOINING_OPENED: {
    kind: EDIT,
    description: 'A running workshop showed a new join code; any earlier code stopped working.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', expiresAt: 'datetime' },
  },
  WORKSHOP_JOINING_CLOSED: {
    kind: EDIT,
    description: 'A workshop stopped taking new guests; those already in stayed.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid' },
  },
  WORKSHOP_GUEST_JOINED: {
    kind: EDIT,
    description: 'Someone without an account joined a running workshop with its code (the guest id only).',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', guestId: 'uuid' },
  },
  WORKSHOP_VOTE_OPENED: {
    kind: EDIT,
    description: 'A round of dot-voting opened in a running workshop.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', roundId: 'uuid', options: 'count', dotsPerVoter: 'count', anonymous: 'boolean' },
  },
  WORKSHOP_VOTES_CAST: {
    kind: EDIT,
    description: 'Someone placed or changed their dots in an open round (in an anonymous round, with no actor named).',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', roundId: 'uuid' },
  },
  WORKSHOP_VOTE_CLOSED: {
    kind: EDIT,
    description: 'A round of dot-voting closed; its tally became a DECISION output.',
    version: 1,
    payload: { programmeId: 'uuid', workshopId: 'uuid', roundId: 'uuid', voters: 'count', decisionOutputId: 'uuid' },
  },

  // Conflict and risk: a programme's register, its decisions and its "you said, we did" page
  RISK_ADDED: {
    kind: EDIT,
    description:
      "A risk joined the programme's register, open, with its likelihood and impact (1 to 5); sanction: its mitigation penalises participants.",
    version: 1,
    payload: {
      programmeId: 'uuid',
      riskId: 'uuid',
      kind: 'DELIVERY|FINANCIAL|PARTICIPATION|SAFEGUARDING|LEGAL|REPUTATION|CONFLICT|OTHER',
      likelihood: 'int',
      impact: 'int',
      sanction: 'boolean',
    },
  },
  RISK_UPDATED: {
    kind: EDIT,
    description: 'A risk changed, or its status moved (fromStatus when it did).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      riskId: 'uuid',
      fields: 'field[]',
      status: 'OPEN|MITIGATING|CLOSED',
      fromStatus: 'OPEN|MITIGATING|CLOSED?',
      likelihood: 'int',
      impact: 'int',
      sanction: 'boolean',
    },
  },
  DISAGREEMENT_RECORDED: {
    kind: EDIT,
    description: 'Groups were recorded as differing about something in the programme, with who is to decide between them.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      disagreementId: 'uuid',
      groupCount: 'count',
      decider: 'POLITICIANS|PROGRAMME_BOARD|SERVICE_MANAGERS|PARTICIPANTS|OTHER',
    },
  },
  DISAGREEMENT_UPDATED: {
    kind: EDIT,
    description: 'A disagreement changed, or was marked settled or withdrawn, or reopened (fromStatus when its status moved).',
    version: 1,
    payload: {
      programmeId: 'uuid',
      disagreementId: 'uuid',
      fields: 'field[]',
      status: 'OPEN|ARBITRATED|SETTLED|WITHDRAWN',
      fromStatus: 'OPEN|ARBITRATED|SETTLED|WITHDRAWN?',
    },
  },
  DISAGREEMENT_ARBITRATED: {
    kind: DECISION,
    description: 'Whoever decides (the politicians, say) settled a disagreement: the decision, its reason, who decided and on which day.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      disagreementId: 'uuid',
      decisionId: 'uuid',
      decision: 'text',
      reason: 'text',
      decidedBy: 'POLITICIANS|PROGRAMME_BOARD|SERVICE_MANAGERS|PARTICIPANTS|OTHER',
      decidedOn: 'date',
      sanction: 'boolean',
    },
  },
  DECISION_RECORDED: {
    kind: DECISION,
    description: 'A decision was taken on a workshop output, a survey or an initiative: what, why, who decided and on which day.',
    version: 1,
    payload: {
      programmeId: 'uuid',
      decisionId: 'uuid',
      sourceKind: 'WORKSHOP_OUTPUT|SURVEY|INITIATIVE',
      sourceId: 'uuid',
      decision: 'text',
      reason: 'text',
      decidedBy: 'POLITICIANS|PROGRAMME_BOARD|SERVICE_MANAGERS|PARTICIPANTS|OTHER',
      decidedOn: 'date',
      sanction: 'boolean',
    },
  },
  DECISION_RESULT_RECORDED: {
    kind: EDIT,
    description: 'What changed because of a decision was written down, changed or cleared (hasResult: false).',
    version: 1,
    payload: { programmeId: 'uuid', decisionId: 'uuid', hasResult: 'boolean' },
  },
  DECISION_PUBLISHED: {
    kind: PUBLICATION,
    description: 'A decision was put on the programme\'s "you said, we did" page.',
    version: 1,
    payload: { programmeId: 'uuid', decisionId: 'uuid', sourceKind: 'DISAGREEMENT|WORKSHOP_OUTPUT|SURVEY|INITIATIVE' },
  },
  DECISION_UNPUBLISHED: {
    kind: PUBLICATION,
    description: 'A decision was taken off the programme\'s "you said, we did" page.',
    version: 1,
    payload: { programmeId: 'uuid', decisionId: 'uuid', sourceKind: 'DISAGREEMENT|WORKSHOP_OUTPUT|SURVEY|INITIATIVE' },
  },
  OUTCOME_PAGE_ISSUED: {
    kind: ACCESS,
    description:
      'A link to the programme\'s "you said, we did" page was made, or made again (replaced: true), in which case the old link stopped working at once; the link was shown once.',
    version: 1,
    payload: { programmeId: 'uuid', replaced: 'boolean' },
  },
  OUTCOME_PAGE_REVOKED: {
    kind: ACCESS,
    description: 'The programme\'s "you said, we did" link was stopped; the page answers no one until a new link is made.',
    version: 1,
    payload: { programmeId: 'uuid' },
  },

  // Webhooks to the organisation's own systems
  WEBHOOK_ENDPOINT_CREATED: {
    kind: ACCESS,
    description: 'An administrator registered a webhook endpoint for some event types; its secret was shown once.',
    version: 1,
    payload: { endpointId: 'uuid', eventTypes: 'eventType[]', active: 'boolean' },
  },
  WEBHOOK_ENDPOINT_UPDATED: {
    kind: ACCESS,
    description: "A webhook endpoint's address, event types or description changed, or it was turned off or on.",
    version: 1,
    payload: { endpointId: 'uuid', eventTypes: 'eventType[]', active: 'boolean', urlChanged: 'boolean' },
  },
  WEBHOOK_SECRET_ROTATED: {
    kind: ACCESS,
    description: "A webhook endpoint's signing secret was replaced; the old one signs beside it for the hours given.",
    version: 1,
    payload: { endpointId: 'uuid', keepPreviousForHours: 'count' },
  },
  WEBHOOK_ENDPOINT_DELETED: {
    kind: ACCESS,
    description: 'A webhook endpoint was deleted with its deliveries and their log.',
    version: 1,
    payload: { endpointId: 'uuid' },
  },
  WEBHOOK_ENDPOINT_DISABLED: {
    kind: ACCESS,
    description:
      'The product turned a webhook endpoint off: its receiver answered 410 Gone (GONE), or every delivery failed for days (FAILING).',
    version: 1,
    payload: { endpointId: 'uuid', reason: 'GONE|FAILING' },
  },
  WEBHOOK_REDELIVERY_REQUESTED: {
    kind: EDIT,
    description: 'An administrator asked for a delivery to be sent again, from its first attempt.',
    version: 1,
    payload: { endpointId: 'uuid', deliveryId: 'uuid', eventId: 'eventId' },
  },
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

/** The catalogue as the README shows it (kinds, the payloads' values, then every type); a test keeps the two the same. */
export function eventCatalogueMarkdown(): string {
  const kinds = Object.values(EventKind).map((kind) => `| ${kind} | ${EVENT_KIND_DESCRIPTIONS[kind]} |`);
  const values = Object.entries<ValueType>(VALUE_TYPES).map(([name, { meaning, schema }]) => {
    const described = Array.isArray(schema.enum) ? `${meaning.replace(/\.$/, '')}: ${schema.enum.join(', ')}.` : meaning;
    return `| ${name} | ${described} |`;
  });
  const types = EVENT_TYPES.map((type) => {
    const entry: EventTypeEntry = EVENT_CATALOGUE[type];
    return `| \`${type}\` | ${entry.kind} | ${entry.version} | ${entry.description} | ${payloadMarkdown(entry.payload)} |`;
  });
  return [
    '| kind | what it means |',
    '|---|---|',
    ...kinds,
    '',
    '| payload value | what it holds |',
    '|---|---|',
    ...values,
    '',
    '| event type | kind | version | what it records | payload |',
    '|---|---|---|---|---|',
    ...types,
  ].join('\n');
}
