import { EngagementPlanEntity } from './plans/engagement-plan.entity';
import { CommunicationActionEntity } from './plans/communication-action.entity';
import { EngagementTermsEntity } from './plans/engagement-terms.entity';
import { IncentiveEntity } from './plans/incentive.entity';
import { ParticipantResourceEntity } from './plans/participant-resource.entity';

export const ENGAGEMENT_ENTITIES = [
  EngagementPlanEntity,
  IncentiveEntity,
  EngagementTermsEntity,
  CommunicationActionEntity,
  ParticipantResourceEntity,
];
