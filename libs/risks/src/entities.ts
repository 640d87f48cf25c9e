import { DecisionEntity } from './decision.entity';
import { DisagreementEntity } from './disagreement.entity';
import { OutcomePageEntity } from './outcome-page.entity';
import { RiskEntity } from './risk.entity';

export const RISK_ENTITIES = [RiskEntity, DisagreementEntity, DecisionEntity, OutcomePageEntity];
