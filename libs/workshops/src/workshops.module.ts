import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
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
import { WorkshopRoomLive } from './room/room-live';
import {
  WorkshopGuestResolver,
  WorkshopGuestsFieldResolver,
  WorkshopOutputGuestResolver,
  WorkshopRoomResolver,
} from './room/room.resolver';
import { VoteRoundsService } from './room/vote-rounds.service';
import { WorkshopGuestsService } from './room/workshop-guests.service';
import { WorkshopTemplatesResolver } from './templates/workshop-templates.resolver';
import { WorkshopTemplatesService } from './templates/workshop-templates.service';
import { ProgrammeWorkshopsResolver, WorkshopAttendeeFieldsResolver, WorkshopsResolver } from './workshops/workshops.resolver';
import { WorkshopAttendeeErasure } from './workshops/attendee-erasure';
import { WorkshopAgendaService } from './workshops/workshop-agenda.service';
import { WorkshopsService } from './workshops/workshops.service';

/** Workshops for consultants: planning, agendas from the steps, personal templates reused across organisations, capture in the room, guests who join with a code, and live dot-voting. */
@Module({
  imports: [IdentityModule, ProgrammesModule, MappingModule, PilotsModule, PeopleModule],
  providers: [
    WorkshopsService,
    WorkshopAgendaService,
    WorkshopAttendeeErasure,
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
    WorkshopGuestsService,
    VoteRoundsService,
    WorkshopRoomLive,
    WorkshopRoomResolver,
    WorkshopGuestResolver,
    WorkshopGuestsFieldResolver,
    WorkshopOutputGuestResolver,
  ],
  exports: [
    WorkshopsService,
    WorkshopAgendaService,
    WorkshopAttendeeErasure,
    WorkshopTemplatesService,
    WorkshopOutputsService,
    WorkshopGuestsService,
    VoteRoundsService,
  ],
})
export class WorkshopsModule {}
