import { graphql } from '../../gql';

/** The settings as the Single sign-on section shows them, read and answered alike. */
export const OIDC_CONFIGURATION_FIELDS = graphql(`
  fragment OidcConfigurationFields on OidcConfiguration {
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
`);

export const OIDC_CONFIGURATION = graphql(`
  query OidcConfiguration {
    oidcConfiguration {
      ...OidcConfigurationFields
    }
  }
`);

export const UPDATE_OIDC_CONFIGURATION = graphql(`
  mutation UpdateOidcConfiguration($input: UpdateOidcConfigurationInput!) {
    updateOidcConfiguration(input: $input) {
      ...OidcConfigurationFields
    }
  }
`);
