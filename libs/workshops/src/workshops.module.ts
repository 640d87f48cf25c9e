import { Module } from '@nestjs/common';
import { MappingModule } from '@app/mapping';
import { PeopleModule } from '@app/people';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import {
  ChecklistItemWorkshopOutputResolver,
  InitiativeWorkshopOutputResolver,
  PriorityAreaWorkshopOutputResolver,
  TaskWorkshopOutputResolver,
  WorkshopOutputFieldsResolver,
  WorkshopOutputsResolver,
} from './outputs/workshop-outputs.resolver';
import { WorkshopOutputsService } from './outputs/workshop-outputs.service';
import { WorkshopTemplatesResolver } from './templates/workshop-templates.resolver';
import { WorkshopTemplatesService } from './templates/workshop-templates.service';
import { ProgrammeWorkshopsResolver, WorkshopAttendeeFieldsResolver, WorkshopsResolver } from './workshops/workshops.resolver';
import { WorkshopsService } from './workshops/workshops.service';

/** Workshops for consultants: planning, agendas from the steps, personal templates reused across organisations, and capture in the room. */
@Module({
  imports: [ProgrammesModule, MappingModule, PilotsModule, PeopleModule],
  providers: [
    WorkshopsService,
    WorkshopTemplatesService,
    WorkshopsResolver,
    WorkshopAttendeeFieldsResolver,
    ProgrammeWorkshopsResolver,
    WorkshopTemplatesResolver,
    WorkshopOutputsService,
    WorkshopOutputsResolver,
    WorkshopOutputFieldsResolver,
    TaskWorkshopOutputResolver,
    InitiativeWorkshopOutputResolver,
    PriorityAreaWorkshopOutputResolver,
    ChecklistItemWorkshopOutputResolver,
  ],
  exports: [WorkshopsService, WorkshopTemplatesService, WorkshopOutputsService],
})
export class WorkshopsModule {}
