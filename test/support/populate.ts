import { randomUUID } from 'node:crypto';
import { today } from '../people/people-support';
import { addLine, createPilot, move, type Organisation } from '../pilots/pilot-support';
import { DigestScheduler } from '@app/notifications';
import { sql, type TestApp } from './test-app';

/** What `populate` made, by the argument names and the GraphQL types that take them. */
export interface PopulatedIds {
  byName: Record<string, string>;
  idByType: Record<string, string>;
  /** Arguments of one field whose name another field uses for something else (`token`). */
  byField: Record<string, Record<string, string>>;
}

/** Each populate makes its digests on a day of its own, so one organisation's never finds the day already done by another's. */
let digestDays = 0;

/** An organisation with something of every kind: a programme past Map it, a pilot decided SCALE with its plans, people, surveys. */
export async function populate(t: TestApp, org: Organisation): Promise<PopulatedIds> {
  const as = org.as.ADMIN;
  const ok = (document: string, input: Record<string, unknown> = {}) => t.client.ok(document, { input }, as);
  // Sent with an Idempotency-Key, so the organisation holds one (libs/idempotency) like every other kind of record.
  const programme = (
    await t.client.ok(
      `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`,
      { input: { name: 'Everything at once' } },
      { ...as, headers: { 'idempotency-key': randomUUID() } },
    )
  ).createProgramme;
  const areas = (await t.client.ok(`{ serviceAreas { id name } }`, {}, as)).serviceAreas as Array<{ id: string }>;
  const initiative = (
    await ok(`mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`, {
      name: 'Street wardens',
      serviceAreaId: areas[0].id,
      forms: ['CO_DELIVERY'],
      publicBodyInput: 'Training and radios',
      programmeId: programme.id,
    })
  ).createInitiative;
  await ok(`mutation($input: PublishInitiativesInput!) { publishInitiatives(input: $input) { id } }`, {
    initiativeIds: [initiative.id],
    published: true,
  });
  const feedToken = (await t.client.ok(`mutation { rotateFeedToken { token } }`, {}, as)).rotateFeedToken.token as string;
  // Calendar links: the programme's, and the ADMIN's own.
  await ok(`mutation($input: ResetProgrammeCalendarFeedInput!) { resetProgrammeCalendarFeed(input: $input) { url } }`, {
    programmeId: programme.id,
  });
  await t.client.ok(`mutation { resetMyCalendarFeed { url } }`, {}, as);
  // Conflict and risk: a risk, a disagreement settled by a decision, and the "you said, we did" link.
  await ok(`mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`, {
    programmeId: programme.id,
    kind: 'CONFLICT',
    description: 'Two residents groups fall out over the route',
    likelihood: 3,
    impact: 3,
  });
  const disagreement = (
    await ok(`mutation($input: AddDisagreementInput!) { addDisagreement(input: $input) { id version } }`, {
      programmeId: programme.id,
      groups: ['North side', 'South side'],
      subject: 'Which streets the wardens walk first',
      decider: 'POLITICIANS',
    })
  ).addDisagreement;
  await ok(`mutation($input: ArbitrateDisagreementInput!) { arbitrateDisagreement(input: $input) { decision { id } } }`, {
    disagreementId: disagreement.id,
    version: disagreement.version,
    decision: 'Alternate the starting side each month',
    reason: 'Neither side is worse served',
    decidedBy: 'POLITICIANS',
    decidedOn: '2027-01-15',
  });
  const outcomePageToken = (
    await ok(`mutation($input: OutcomePageInput!) { issueOutcomePageLink(input: $input) { token } }`, { programmeId: programme.id })
  ).issueOutcomePageLink.token as string;

  const priority = (
    await ok(`mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id } }`, {
      programmeId: programme.id,
      serviceAreaId: areas[0].id,
    })
  ).createPriorityArea;
  await ok(`mutation($input: ScorePriorityAreaInput!) { scorePriorityArea(input: $input) { id } }`, {
    priorityAreaId: priority.id,
    need: 4,
    feasibility: 3,
    appetite: 5,
    impact: 4,
  });

  let pilot = await createPilot(t, as, {
    programmeId: programme.id,
    name: 'Wardens on every estate',
    priorityAreaId: priority.id,
    participantsReached: 12,
  });
  const metric = (
    await ok(`mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id } }`, {
      pilotId: pilot.id,
      name: 'Reports',
      unit: 'a month',
      direction: 'LOWER_IS_BETTER',
      baseline: '40',
      target: '25',
    })
  ).addPilotMetric;
  await ok(`mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`, {
    metricId: metric.id,
    date: '2026-02-01',
    value: '31',
  });
  await addLine(t, as, pilot.id, 'COST', '1200.00');
  await addLine(t, as, pilot.id, 'SAVING', '3000.00');

  const skill = (await ok(`mutation($input: CreateSkillInput!) { createSkill(input: $input) { id } }`, { name: 'First aid' })).createSkill;
  const participant = (
    await ok(`mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`, {
      kind: 'CITIZEN',
      displayName: 'Robin Reader',
      motivation: 4,
      hoursPerMonth: 6,
      skillIds: [skill.id],
      lawfulBasis: { basis: 'PUBLIC_TASK' },
    })
  ).registerParticipant;
  pilot = await move(t, as, 'approve', pilot, { reason: 'Fits the priority' });
  await ok(`mutation($input: SetPilotNeedsInput!) { setPilotNeeds(input: $input) { pilotId } }`, {
    pilotId: pilot.id,
    skillIds: [skill.id],
    hoursPerMonth: 4,
  });
  await ok(`mutation($input: CreateEngagementPlanInput!) { createEngagementPlan(input: $input) { id } }`, { pilotId: pilot.id });
  await ok(`mutation($input: AddIncentiveInput!) { addIncentive(input: $input) { incentive { id } } }`, {
    pilotId: pilot.id,
    kind: 'INTRINSIC',
    description: 'Pride in the estate',
  });
  const terms = (
    await ok(`mutation($input: SaveEngagementTermsInput!) { saveEngagementTerms(input: $input) { version } }`, {
      pilotId: pilot.id,
      expectations: 'Two walks a month',
      rulesOfEngagement: 'Wardens report, they do not intervene',
    })
  ).saveEngagementTerms;
  await ok(`mutation($input: PublishEngagementTermsInput!) { publishEngagementTerms(input: $input) { version } }`, {
    pilotId: pilot.id,
    version: terms.version,
  });
  pilot = await move(t, as, 'start', pilot);
  const enrolment = (
    await ok(`mutation($input: EnrolParticipantInput!) { enrolParticipant(input: $input) { id } }`, {
      pilotId: pilot.id,
      participantId: participant.id,
      role: 'Warden',
      selfEfficacy: 3,
    })
  ).enrolParticipant;
  await ok(`mutation($input: RecordSelfEfficacyInput!) { recordSelfEfficacy(input: $input) { id } }`, {
    enrolmentId: enrolment.id,
    recordedOn: await today(t, org.id),
    score: 4,
  });
  pilot = await move(t, as, 'evaluate', pilot);
  pilot = await move(t, as, 'decide', pilot, { decision: 'SCALE', reason: 'Reports fell by a quarter' });
  const scaling = (
    await ok(`mutation($input: CreateScalingPlanInput!) { createScalingPlan(input: $input) { id } }`, {
      pilotId: pilot.id,
      mechanism: 'REPLICATE',
      targetServiceAreaIds: [areas[1].id],
    })
  ).createScalingPlan;
  await ok(`mutation($input: AddTrainingActionInput!) { addTrainingAction(input: $input) { id } }`, {
    scalingPlanId: scaling.id,
    audience: 'STAFF',
    topic: 'Supporting wardens',
  });

  const task = (
    await ok(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      programmeId: programme.id,
      title: 'Walk the estates',
      step: 'MAP',
    })
  ).createTask;
  const read = await t.client.ok(
    `query($id: ID!) { programme(id: $id) { version steps { step items { id kind } } } }`,
    { id: programme.id },
    as,
  );
  const manual = read.programme.steps[0].items.find((i: { kind: string }) => i.kind === 'MANUAL');
  await ok(`mutation($input: TickChecklistItemInput!) { tickChecklistItem(input: $input) { id } }`, {
    itemId: manual.id,
    evidenceText: 'Workshop notes',
  });
  // A passed step, so that gate records are read too.
  await ok(`mutation($input: GatedMoveInput!) { advanceStep(input: $input) { id } }`, {
    programmeId: programme.id,
    version: read.programme.version,
    overrideReason: 'Board asked to move on',
  });

  const template = (await t.client.ok(`mutation { copyDefaultTemplate(input: { name: "Our way" }) { id } }`, {}, as)).copyDefaultTemplate;
  await ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, {
    email: 'pending@example.org',
    role: 'VIEWER',
  });

  const surveyInput = { title: 'Residents', areas: ['COMMUNITY_SAFETY'], samplingMethod: 'SELF_SELECTED_ONLINE' };
  const earlier = (
    await ok(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken survey { id } } }`, surveyInput)
  ).createSurvey;
  const later = (
    await ok(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { responseToken survey { id } } }`, {
      ...surveyInput,
      title: 'Residents again',
    })
  ).createSurvey;
  for (const survey of [earlier, later]) {
    await ok(`mutation($input: RecordSurveyResponseInput!) { recordSurveyResponse(input: $input) { id } }`, {
      surveyId: survey.survey.id,
      answers: { 'safety.q1': 'OFTEN', 'safety.q2': 'SOMETIMES', 'safety.q3': 'NEVER', 'safety.q4': 'OFTEN', 'safety.q5': 'SOMETIMES' },
    });
  }

  // The remaining kinds of record, so that every organisation table holds a row.
  await ok(`mutation($input: AddCommunicationActionInput!) { addCommunicationAction(input: $input) { id } }`, {
    pilotId: pilot.id,
    channel: 'Leaflet',
    message: 'Wardens wanted',
  });
  await ok(`mutation($input: AddParticipantResourceInput!) { addParticipantResource(input: $input) { id } }`, {
    pilotId: pilot.id,
    kind: 'TIME',
    description: 'An hour a week with the estate officer',
  });
  await ok(`mutation($input: IssueSurveyRespondentTokensInput!) { issueSurveyRespondentTokens(input: $input) { survey { id } } }`, {
    surveyId: later.survey.id,
    count: 2,
  });
  await ok(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, { name: 'Intranet', role: 'VIEWER' });
  await ok(`mutation($input: IssuePasswordResetInput!) { issuePasswordReset(input: $input) { expiresAt } }`, {
    userId: org.as.VIEWER.userId,
  });

  const workshopTemplate = (
    await ok(`mutation($input: CreateWorkshopTemplateInput!) { createWorkshopTemplate(input: $input) { id } }`, {
      title: 'Estate walk',
      step: 'MAP',
    })
  ).createWorkshopTemplate;
  const workshop = (
    await ok(`mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id } }`, {
      programmeId: programme.id,
      templateId: workshopTemplate.id,
      startsAt: '2027-03-04T09:30:00Z',
      endsAt: '2027-03-04T12:00:00Z',
      facilitatorUserId: org.as.CONSULTANT.userId,
      attendeeUserIds: [org.as.CONTRIBUTOR.userId],
      attendeeParticipantIds: [participant.id],
    })
  ).planWorkshop;
  // The room: a guest joins with the code, and a round of dots gets a member's and the guest's ballots.
  await ok(`mutation($input: WorkshopVersionInput!) { startWorkshop(input: $input) { id } }`, { workshopId: workshop.id, version: 1 });
  const { code } = (
    await ok(`mutation($input: WorkshopJoiningInput!) { openWorkshopJoining(input: $input) { code } }`, { workshopId: workshop.id })
  ).openWorkshopJoining;
  const { pass } = (
    await t.client.ok(`mutation($input: JoinWorkshopInput!) { joinWorkshop(input: $input) { pass } }`, {
      input: { code, displayName: 'Ash' },
    })
  ).joinWorkshop;
  const round = (
    await ok(`mutation($input: OpenVoteRoundInput!) { openVoteRound(input: $input) { id options { id } } }`, {
      workshopId: workshop.id,
      question: 'Which first?',
      dotsPerVoter: 2,
      anonymous: false,
      options: [{ priorityAreaId: priority.id }, { initiativeId: initiative.id }],
    })
  ).openVoteRound;
  await t.client.ok(
    `mutation($input: CastVotesInput!) { castWorkshopVotes(input: $input) { id } }`,
    { input: { roundId: round.id, ballot: [{ optionId: round.options[0].id, dots: 2 }] } },
    org.as.CONTRIBUTOR,
  );
  await t.client.ok(`mutation($input: CastGuestVotesInput!) { castGuestVotes(input: $input) { id } }`, {
    input: { pass, roundId: round.id, ballot: [{ optionId: round.options[1].id, dots: 1 }] },
  });
  await t.client.ok(`mutation($input: GuestNoteInput!) { addGuestNote(input: $input) { id } }`, { input: { pass, text: 'Bring maps' } });
  await ok(`mutation($input: CaptureWorkshopOutputsInput!) { captureWorkshopOutputs(input: $input) { id } }`, {
    workshopId: workshop.id,
    outputs: [
      { kind: 'DECISION', text: 'Walk the estate again in spring' },
      { kind: 'RISK', text: 'Few residents came from the north side' },
    ],
  });

  const engagementPlan = (await t.client.ok(`query($id: ID!) { pilot(id: $id) { engagementPlan { id } } }`, { id: pilot.id }, as)).pilot
    .engagementPlan;
  // A webhook endpoint, turned off so that nothing is sent from the suites that populate (test/integration sends).
  const webhook = (
    await ok(`mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }`, {
      url: 'https://93.184.216.34/coprod-hooks',
      eventTypes: ['TASK_CREATED', 'STEP_ADVANCED'],
      description: 'Intranet board',
      active: false,
    })
  ).createWebhookEndpoint.endpoint;
  // Single sign-on, set but off (no provider runs here), and the ADMIN's identity bound as a provider's sign-in binds it.
  const issuer = 'https://login.example.org/realms/staff';
  await ok(`mutation($input: UpdateOidcConfigurationInput!) { updateOidcConfiguration(input: $input) { id } }`, {
    enabled: false,
    slug: `org-${org.id.slice(0, 8)}`,
    issuer,
    clientId: 'coprod',
    clientSecret: 'a client secret',
    roleClaim: 'groups',
    roleMapping: [{ claimValue: 'coprod-staff', role: 'VIEWER' }],
    createMembersOnFirstSignIn: false,
    passwordSignInAllowed: true,
  });
  await sql(
    t,
    `INSERT INTO external_identity (organisation_id, issuer, subject, user_id, last_signed_in_at) VALUES ($1, $2, $3, $4, now())`,
    [org.id, issuer, `subject-${org.as.ADMIN.userId}`, org.as.ADMIN.userId],
  );
  // Reminders: the ADMIN's own settings (every hour theirs), an overdue task of theirs, and their day's digest made.
  await t.client.ok(
    `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { sendHour } }`,
    { input: { sendHour: 0 } },
    as,
  );
  await ok(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
    programmeId: programme.id,
    title: 'Send the walk report',
    step: 'MAP',
    assigneeId: as.userId,
    dueDate: '2001-01-01',
  });
  await t.app.get(DigestScheduler).runOnce(new Date(Date.UTC(2040, 0, 1 + digestDays++, 12)));

  return {
    byName: {
      programmeId: programme.id,
      pilotId: pilot.id,
      participantId: participant.id,
      surveyId: earlier.survey.id,
      earlierId: earlier.survey.id,
      laterId: later.survey.id,
      feedToken,
      token: later.responseToken,
      workshopId: workshop.id,
      templateId: workshopTemplate.id,
      pass,
    },
    byField: { publicOutcomePage: { token: outcomePageToken } },
    idByType: {
      Programme: programme.id,
      Pilot: pilot.id,
      PilotMetric: metric.id,
      PriorityArea: priority.id,
      Initiative: initiative.id,
      Participant: participant.id,
      EngagementPlan: engagementPlan.id,
      ScalingPlan: scaling.id,
      Survey: earlier.survey.id,
      Task: task.id,
      WorkflowTemplate: template.id,
      Workshop: workshop.id,
      WorkshopTemplate: workshopTemplate.id,
      WebhookEndpoint: webhook.id,
    },
  };
}
