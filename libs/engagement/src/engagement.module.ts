import { Module } from '@nestjs/common';
import { MappingModule } from '@app/mapping';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import { EngagementGateFacts, IncentivesGateFacts } from './engagement-gate-facts';
import { EngagementPartsService } from './plans/engagement-parts.service';
import {
  CommunicationActionFieldsResolver,
  EngagementPlansResolver,
  EngagementTermsFieldsResolver,
  ParticipantResourceFieldsResolver,
  PilotEngagementPlanResolver,
} from './plans/engagement-plans.resolver';
import { EngagementPlansService } from './plans/engagement-plans.service';
import { EngagementTermsService } from './plans/engagement-terms.service';
import { PublishedRulesResolver } from './rules/published-rules.resolver';
import { PublishedRulesService } from './rules/published-rules.service';
import { RulesFeedController } from './rules/rules-feed.controller';

/** Market it: engagement plans of pilots (incentives, terms, communication, resources) and their published rules of engagement. */
@Module({
  imports: [ProgrammesModule, PilotsModule, MappingModule],
  providers: [
    EngagementPlansService,
    EngagementPartsService,
    EngagementTermsService,
    EngagementPlansResolver,
    PilotEngagementPlanResolver,
    EngagementTermsFieldsResolver,
    CommunicationActionFieldsResolver,
    ParticipantResourceFieldsResolver,
    PublishedRulesService,
    PublishedRulesResolver,
    EngagementGateFacts,
    IncentivesGateFacts,
  ],
  controllers: [RulesFeedController],
  exports: [EngagementPlansService, EngagementTermsService],
})
export class EngagementModule {}
