import { Module } from '@nestjs/common';
import { ChecklistsResolver } from './checklists/checklists.resolver';
import { ChecklistsService } from './checklists/checklists.service';
import { GatesService } from './programmes/gates.service';
import { ChecklistItemsResolver, ProgrammeStepsResolver } from './programmes/programme-steps.resolver';
import { ProgrammesResolver } from './programmes/programmes.resolver';
import { ProgrammesService } from './programmes/programmes.service';
import { WorkflowTemplatesModule } from './templates/workflow-templates.module';

@Module({
  imports: [WorkflowTemplatesModule],
  providers: [GatesService, ProgrammesService, ProgrammesResolver, ProgrammeStepsResolver, ChecklistItemsResolver, ChecklistsService, ChecklistsResolver],
  exports: [GatesService, ProgrammesService],
})
export class ProgrammesModule {}
