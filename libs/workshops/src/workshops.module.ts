import { Module } from '@nestjs/common';
import { PeopleModule } from '@app/people';
import { ProgrammesModule } from '@app/programmes';
import { WorkshopTemplatesResolver } from './templates/workshop-templates.resolver';
import { WorkshopTemplatesService } from './templates/workshop-templates.service';
import { ProgrammeWorkshopsResolver, WorkshopAttendeeFieldsResolver, WorkshopsResolver } from './workshops/workshops.resolver';
import { WorkshopsService } from './workshops/workshops.service';

/** Workshops for consultants: planning, agendas from the steps, and personal templates reused across organisations. */
@Module({
  imports: [ProgrammesModule, PeopleModule],
  providers: [
    WorkshopsService,
    WorkshopTemplatesService,
    WorkshopsResolver,
    WorkshopAttendeeFieldsResolver,
    ProgrammeWorkshopsResolver,
    WorkshopTemplatesResolver,
  ],
  exports: [WorkshopsService, WorkshopTemplatesService],
})
export class WorkshopsModule {}
