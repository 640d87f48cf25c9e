import { randomUUID } from 'node:crypto';

export interface GraphqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }>; [key: string]: unknown };
}

export interface GraphqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
}

export interface As {
  token?: string;
  apiKey?: string;
  organisationId?: string;
  headers?: Record<string, string>;
}

/** A plain HTTP GraphQL client, as an intranet or a web client would be. */
export class GraphqlClient {
  constructor(readonly endpoint: string) {}

  async request<T = any>(query: string, variables: Record<string, unknown> = {}, as: As = {}): Promise<GraphqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...as.headers };
    if (as.token) headers.authorization = `Bearer ${as.token}`;
    if (as.apiKey) headers['x-api-key'] = as.apiKey;
    if (as.organisationId) headers['x-organisation-id'] = as.organisationId;
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
    return { status: response.status, data: body.data ?? undefined, errors: body.errors };
  }

  /** Runs an operation that must succeed, and returns its data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, as: As = {}): Promise<T> {
    const result = await this.request<T>(query, variables, as);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** Runs an operation that must fail, and returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}, as: As = {}): Promise<GraphqlError> {
    const result = await this.request(query, variables, as);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  // Short paths through the identity API that most suites need.

  async signUp(name = 'Test Person'): Promise<{ token: string; userId: string; email: string }> {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
    await this.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { message } }`, {
      input: { email, password: 'correct horse battery', displayName: name },
    });
    return { ...(await this.signIn(email)), email };
  }

  /** Sign-up and accepting an invitation hand out no session: the person signs in next. */
  async signIn(email: string, password = 'correct horse battery'): Promise<{ token: string; userId: string }> {
    const data = await this.ok(`mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }`, {
      input: { email, password },
    });
    return { token: data.signIn.token, userId: data.signIn.user.id };
  }

  async createOrganisation(token: string, name = 'Test Council'): Promise<string> {
    const data = await this.ok(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name } },
      { token },
    );
    return data.createOrganisation.id;
  }

  /** Adds a new person to the organisation with `role`, through an invitation; returns their session. */
  async addMember(adminToken: string, organisationId: string, role: string, name = `${role} person`) {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
    const invited = await this.ok(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
      { input: { email, role } },
      { token: adminToken, organisationId },
    );
    await this.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { message } }`, {
      input: { token: invited.inviteMember.token, password: 'correct horse battery', displayName: name },
    });
    return { ...(await this.signIn(email)), email };
  }
}
