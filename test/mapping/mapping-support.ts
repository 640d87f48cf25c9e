import { RequestContext, type Role } from '@app/common';
import type { As, GraphqlClient } from '../support/graphql-client';

/** The documents the mapping suites send, and a few short paths through the API. */

export const INITIATIVE_FIELDS = `id name description serviceAreaId serviceArea { id name } forms participation motivation peopleInvolved
  publicBodyInput isCoproduction selfOrganisation status contact published externalRef programmeId createdBy version createdAt updatedAt`;

const MAP_COUNTS = `form parentForm initiativeCount peopleInvolved`;

export const Q = {
  serviceAreas: `query { serviceAreas { id name active position } }`,
  initiatives: `query($filter: InitiativeFilter, $first: Int, $after: String) { initiatives(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${INITIATIVE_FIELDS} } } } }`,
  initiative: `query($id: ID!) { initiative(id: $id) { ${INITIATIVE_FIELDS} } }`,
  map: `query($programmeId: ID) { coproductionMap(programmeId: $programmeId) {
    programmeId coproductionCount peopleInvolved selfOrganisedCount selfOrganisedPeopleInvolved publishedCount
    forms { ${MAP_COUNTS} }
    areas { serviceArea { id name active } coproductionCount peopleInvolved selfOrganisedCount selfOrganisedPeopleInvolved forms { ${MAP_COUNTS} } } } }`,
  publishedInitiatives: `query($token: String!) { publishedInitiatives(feedToken: $token) {
    id name description serviceAreaName forms participation status peopleInvolved updatedAt } }`,
  history: `query { history(first: 100) { edges { node { type programmeId payload } } } }`,
};

export const M = {
  createServiceArea: `mutation($input: CreateServiceAreaInput!) { createServiceArea(input: $input) { id name active position version } }`,
  updateServiceArea: `mutation($input: UpdateServiceAreaInput!) { updateServiceArea(input: $input) { id name active position version } }`,
  createInitiative: `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`,
  createInitiatives: `mutation($input: CreateInitiativesInput!) { createInitiatives(input: $input) { ${INITIATIVE_FIELDS} } }`,
  updateInitiative: `mutation($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`,
  deleteInitiative: `mutation($input: InitiativeVersionInput!) { deleteInitiative(input: $input) { id name version } }`,
  publishInitiatives: `mutation($input: PublishInitiativesInput!) { publishInitiatives(input: $input) { id published version } }`,
  rotateFeedToken: `mutation { rotateFeedToken { token feedUrl rotatedAt } }`,
  createProgramme: `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
};

export interface InitiativeView {
  id: string;
  name: string;
  description: string;
  serviceAreaId: string;
  serviceArea: { id: string; name: string };
  forms: string[];
  participation: string;
  motivation: string;
  peopleInvolved: number | null;
  publicBodyInput: string;
  isCoproduction: boolean;
  selfOrganisation: boolean;
  status: string;
  contact: string;
  published: boolean;
  externalRef: string | null;
  programmeId: string | null;
  createdBy: string | null;
  version: number;
}

/** The organisation's service areas by name (reading them seeds the defaults). */
export async function areasOf(client: GraphqlClient, as: As): Promise<Record<string, string>> {
  const data = await client.ok(Q.serviceAreas, {}, as);
  return Object.fromEntries(data.serviceAreas.map((a: { id: string; name: string }) => [a.name, a.id]));
}

export async function createInitiative(client: GraphqlClient, as: As, input: Record<string, unknown>): Promise<InitiativeView> {
  return (await client.ok(M.createInitiative, { input }, as)).createInitiative;
}

export async function listInitiatives(client: GraphqlClient, as: As, filter: Record<string, unknown> = {}): Promise<InitiativeView[]> {
  const data = await client.ok(Q.initiatives, { filter, first: 100 }, as);
  return data.initiatives.edges.map((e: { node: InitiativeView }) => e.node);
}

/** A request context as the policy guard would build it, for calling services straight (the CSV helper's entry points). */
export function contextFor(organisationId: string, userId: string, role: `${Role}`): RequestContext {
  const ctx = new RequestContext('test');
  ctx.actor = { kind: 'user', userId };
  ctx.organisationId = organisationId;
  ctx.role = role as Role;
  return ctx;
}
