import { Module } from '@nestjs/common';
import { MappingModule } from '@app/mapping';
import { ProgrammesModule } from '@app/programmes';
import { PilotsCsvController } from './csv/pilots-csv.controller';
import { PilotsCsvService } from './csv/pilots-csv.service';
import { PilotEconomicsResolver, PilotFinancialsResolver } from './financials/pilot-financials.resolver';
import { PilotFinancialsService } from './financials/pilot-financials.service';
import { PilotReach } from './financials/pilot-reach';
import { PilotMetricFieldsResolver, PilotMetricsResolver } from './metrics/pilot-metrics.resolver';
import { PilotMetricsService } from './metrics/pilot-metrics.service';
import { ProgrammePilotsService } from './pilots/programme-pilots.service';
import { PilotsResolver } from './pilots/pilots.resolver';
import { PilotsService } from './pilots/pilots.service';
import { PriorityAreasResolver } from './priorities/priority-areas.resolver';
import { PriorityAreasService } from './priorities/priority-areas.service';
import { ReferenceCasesResolver } from './reference-cases/reference-cases.resolver';
import { PilotsGateFacts, PrioritiesGateFacts } from './pilots-gate-facts';

/** Focus it: priority areas, pilots with their lifecycle, outcome metrics, economics and reference cases. */
@Module({
  imports: [ProgrammesModule, MappingModule],
  providers: [
    PilotReach,
    PriorityAreasService,
    PriorityAreasResolver,
    PilotsGateFacts,
    PrioritiesGateFacts,
    ProgrammePilotsService,
    PilotsService,
    PilotsResolver,
    PilotMetricsService,
    PilotMetricsResolver,
    PilotMetricFieldsResolver,
    PilotFinancialsService,
    PilotFinancialsResolver,
    PilotEconomicsResolver,
    ReferenceCasesResolver,
    PilotsCsvService,
  ],
  controllers: [PilotsCsvController],
  exports: [
    PilotReach,
    PilotsGateFacts,
    ProgrammePilotsService,
    PilotsService,
    PriorityAreasService,
    PilotMetricsService,
    PilotFinancialsService,
  ],
})
export class PilotsModule {}
