import { graphql } from '../../gql';

export const OIDC_CONFIGURATION = graphql(`
  query OidcConfiguration {
    oidcConfiguration {
      id
      enabled
      slug
      issuer
      clientId
      clientSecretSet
      audience
      roleClaim
      roleMapping {
        claimValue
        role
      }
      createMembersOnFirstSignIn
      passwordSignInAllowed
      redirectUri
      signInUrl
      version
    }
  }
`);

export const UPDATE_OIDC_CONFIGURATION = graphql(`
  mutation UpdateOidcConfiguration($input: UpdateOidcConfigurationInput!) {
    updateOidcConfiguration(input: $input) {
      id
      enabled
      slug
      issuer
      clientId
      clientSecretSet
      audience
      roleClaim
      roleMapping {
        claimValue
        role
      }
      createMembersOnFirstSignIn
      passwordSignInAllowed
      redirectUri
      signInUrl
      version
    }
  }
`);
