import { graphql } from '../../gql';

// Conflict and risk (libs/risks): the register, the decisions that settle or answer things, and
// the "you said, we did" link. The link itself comes only from issueOutcomePageLink, once, and is
// kept in the component's state (no-cache); the queries say whether one exists.

export const RISK_REGISTER = graphql(`
  query RiskRegister($programmeId: ID!) {
    programmeRisks(programmeId: $programmeId) {
      id
      kind
      description
      likelihood
      impact
      score
      band
      owner
      mitigation
      sanction
      warnings
      status
      version
    }
    programmeDisagreements(programmeId: $programmeId) {
      id
      groups
      subject
      decider
      status
      version
      arbitration {
        id
        decision
        reason
        decidedBy
        decidedOn
      }
    }
    programmeDecisions(programmeId: $programmeId) {
      id
      sourceKind
      decision
      reason
      decidedBy
      decidedOn
      result
      sanction
      warnings
      published
      version
    }
    outcomePageLink(programmeId: $programmeId) {
      issuedAt
    }
  }
`);

export const ADD_RISK = graphql(`
  mutation AddRisk($input: AddRiskInput!) {
    addRisk(input: $input) {
      id
      status
      version
      warnings
    }
  }
`);

export const UPDATE_RISK = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      id
      status
      version
    }
  }
`);

export const ADD_DISAGREEMENT = graphql(`
  mutation AddDisagreement($input: AddDisagreementInput!) {
    addDisagreement(input: $input) {
      id
      status
      version
    }
  }
`);

export const ARBITRATE_DISAGREEMENT = graphql(`
  mutation ArbitrateDisagreement($input: ArbitrateDisagreementInput!) {
    arbitrateDisagreement(input: $input) {
      disagreement {
        id
        status
        version
      }
      decision {
        id
      }
    }
  }
`);

export const UPDATE_DECISION = graphql(`
  mutation UpdateDecision($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      id
      published
      version
    }
  }
`);

export const ISSUE_OUTCOME_PAGE_LINK = graphql(`
  mutation IssueOutcomePageLink($input: OutcomePageInput!) {
    issueOutcomePageLink(input: $input) {
      url
      issuedAt
    }
  }
`);

export const REVOKE_OUTCOME_PAGE_LINK = graphql(`
  mutation RevokeOutcomePageLink($input: OutcomePageInput!) {
    revokeOutcomePageLink(input: $input)
  }
`);

/** What a decision may answer, for the form that records one: the programme's workshop outputs, the organisation's surveys and initiatives. */
export const DECISION_SOURCES = graphql(`
  query DecisionSources($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      workshops(first: 100) {
        edges {
          node {
            id
            title
            outputs {
              id
              kind
              text
            }
          }
        }
      }
    }
    surveys(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    initiatives(first: 100) {
      edges {
        node {
          id
          name
          programmeId
        }
      }
    }
  }
`);

export const RECORD_DECISION = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      published
      version
    }
  }
`);
