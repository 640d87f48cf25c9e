import { WorkshopOutputEntity } from './outputs/workshop-output.entity';
import { WorkshopVoteEntity, WorkshopVoteOptionEntity, WorkshopVoteRoundEntity } from './room/vote-round.entity';
import { WorkshopGuestEntity } from './room/workshop-guest.entity';
import { WorkshopTemplateEntity } from './templates/workshop-template.entity';
import { WorkshopAgendaItemEntity } from './workshops/workshop-agenda-item.entity';
import { WorkshopAttendeeEntity } from './workshops/workshop-attendee.entity';
import { WorkshopEntity } from './workshops/workshop.entity';

export const WORKSHOPS_ENTITIES = [
  WorkshopEntity,
  WorkshopAttendeeEntity,
  WorkshopAgendaItemEntity,
  WorkshopTemplateEntity,
  WorkshopOutputEntity,
  WorkshopGuestEntity,
  WorkshopVoteRoundEntity,
  WorkshopVoteOptionEntity,
  WorkshopVoteEntity,
];
