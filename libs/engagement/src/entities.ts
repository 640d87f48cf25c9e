import { EngagementPlanEntity } from './plans/engagement-plan.entity';
import { CommunicationActionEntity, EngagementTermsEntity, IncentiveEntity, ParticipantResourceEntity } from './plans/engagement-parts.entity';

export const ENGAGEMENT_ENTITIES = [EngagementPlanEntity, IncentiveEntity, EngagementTermsEntity, CommunicationActionEntity, ParticipantResourceEntity];
