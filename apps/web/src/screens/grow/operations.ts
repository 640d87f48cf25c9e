import { graphql } from '../../gql';

/** Grow it in one request: the programme's pilots with their moves and scaling plans (training included), the service areas to reach, and the programme's economics with growth costs and who gains. */
export const GROW_PLANS = graphql(`
  query GrowPlans($programmeId: ID!) {
    pilots(programmeId: $programmeId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          version
          iteration
          lastDecision
          lastReason
          allowedMoves {
            type
            decision
            to
            reason
          }
          scalingPlan {
            ...GrowScalingPlan
          }
        }
      }
    }
    serviceAreas {
      id
      name
      active
    }
    programme(id: $programmeId) {
      id
      economics {
        ...GrowProgrammeEconomics
      }
    }
  }

  fragment GrowProgrammeEconomics on ProgrammeEconomics {
    currency
    pilotsCounted
    pilotsInOtherCurrencies
    pilotCosts {
      amount
      currency
    }
    scalingCosts {
      amount
      currency
    }
    trainingCosts {
      amount
      currency
    }
    growthCosts {
      amount
      currency
    }
    growthItemsWithoutCost
    totalCost {
      amount
      currency
    }
    savings {
      amount
      currency
    }
    widerBenefits {
      amount
      currency
    }
    benefits {
      amount
      currency
    }
    netBenefit {
      amount
      currency
    }
    benefitCostRatio
    notes
    benefitsByGroup {
      ...GroupBenefitsFields
    }
  }

  fragment GrowScalingPlan on ScalingPlan {
    id
    version
    mechanism
    mechanismNote
    expectedReach
    transparencyMeasures
    cost {
      amount
      currency
    }
    scalingCost {
      total {
        amount
        currency
      }
      known
      itemsWithoutCost
    }
    targetServiceAreas {
      id
      name
    }
    trainingActions {
      id
      topic
      audience
      sessions
      done
      cost {
        amount
        currency
      }
    }
    progress {
      done
      total
      fraction
      staff {
        done
        total
      }
      citizens {
        done
        total
      }
    }
  }
`);

export const CREATE_SCALING_PLAN = graphql(`
  mutation CreateScalingPlan($input: CreateScalingPlanInput!) {
    createScalingPlan(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_SCALING_PLAN = graphql(`
  mutation UpdateScalingPlan($input: UpdateScalingPlanInput!) {
    updateScalingPlan(input: $input) {
      id
      version
    }
  }
`);

export const ADD_TRAINING = graphql(`
  mutation AddTrainingAction($input: AddTrainingActionInput!) {
    addTrainingAction(input: $input) {
      id
    }
  }
`);

export const UPDATE_TRAINING = graphql(`
  mutation UpdateTrainingAction($input: UpdateTrainingActionInput!) {
    updateTrainingAction(input: $input) {
      id
      done
    }
  }
`);

export const REMOVE_TRAINING = graphql(`
  mutation RemoveTrainingAction($input: RemoveTrainingActionInput!) {
    removeTrainingAction(input: $input) {
      id
      version
    }
  }
`);
