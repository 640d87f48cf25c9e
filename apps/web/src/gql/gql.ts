/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          timeZone\n          currency\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AdminOrganisation {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query AdminMembers($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      parentKeyId\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        parentKeyId\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n": typeof types.OrganisationDashboardDocument,
    "\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n": typeof types.OrganisationChangesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query ProgrammeBoard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      version\n      lastEventSequence\n      updatedAt\n      availableMoves {\n        type\n        reasonRequired\n        overridesGate\n        steps\n      }\n      permissions {\n        move\n        overrideGate\n        edit\n        tickItems\n        manageTasks\n      }\n      steps {\n        ...BoardStep\n      }\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n\n  fragment BoardStep on ProgrammeStep {\n    id\n    step\n    name\n    purpose\n    state\n    cycle\n    startedAt\n    completedAt\n    ownerId\n    targetDate\n    gate {\n      open\n      recorded\n      requiredSatisfied\n      requiredTotal\n      advisorySatisfied\n      advisoryTotal\n      passedAt\n      passedByOverride\n      overrideReason\n      openItems {\n        key\n        title\n        explanation\n      }\n    }\n    liveGate {\n      open\n      requiredSatisfied\n      requiredTotal\n    }\n    items {\n      ...BoardItem\n    }\n    gateRecords {\n      id\n      passedAt\n      passedBy\n      passedByOverride\n      overrideReason\n      setAsideAt\n      gate {\n        requiredSatisfied\n        requiredTotal\n      }\n    }\n  }\n\n  fragment BoardItem on ChecklistItem {\n    id\n    key\n    title\n    guidance\n    kind\n    required\n    source\n    evidenceText\n    evidenceUrl\n    tickedAt\n    tickedBy\n    verdict {\n      satisfied\n      explanation\n    }\n  }\n": typeof types.ProgrammeBoardDocument,
    "\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n": typeof types.TickChecklistItemDocument,
    "\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n": typeof types.UntickChecklistItemDocument,
    "\n  mutation AdvanceStep($input: GatedMoveInput!) {\n    advanceStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.AdvanceStepDocument,
    "\n  mutation CompleteProgramme($input: GatedMoveInput!) {\n    completeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.CompleteProgrammeDocument,
    "\n  mutation StartNextCycle($input: GatedMoveInput!) {\n    startNextCycle(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.StartNextCycleDocument,
    "\n  mutation ReopenStep($input: ReopenStepInput!) {\n    reopenStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.ReopenStepDocument,
    "\n  mutation PauseProgramme($input: ProgrammeMoveInput!) {\n    pauseProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.PauseProgrammeDocument,
    "\n  mutation ResumeProgramme($input: ProgrammeMoveInput!) {\n    resumeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.ResumeProgrammeDocument,
    "\n  mutation ArchiveProgramme($input: ProgrammeMoveInput!) {\n    archiveProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": typeof types.ArchiveProgrammeDocument,
    "\n  mutation UpdateProgrammeStep($input: UpdateProgrammeStepInput!) {\n    updateProgrammeStep(input: $input) {\n      id\n      version\n      lastEventSequence\n    }\n  }\n": typeof types.UpdateProgrammeStepDocument,
    "\n  query ProgrammeTasks($id: ID!, $filter: TaskFilter, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      tasks(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...TaskFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    step\n    cycle\n    dueDate\n    overdue\n    assigneeId\n    version\n    updatedAt\n  }\n": typeof types.ProgrammeTasksDocument,
    "\n  query ProgrammeTask($id: ID!) {\n    task(id: $id) {\n      ...TaskFields\n    }\n  }\n": typeof types.ProgrammeTaskDocument,
    "\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CreateTasksDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.AssignTaskDocument,
    "\n  query ProgrammeJourney($id: ID!, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      journey(first: $first, after: $after, newestFirst: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n\n  fragment JourneyEvent on HistoryEvent {\n    id\n    sequence\n    type\n    kind\n    occurredAt\n    actorType\n    actorUserId\n    actorApiKeyName\n    payload\n  }\n": typeof types.ProgrammeJourneyDocument,
    "\n  query ProgrammeJourneyBefore($id: ID!, $before: Int!, $first: Int) {\n    programme(id: $id) {\n      id\n      journey(beforeSequence: $before, newestFirst: true, first: $first) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeJourneyBeforeDocument,
    "\n  query ProgrammeMissedEvents($id: ID!, $afterSequence: Int!) {\n    programme(id: $id) {\n      id\n      journey(afterSequence: $afterSequence, first: 100) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeMissedEventsDocument,
    "\n  subscription ProgrammeEvents($programmeId: ID!) {\n    programmeEvents(programmeId: $programmeId) {\n      ...JourneyEvent\n    }\n  }\n": typeof types.ProgrammeEventsDocument,
    "\n  query HistoryEventTypes {\n    historyEventTypes {\n      type\n      kind\n      description\n    }\n  }\n": typeof types.HistoryEventTypesDocument,
    "\n  query WorkspaceProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      cycle\n      currentStep\n      version\n    }\n  }\n": typeof types.WorkspaceProgrammeDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          timeZone\n          currency\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query AdminOrganisation {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query AdminMembers($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      parentKeyId\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        parentKeyId\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n": types.OrganisationDashboardDocument,
    "\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n": types.OrganisationChangesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query ProgrammeBoard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      version\n      lastEventSequence\n      updatedAt\n      availableMoves {\n        type\n        reasonRequired\n        overridesGate\n        steps\n      }\n      permissions {\n        move\n        overrideGate\n        edit\n        tickItems\n        manageTasks\n      }\n      steps {\n        ...BoardStep\n      }\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n\n  fragment BoardStep on ProgrammeStep {\n    id\n    step\n    name\n    purpose\n    state\n    cycle\n    startedAt\n    completedAt\n    ownerId\n    targetDate\n    gate {\n      open\n      recorded\n      requiredSatisfied\n      requiredTotal\n      advisorySatisfied\n      advisoryTotal\n      passedAt\n      passedByOverride\n      overrideReason\n      openItems {\n        key\n        title\n        explanation\n      }\n    }\n    liveGate {\n      open\n      requiredSatisfied\n      requiredTotal\n    }\n    items {\n      ...BoardItem\n    }\n    gateRecords {\n      id\n      passedAt\n      passedBy\n      passedByOverride\n      overrideReason\n      setAsideAt\n      gate {\n        requiredSatisfied\n        requiredTotal\n      }\n    }\n  }\n\n  fragment BoardItem on ChecklistItem {\n    id\n    key\n    title\n    guidance\n    kind\n    required\n    source\n    evidenceText\n    evidenceUrl\n    tickedAt\n    tickedBy\n    verdict {\n      satisfied\n      explanation\n    }\n  }\n": types.ProgrammeBoardDocument,
    "\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n": types.TickChecklistItemDocument,
    "\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n": types.UntickChecklistItemDocument,
    "\n  mutation AdvanceStep($input: GatedMoveInput!) {\n    advanceStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.AdvanceStepDocument,
    "\n  mutation CompleteProgramme($input: GatedMoveInput!) {\n    completeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.CompleteProgrammeDocument,
    "\n  mutation StartNextCycle($input: GatedMoveInput!) {\n    startNextCycle(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.StartNextCycleDocument,
    "\n  mutation ReopenStep($input: ReopenStepInput!) {\n    reopenStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.ReopenStepDocument,
    "\n  mutation PauseProgramme($input: ProgrammeMoveInput!) {\n    pauseProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.PauseProgrammeDocument,
    "\n  mutation ResumeProgramme($input: ProgrammeMoveInput!) {\n    resumeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.ResumeProgrammeDocument,
    "\n  mutation ArchiveProgramme($input: ProgrammeMoveInput!) {\n    archiveProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n": types.ArchiveProgrammeDocument,
    "\n  mutation UpdateProgrammeStep($input: UpdateProgrammeStepInput!) {\n    updateProgrammeStep(input: $input) {\n      id\n      version\n      lastEventSequence\n    }\n  }\n": types.UpdateProgrammeStepDocument,
    "\n  query ProgrammeTasks($id: ID!, $filter: TaskFilter, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      tasks(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...TaskFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    step\n    cycle\n    dueDate\n    overdue\n    assigneeId\n    version\n    updatedAt\n  }\n": types.ProgrammeTasksDocument,
    "\n  query ProgrammeTask($id: ID!) {\n    task(id: $id) {\n      ...TaskFields\n    }\n  }\n": types.ProgrammeTaskDocument,
    "\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CreateTasksDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.AssignTaskDocument,
    "\n  query ProgrammeJourney($id: ID!, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      journey(first: $first, after: $after, newestFirst: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n\n  fragment JourneyEvent on HistoryEvent {\n    id\n    sequence\n    type\n    kind\n    occurredAt\n    actorType\n    actorUserId\n    actorApiKeyName\n    payload\n  }\n": types.ProgrammeJourneyDocument,
    "\n  query ProgrammeJourneyBefore($id: ID!, $before: Int!, $first: Int) {\n    programme(id: $id) {\n      id\n      journey(beforeSequence: $before, newestFirst: true, first: $first) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n": types.ProgrammeJourneyBeforeDocument,
    "\n  query ProgrammeMissedEvents($id: ID!, $afterSequence: Int!) {\n    programme(id: $id) {\n      id\n      journey(afterSequence: $afterSequence, first: 100) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n": types.ProgrammeMissedEventsDocument,
    "\n  subscription ProgrammeEvents($programmeId: ID!) {\n    programmeEvents(programmeId: $programmeId) {\n      ...JourneyEvent\n    }\n  }\n": types.ProgrammeEventsDocument,
    "\n  query HistoryEventTypes {\n    historyEventTypes {\n      type\n      kind\n      description\n    }\n  }\n": types.HistoryEventTypesDocument,
    "\n  query WorkspaceProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      cycle\n      currentStep\n      version\n    }\n  }\n": types.WorkspaceProgrammeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          timeZone\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          timeZone\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($first: Int!, $after: String) {\n    members(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($first: Int!, $after: String) {\n    invitations(first: $first, after: $after, status: PENDING) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          role\n          status\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      acceptUrl\n      invitation {\n        id\n        email\n        role\n        status\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      parentKeyId\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n      parentKeyId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        parentKeyId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n        parentKeyId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n"): (typeof documents)["\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n"): (typeof documents)["\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeBoard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      version\n      lastEventSequence\n      updatedAt\n      availableMoves {\n        type\n        reasonRequired\n        overridesGate\n        steps\n      }\n      permissions {\n        move\n        overrideGate\n        edit\n        tickItems\n        manageTasks\n      }\n      steps {\n        ...BoardStep\n      }\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n\n  fragment BoardStep on ProgrammeStep {\n    id\n    step\n    name\n    purpose\n    state\n    cycle\n    startedAt\n    completedAt\n    ownerId\n    targetDate\n    gate {\n      open\n      recorded\n      requiredSatisfied\n      requiredTotal\n      advisorySatisfied\n      advisoryTotal\n      passedAt\n      passedByOverride\n      overrideReason\n      openItems {\n        key\n        title\n        explanation\n      }\n    }\n    liveGate {\n      open\n      requiredSatisfied\n      requiredTotal\n    }\n    items {\n      ...BoardItem\n    }\n    gateRecords {\n      id\n      passedAt\n      passedBy\n      passedByOverride\n      overrideReason\n      setAsideAt\n      gate {\n        requiredSatisfied\n        requiredTotal\n      }\n    }\n  }\n\n  fragment BoardItem on ChecklistItem {\n    id\n    key\n    title\n    guidance\n    kind\n    required\n    source\n    evidenceText\n    evidenceUrl\n    tickedAt\n    tickedBy\n    verdict {\n      satisfied\n      explanation\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeBoard($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      version\n      lastEventSequence\n      updatedAt\n      availableMoves {\n        type\n        reasonRequired\n        overridesGate\n        steps\n      }\n      permissions {\n        move\n        overrideGate\n        edit\n        tickItems\n        manageTasks\n      }\n      steps {\n        ...BoardStep\n      }\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n\n  fragment BoardStep on ProgrammeStep {\n    id\n    step\n    name\n    purpose\n    state\n    cycle\n    startedAt\n    completedAt\n    ownerId\n    targetDate\n    gate {\n      open\n      recorded\n      requiredSatisfied\n      requiredTotal\n      advisorySatisfied\n      advisoryTotal\n      passedAt\n      passedByOverride\n      overrideReason\n      openItems {\n        key\n        title\n        explanation\n      }\n    }\n    liveGate {\n      open\n      requiredSatisfied\n      requiredTotal\n    }\n    items {\n      ...BoardItem\n    }\n    gateRecords {\n      id\n      passedAt\n      passedBy\n      passedByOverride\n      overrideReason\n      setAsideAt\n      gate {\n        requiredSatisfied\n        requiredTotal\n      }\n    }\n  }\n\n  fragment BoardItem on ChecklistItem {\n    id\n    key\n    title\n    guidance\n    kind\n    required\n    source\n    evidenceText\n    evidenceUrl\n    tickedAt\n    tickedBy\n    verdict {\n      satisfied\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n"): (typeof documents)["\n  mutation TickChecklistItem($input: TickChecklistItemInput!) {\n    tickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n"): (typeof documents)["\n  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {\n    untickChecklistItem(input: $input) {\n      ...BoardItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceStep($input: GatedMoveInput!) {\n    advanceStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceStep($input: GatedMoveInput!) {\n    advanceStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProgramme($input: GatedMoveInput!) {\n    completeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteProgramme($input: GatedMoveInput!) {\n    completeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartNextCycle($input: GatedMoveInput!) {\n    startNextCycle(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation StartNextCycle($input: GatedMoveInput!) {\n    startNextCycle(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenStep($input: ReopenStepInput!) {\n    reopenStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenStep($input: ReopenStepInput!) {\n    reopenStep(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseProgramme($input: ProgrammeMoveInput!) {\n    pauseProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation PauseProgramme($input: ProgrammeMoveInput!) {\n    pauseProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeProgramme($input: ProgrammeMoveInput!) {\n    resumeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeProgramme($input: ProgrammeMoveInput!) {\n    resumeProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProgramme($input: ProgrammeMoveInput!) {\n    archiveProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProgramme($input: ProgrammeMoveInput!) {\n    archiveProgramme(input: $input) {\n      id\n      version\n      status\n      currentStep\n      cycle\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgrammeStep($input: UpdateProgrammeStepInput!) {\n    updateProgrammeStep(input: $input) {\n      id\n      version\n      lastEventSequence\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgrammeStep($input: UpdateProgrammeStepInput!) {\n    updateProgrammeStep(input: $input) {\n      id\n      version\n      lastEventSequence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTasks($id: ID!, $filter: TaskFilter, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      tasks(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...TaskFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    step\n    cycle\n    dueDate\n    overdue\n    assigneeId\n    version\n    updatedAt\n  }\n"): (typeof documents)["\n  query ProgrammeTasks($id: ID!, $filter: TaskFilter, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      tasks(filter: $filter, first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...TaskFields\n          }\n        }\n      }\n    }\n  }\n\n  fragment TaskFields on Task {\n    id\n    title\n    description\n    status\n    priority\n    step\n    cycle\n    dueDate\n    overdue\n    assigneeId\n    version\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeTask($id: ID!) {\n    task(id: $id) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeTask($id: ID!) {\n    task(id: $id) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTasks($input: CreateTasksInput!) {\n    createTasks(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTask($input: AssignTaskInput!) {\n    assignTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeJourney($id: ID!, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      journey(first: $first, after: $after, newestFirst: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n\n  fragment JourneyEvent on HistoryEvent {\n    id\n    sequence\n    type\n    kind\n    occurredAt\n    actorType\n    actorUserId\n    actorApiKeyName\n    payload\n  }\n"): (typeof documents)["\n  query ProgrammeJourney($id: ID!, $first: Int, $after: String) {\n    programme(id: $id) {\n      id\n      journey(first: $first, after: $after, newestFirst: true) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n\n  fragment JourneyEvent on HistoryEvent {\n    id\n    sequence\n    type\n    kind\n    occurredAt\n    actorType\n    actorUserId\n    actorApiKeyName\n    payload\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeJourneyBefore($id: ID!, $before: Int!, $first: Int) {\n    programme(id: $id) {\n      id\n      journey(beforeSequence: $before, newestFirst: true, first: $first) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeJourneyBefore($id: ID!, $before: Int!, $first: Int) {\n    programme(id: $id) {\n      id\n      journey(beforeSequence: $before, newestFirst: true, first: $first) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeMissedEvents($id: ID!, $afterSequence: Int!) {\n    programme(id: $id) {\n      id\n      journey(afterSequence: $afterSequence, first: 100) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeMissedEvents($id: ID!, $afterSequence: Int!) {\n    programme(id: $id) {\n      id\n      journey(afterSequence: $afterSequence, first: 100) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...JourneyEvent\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgrammeEvents($programmeId: ID!) {\n    programmeEvents(programmeId: $programmeId) {\n      ...JourneyEvent\n    }\n  }\n"): (typeof documents)["\n  subscription ProgrammeEvents($programmeId: ID!) {\n    programmeEvents(programmeId: $programmeId) {\n      ...JourneyEvent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryEventTypes {\n    historyEventTypes {\n      type\n      kind\n      description\n    }\n  }\n"): (typeof documents)["\n  query HistoryEventTypes {\n    historyEventTypes {\n      type\n      kind\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      cycle\n      currentStep\n      version\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      status\n      cycle\n      currentStep\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;