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
    "\n  query AdminOverview {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminOverviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n": typeof types.OrganisationDashboardDocument,
    "\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n": typeof types.OrganisationChangesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query ProgrammeSummary($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      updatedAt\n    }\n  }\n": typeof types.ProgrammeSummaryDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      memberships {\n        id\n        role\n        organisation {\n          id\n          name\n          timeZone\n          currency\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query AdminOverview {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminOverviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      message\n      membership {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation StartSession($input: SignInInput!) {\n    startSession(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n": types.SignUpDocument,
    "\n  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {\n    organisationDashboard {\n      organisationId\n      today\n      programmeCount\n      programmesByStep {\n        step\n        active\n        paused\n        completed\n        archived\n        total\n      }\n      programmes(first: $programmes) {\n        id\n        name\n        status\n        cycle\n        currentStep\n        gateOpen\n        openRequiredItems\n        tasksOpen\n        tasksOverdue\n        daysInCurrentStep\n        currentStepTargetDate\n      }\n      overdueTasks(first: $overdue) {\n        totalCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n      myWork(first: $mine) {\n        totalCount\n        overdueCount\n        tasks {\n          ...DashboardTaskFields\n        }\n      }\n    }\n  }\n\n  fragment DashboardTaskFields on DashboardTask {\n    id\n    title\n    status\n    priority\n    dueDate\n    daysOverdue\n    step\n    cycle\n    programmeId\n    programmeName\n  }\n": types.OrganisationDashboardDocument,
    "\n  subscription OrganisationChanges {\n    historyEvents {\n      id\n      type\n      programmeId\n    }\n  }\n": types.OrganisationChangesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n      name\n      currentStep\n      status\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      timeZone\n      currency\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query ProgrammeSummary($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      updatedAt\n    }\n  }\n": types.ProgrammeSummaryDocument,
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
export function graphql(source: "\n  query AdminOverview {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOverview {\n    organisation {\n      id\n      name\n      timeZone\n      currency\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          role\n          user {\n            id\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ProgrammeSummary($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeSummary($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      description\n      status\n      cycle\n      currentStep\n      updatedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;