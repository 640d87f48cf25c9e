import { graphql } from '../../gql';

/** Members and invitations are paged; API keys are one list (the API answers them all). */
export const PAGE = 20;
/** The most a page may hold (the API's limit on `first`). */
const MAX_PAGE = 100;

/** How many to read again after a change: as many as were shown, within the API's limit. */
export function shownAgain(shown: number | undefined): number {
  return Math.min(MAX_PAGE, Math.max(PAGE, shown ?? PAGE));
}

export const ADMIN_ORGANISATION = graphql(`
  query AdminOrganisation {
    organisation {
      id
      name
      timeZone
      currency
      version
    }
  }
`);

export const UPDATE_ORGANISATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      timeZone
      currency
      version
    }
  }
`);

export const ADMIN_MEMBERS = graphql(`
  query AdminMembers($first: Int!, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          role
          createdAt
          user {
            id
            displayName
            email
          }
        }
      }
    }
  }
`);

export const CHANGE_MEMBER_ROLE = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      id
    }
  }
`);

export const PENDING_INVITATIONS = graphql(`
  query PendingInvitations($first: Int!, $after: String) {
    invitations(first: $first, after: $after, status: PENDING) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          status
          createdAt
          expiresAt
        }
      }
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation {
        id
        email
        role
        status
        createdAt
        expiresAt
      }
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      id
      status
      revokedAt
    }
  }
`);

export const API_KEYS = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      role
      prefix
      createdAt
      lastUsedAt
      revokedAt
      parentKeyId
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        role
        prefix
        createdAt
        lastUsedAt
        revokedAt
        parentKeyId
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      id
      revokedAt
    }
  }
`);
