import { graphql } from '../../gql';

/** Market it in one request: the programme's pilots, each with its engagement plan and all the plan's parts. */
export const MARKET_PLANS = graphql(`
  query MarketPlans($programmeId: ID!) {
    pilots(programmeId: $programmeId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          engagementPlan {
            ...MarketPlan
          }
        }
      }
    }
  }

  fragment MarketPlan on EngagementPlan {
    id
    version
    incentives {
      id
      kind
      description
      audience
      warning
    }
    terms {
      id
      version
      expectations
      rulesOfEngagement
      published
      publishedAt
      createdAt
    }
    communicationActions {
      id
      channel
      audience
      message
      startsOn
      endsOn
      done
    }
    resources {
      id
      kind
      description
    }
  }
`);

export const ADD_INCENTIVE = graphql(`
  mutation AddIncentive($input: AddIncentiveInput!) {
    addIncentive(input: $input) {
      incentive {
        id
        kind
        warning
      }
      warnings
    }
  }
`);

/** A change to one incentive; a SANCTION comes back with its warning, as when it was added. */
export const UPDATE_INCENTIVE = graphql(`
  mutation UpdateIncentive($input: UpdateIncentiveInput!) {
    updateIncentive(input: $input) {
      incentive {
        id
        kind
        description
        audience
        warning
      }
      warnings
    }
  }
`);

export const REMOVE_INCENTIVE = graphql(`
  mutation RemoveIncentive($input: RemoveIncentiveInput!) {
    removeIncentive(input: $input) {
      id
      version
    }
  }
`);

export const SAVE_TERMS = graphql(`
  mutation SaveEngagementTerms($input: SaveEngagementTermsInput!) {
    saveEngagementTerms(input: $input) {
      id
      version
    }
  }
`);

export const PUBLISH_TERMS = graphql(`
  mutation PublishEngagementTerms($input: PublishEngagementTermsInput!) {
    publishEngagementTerms(input: $input) {
      id
      version
      published
      publishedAt
    }
  }
`);

export const ADD_COMMUNICATION = graphql(`
  mutation AddCommunicationAction($input: AddCommunicationActionInput!) {
    addCommunicationAction(input: $input) {
      id
    }
  }
`);

export const UPDATE_COMMUNICATION = graphql(`
  mutation UpdateCommunicationAction($input: UpdateCommunicationActionInput!) {
    updateCommunicationAction(input: $input) {
      id
      done
    }
  }
`);

export const REMOVE_COMMUNICATION = graphql(`
  mutation RemoveCommunicationAction($input: RemoveCommunicationActionInput!) {
    removeCommunicationAction(input: $input) {
      id
      version
    }
  }
`);

export const ADD_RESOURCE = graphql(`
  mutation AddParticipantResource($input: AddParticipantResourceInput!) {
    addParticipantResource(input: $input) {
      id
    }
  }
`);

export const REMOVE_RESOURCE = graphql(`
  mutation RemoveParticipantResource($input: RemoveParticipantResourceInput!) {
    removeParticipantResource(input: $input) {
      id
      version
    }
  }
`);
