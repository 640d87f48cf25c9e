import { Module } from '@nestjs/common';
import { MappingModule } from '@app/mapping';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import { ScalingDashboardResolver } from './dashboard/scaling-dashboard.resolver';
import { ProgrammeEconomicsResolver } from './economics/programme-economics.resolver';
import { ProgrammeEconomicsService } from './economics/programme-economics.service';
import { ScalingProgressService } from './dashboard/scaling-progress.service';
import { GrowthGateFacts, ScalingCostsGateFacts, ScalingPlansGateFacts } from './growth-gate-facts';
import { PilotScalingPlanResolver, ScalingPlansResolver, TrainingActionFieldsResolver } from './scaling/scaling-plans.resolver';
import { ScalingPlansService } from './scaling/scaling-plans.service';
import { TrainingActionsService } from './scaling/training-actions.service';

/** Grow it: scaling plans of pilots decided SCALE, training for staff and citizens, and their progress on the programme dashboard. */
@Module({
  imports: [ProgrammesModule, PilotsModule, MappingModule],
  providers: [
    ScalingPlansService,
    TrainingActionsService,
    ScalingPlansResolver,
    PilotScalingPlanResolver,
    TrainingActionFieldsResolver,
    ScalingProgressService,
    ScalingDashboardResolver,
    GrowthGateFacts,
    ProgrammeEconomicsService,
    ProgrammeEconomicsResolver,
    ScalingPlansGateFacts,
    ScalingCostsGateFacts,
  ],
  exports: [ScalingPlansService, ScalingProgressService, TrainingActionsService, ProgrammeEconomicsService],
})
export class GrowthModule {}
