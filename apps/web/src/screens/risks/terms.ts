import type { Decider, RiskKind } from '../../gql/graphql';

/** The kinds of risk and the bodies that decide, in the order the forms offer them (RisksScreen.tsx, DecisionForm.tsx). */
export const RISK_KINDS: RiskKind[] = [
  'DELIVERY',
  'FINANCIAL',
  'PARTICIPATION',
  'SAFEGUARDING',
  'LEGAL',
  'REPUTATION',
  'CONFLICT',
  'OTHER',
];
export const DECIDERS: Decider[] = ['POLITICIANS', 'PROGRAMME_BOARD', 'SERVICE_MANAGERS', 'PARTICIPANTS', 'OTHER'];
