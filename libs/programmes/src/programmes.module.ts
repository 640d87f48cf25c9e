import { Module } from '@nestjs/common';
import { DASHBOARD_PROVIDERS } from './dashboards';
import { TASK_CONTROLLERS, TASK_PROVIDERS, TasksService } from './tasks';
import { ChecklistsResolver } from './checklists/checklists.resolver';
import { ChecklistsService } from './checklists/checklists.service';
import { ProgrammeDatesService } from './dates/programme-dates.service';
import { GateFactsRegistry } from './programmes/gate-facts.registry';
import { GatesService } from './programmes/gates.service';
import { ProgrammeSequenceResolver } from './programmes/programme-sequence.resolver';
import { ChecklistItemsResolver, ProgrammeStepsResolver } from './programmes/programme-steps.resolver';
import { ProgrammesResolver } from './programmes/programmes.resolver';
import { ProgrammesService } from './programmes/programmes.service';
import { WorkflowTemplatesModule } from './templates/workflow-templates.module';

@Module({
  imports: [WorkflowTemplatesModule],
  providers: [
    GateFactsRegistry,
    GatesService,
    ProgrammesService,
    ProgrammesResolver,
    ProgrammeSequenceResolver,
    ProgrammeStepsResolver,
    ChecklistItemsResolver,
    ChecklistsService,
    ChecklistsResolver,
    ...DASHBOARD_PROVIDERS,
    ...TASK_PROVIDERS,
    ProgrammeDatesService,
  ],
  controllers: [...TASK_CONTROLLERS],
  exports: [GateFactsRegistry, GatesService, ProgrammesService, ChecklistsService, TasksService, ProgrammeDatesService],
})
export class ProgrammesModule {}
