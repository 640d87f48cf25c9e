import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { MappingModule } from '@app/mapping';
import { ProgrammesModule } from '@app/programmes';
import { SurveysModule } from '@app/surveys';
import { WorkshopsModule } from '@app/workshops';
import { DecisionsService } from './decisions.service';
import { OutcomePageController } from './outcome-page.controller';
import { OutcomePageService } from './outcome-page.service';
import { RegisterResolver } from './register.resolver';
import { RegisterService } from './register.service';

/** Conflict and risk: a programme's register of risks and disagreements, its decisions, and its "you said, we did" page. */
@Module({
  imports: [IdentityModule, ProgrammesModule, MappingModule, SurveysModule, WorkshopsModule],
  controllers: [OutcomePageController],
  providers: [RegisterService, DecisionsService, OutcomePageService, RegisterResolver],
  exports: [RegisterService, DecisionsService],
})
export class RisksModule {}
