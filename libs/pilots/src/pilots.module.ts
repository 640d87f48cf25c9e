import { Module } from '@nestjs/common';
import { ProgrammesModule } from '@app/programmes';
import { PilotEconomicsResolver, PilotFinancialsResolver } from './financials/pilot-financials.resolver';
import { PilotFinancialsService } from './financials/pilot-financials.service';
import { PilotReach } from './financials/pilot-reach';
import { PilotMetricFieldsResolver, PilotMetricsResolver } from './metrics/pilot-metrics.resolver';
import { PilotMetricsService } from './metrics/pilot-metrics.service';
import { PilotFactsService } from './pilots/pilot-facts.service';
import { PilotsResolver } from './pilots/pilots.resolver';
import { PilotsService } from './pilots/pilots.service';
import { PriorityAreasResolver } from './priorities/priority-areas.resolver';
import { PriorityAreasService } from './priorities/priority-areas.service';
import { ReferenceCasesResolver } from './reference-cases/reference-cases.resolver';

/** Focus it: priority areas, pilots with their lifecycle, outcome metrics, economics and reference cases. */
@Module({
  imports: [ProgrammesModule],
  providers: [
    PilotReach,
    PriorityAreasService,
    PriorityAreasResolver,
    PilotFactsService,
    PilotsService,
    PilotsResolver,
    PilotMetricsService,
    PilotMetricsResolver,
    PilotMetricFieldsResolver,
    PilotFinancialsService,
    PilotFinancialsResolver,
    PilotEconomicsResolver,
    ReferenceCasesResolver,
  ],
  exports: [PilotReach, PilotFactsService, PilotsService, PriorityAreasService, PilotMetricsService, PilotFinancialsService],
})
export class PilotsModule {}
