import { PersonalCalendarEntity } from './personal-calendar.entity';
import { ProgrammeCalendarEntity } from './programme-calendar.entity';

export const CALENDAR_ENTITIES = [PersonalCalendarEntity, ProgrammeCalendarEntity];
