import { WorkshopOutputEntity } from './outputs/workshop-output.entity';
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
];
