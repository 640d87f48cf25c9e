import { graphql } from '../../gql';

/** One initiative as the list and the edit form show it. */
export const INITIATIVE_FIELDS = graphql(`
  fragment MapInitiative on Initiative {
    id
    name
    description
    serviceAreaId
    serviceArea {
      id
      name
    }
    forms
    participation
    motivation
    peopleInvolved
    publicBodyInput
    selfOrganisation
    isCoproduction
    status
    contact
    published
    programmeId
    version
    updatedAt
  }
`);

/** The organisation's service areas (for filters, forms and the import's help). */
export const MAP_SERVICE_AREAS = graphql(`
  query MapServiceAreas {
    serviceAreas {
      id
      name
      active
      position
    }
  }
`);

/** A page of initiatives matching the filter, newest first. */
export const MAP_INITIATIVES = graphql(`
  query MapInitiatives($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...MapInitiative
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The coproduction map: service area × form, with totals. */
export const COPRODUCTION_MAP = graphql(`
  query CoproductionMap {
    coproductionMap {
      coproductionCount
      selfOrganisedCount
      publishedCount
      peopleInvolved
      areas {
        serviceArea {
          id
          name
          active
        }
        coproductionCount
        selfOrganisedCount
        peopleInvolved
        forms {
          form
          parentForm
          initiativeCount
        }
        hiddenCoproduction {
          lookHereFirst
          surveyTitle
          oftenShare
          respondents
          mappedInitiatives
        }
      }
      forms {
        form
        parentForm
        initiativeCount
      }
    }
  }
`);

export const CREATE_INITIATIVES = graphql(`
  mutation CreateInitiatives($input: CreateInitiativesInput!) {
    createInitiatives(input: $input) {
      ...MapInitiative
    }
  }
`);

export const UPDATE_INITIATIVE = graphql(`
  mutation UpdateInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      ...MapInitiative
    }
  }
`);

/** Answers the initiative as it was (its name for the message); the list is read again after. */
export const DELETE_INITIATIVE = graphql(`
  mutation DeleteInitiative($input: InitiativeVersionInput!) {
    deleteInitiative(input: $input) {
      id
      name
    }
  }
`);

/** Unpublished initiatives' ids, to publish them together. */
export const UNPUBLISHED_INITIATIVES = graphql(`
  query UnpublishedInitiatives($after: String) {
    initiatives(filter: { published: false }, first: 100, after: $after) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PUBLISH_INITIATIVES = graphql(`
  mutation PublishInitiatives($input: PublishInitiativesInput!) {
    publishInitiatives(input: $input) {
      id
      published
      version
    }
  }
`);

export const ROTATE_FEED_TOKEN = graphql(`
  mutation RotateFeedToken {
    rotateFeedToken {
      feedUrl
      rotatedAt
    }
  }
`);

/** When the feed's link was last issued (the link itself is shown only when issued). */
export const FEED_TOKEN_ISSUED_AT = graphql(`
  query FeedTokenIssuedAt {
    feedTokenIssuedAt
  }
`);
