import { Module } from '@nestjs/common';
import { PlainHttpModule } from '@app/http';
import { ProgrammesModule } from '@app/programmes';
import { InitiativesCsvController } from './csv/initiatives-csv.controller';
import { InitiativesCsvService } from './csv/initiatives-csv.service';
import { FeedController } from './feed/feed.controller';
import { FeedResolver } from './feed/feed.resolver';
import { FeedService } from './feed/feed.service';
import { InitiativeBulkService } from './initiatives/initiative-bulk.service';
import { InitiativesResolver } from './initiatives/initiatives.resolver';
import { InitiativesService } from './initiatives/initiatives.service';
import { CoproductionMapResolver } from './map/coproduction-map.resolver';
import { CoproductionMapService } from './map/coproduction-map.service';
import { MappingGateFacts } from './mapping-gate-facts';
import { ResidentActivityRegistry } from './map/resident-activity.registry';
import { ServiceAreasResolver } from './service-areas/service-areas.resolver';
import { ServiceAreasService } from './service-areas/service-areas.service';

/** Map it: service areas, initiatives, the coproduction map and the published feed. */
@Module({
  imports: [ProgrammesModule, PlainHttpModule],
  providers: [
    ResidentActivityRegistry,
    MappingGateFacts,
    ServiceAreasService,
    ServiceAreasResolver,
    InitiativeBulkService,
    InitiativesService,
    InitiativesResolver,
    CoproductionMapService,
    CoproductionMapResolver,
    FeedService,
    FeedResolver,
    InitiativesCsvService,
  ],
  controllers: [FeedController, InitiativesCsvController],
  exports: [ServiceAreasService, InitiativesService, CoproductionMapService, FeedService, ResidentActivityRegistry],
})
export class MappingModule {}
