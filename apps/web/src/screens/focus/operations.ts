import { graphql } from '../../gql';

const CRITERION = graphql(`
  fragment FocusCriterion on CriterionScore {
    mean
    min
    max
    standardDeviation
  }
`);
void CRITERION;

/** One ranked priority area with the room's scores and yours. */
export const PRIORITY_AREA = graphql(`
  fragment FocusPriorityArea on PriorityArea {
    id
    serviceAreaId
    serviceAreaName
    rationale
    selected
    scorers
    overallScore
    version
    need {
      ...FocusCriterion
    }
    feasibility {
      ...FocusCriterion
    }
    appetite {
      ...FocusCriterion
    }
    impact {
      ...FocusCriterion
    }
    myScores {
      need
      feasibility
      appetite
      impact
    }
  }
`);

/** The Focus it work area at a glance: ranked priority areas, the service areas to propose, the pilots. One request. */
export const FOCUS_OVERVIEW = graphql(`
  query FocusOverview($programmeId: ID!) {
    priorityAreas(programmeId: $programmeId) {
      ...FocusPriorityArea
    }
    serviceAreas {
      id
      name
      active
    }
    pilots(programmeId: $programmeId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          iteration
          startDate
          endDate
          budget {
            amount
            currency
          }
          participantsReached
          priorityArea {
            id
            serviceAreaName
          }
        }
      }
    }
  }
`);

export const CREATE_PRIORITY_AREA = graphql(`
  mutation CreatePriorityArea($input: CreatePriorityAreaInput!) {
    createPriorityArea(input: $input) {
      ...FocusPriorityArea
    }
  }
`);

export const SCORE_PRIORITY_AREA = graphql(`
  mutation ScorePriorityArea($input: ScorePriorityAreaInput!) {
    scorePriorityArea(input: $input) {
      ...FocusPriorityArea
    }
  }
`);

export const SELECT_PRIORITY_AREA = graphql(`
  mutation SelectPriorityArea($input: SelectPriorityAreaInput!) {
    selectPriorityArea(input: $input) {
      ...FocusPriorityArea
    }
  }
`);

export const CREATE_PILOT = graphql(`
  mutation CreatePilot($input: CreatePilotInput!) {
    createPilot(input: $input) {
      id
      name
    }
  }
`);

/** Everything the pilot page shows, in one request: details, moves, metrics with measurements, economics, lines and the reference cases. */
export const PILOT_DETAIL = graphql(`
  query PilotDetail($id: ID!, $programmeId: ID!) {
    priorityAreas(programmeId: $programmeId) {
      id
      serviceAreaName
      selected
    }
    pilot(id: $id) {
      id
      programmeId
      name
      hypothesis
      status
      iteration
      lastDecision
      lastReason
      startDate
      endDate
      currency
      participantsReached
      targetParticipants
      enrolledParticipants
      version
      budget {
        amount
        currency
      }
      priorityArea {
        id
        serviceAreaName
      }
      allowedMoves {
        type
        decision
        to
        reason
      }
      metrics {
        ...FocusMetric
      }
      ...EconomicsPilot
    }
    referenceCases {
      ...EconomicsReferenceCase
    }
  }
`);

export const METRIC = graphql(`
  fragment FocusMetric on PilotMetric {
    id
    name
    unit
    direction
    beneficiaryGroup
    baseline
    target
    changeFromBaseline
    improvement
    progressToTarget
    onTrack
    version
    measurements(first: 100) {
      totalCount
      edges {
        node {
          id
          date
          value
        }
      }
    }
  }
`);

/** Who gains, one row a beneficiary group: a pilot's economics and a programme's (Grow it) show the same table. */
export const GROUP_BENEFITS = graphql(`
  fragment GroupBenefitsFields on GroupBenefits {
    group
    label
    typicalGain
    costs {
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
    metrics
  }
`);

export const ECONOMICS_PILOT = graphql(`
  fragment EconomicsPilot on Pilot {
    id
    currency
    economics {
      currency
      totalCost {
        amount
        currency
      }
      totalSavings {
        amount
        currency
      }
      totalWiderBenefits {
        amount
        currency
      }
      totalBenefits {
        amount
        currency
      }
      netBenefit {
        amount
        currency
      }
      benefitCostRatio
      benefitCostRatioValue
      ratioNote
      participantsReached
      perParticipantNote
      costPerParticipant {
        amount
        currency
      }
      savingPerParticipant {
        amount
        currency
      }
      benefitPerParticipant {
        amount
        currency
      }
      benefitsByGroup {
        ...GroupBenefitsFields
      }
    }
    financialLines(first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          beneficiaryGroup
          date
          description
          amount {
            amount
            currency
          }
        }
      }
    }
  }
`);

export const ECONOMICS_REFERENCE_CASE = graphql(`
  fragment EconomicsReferenceCase on ReferenceCase {
    id
    title
    summary
    measured
    period
    citation
    costPerPerson {
      amount {
        amount
        currency
      }
      qualifier
      per
    }
    benefitPerPerson {
      amount {
        amount
        currency
      }
      qualifier
      per
    }
    publishedRatio {
      display
      low
      high
    }
    computedRatio {
      display
      value
      reading
      note
    }
    outcomes {
      measure
      percentChange
      period
      before {
        value
        unit
        year
      }
      after {
        value
        unit
        year
      }
      comparison {
        label
        percentChange
      }
    }
  }
`);

const PILOT_AFTER_MOVE = graphql(`
  fragment FocusPilotAfterMove on Pilot {
    id
    status
    iteration
    lastDecision
    lastReason
    version
    allowedMoves {
      type
      decision
      to
      reason
    }
  }
`);
void PILOT_AFTER_MOVE;

export const APPROVE_PILOT = graphql(`
  mutation ApprovePilot($input: ApprovePilotInput!) {
    approvePilot(input: $input) {
      ...FocusPilotAfterMove
    }
  }
`);

export const REJECT_PILOT = graphql(`
  mutation RejectPilot($input: RejectPilotInput!) {
    rejectPilot(input: $input) {
      ...FocusPilotAfterMove
    }
  }
`);

export const START_PILOT = graphql(`
  mutation StartPilot($input: PilotMoveInput!) {
    startPilot(input: $input) {
      ...FocusPilotAfterMove
    }
  }
`);

export const BEGIN_PILOT_EVALUATION = graphql(`
  mutation BeginPilotEvaluation($input: PilotMoveInput!) {
    beginPilotEvaluation(input: $input) {
      ...FocusPilotAfterMove
    }
  }
`);

export const DECIDE_PILOT = graphql(`
  mutation DecidePilot($input: DecidePilotInput!) {
    decidePilot(input: $input) {
      ...FocusPilotAfterMove
    }
  }
`);

export const UPDATE_PILOT = graphql(`
  mutation UpdatePilot($input: UpdatePilotInput!) {
    updatePilot(input: $input) {
      id
      version
    }
  }
`);

export const ADD_PILOT_METRIC = graphql(`
  mutation AddPilotMetric($input: AddPilotMetricInput!) {
    addPilotMetric(input: $input) {
      ...FocusMetric
    }
  }
`);

export const RECORD_MEASUREMENT = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      ...FocusMetric
    }
  }
`);

export const REMOVE_MEASUREMENT = graphql(`
  mutation RemoveMeasurement($input: RemoveMeasurementInput!) {
    removeMeasurement(input: $input) {
      ...FocusMetric
    }
  }
`);

export const ADD_FINANCIAL_LINE = graphql(`
  mutation AddFinancialLine($input: AddFinancialLineInput!) {
    addFinancialLine(input: $input) {
      id
      pilot {
        ...EconomicsPilot
      }
    }
  }
`);

export const REMOVE_FINANCIAL_LINE = graphql(`
  mutation RemoveFinancialLine($input: RemoveFinancialLineInput!) {
    removeFinancialLine(input: $input) {
      id
      pilot {
        ...EconomicsPilot
      }
    }
  }
`);
