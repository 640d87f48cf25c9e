import { EnrolmentEntity } from './enrolments/enrolment.entity';
import { PilotNeedEntity } from './enrolments/pilot-need.entity';
import { SelfEfficacyReadingEntity } from './enrolments/self-efficacy-reading.entity';
import { ParticipantSkillEntity } from './participants/participant-skill.entity';
import { ParticipantEntity } from './participants/participant.entity';
import { SkillEntity } from './participants/skill.entity';

export const PEOPLE_ENTITIES = [
  SkillEntity,
  ParticipantEntity,
  ParticipantSkillEntity,
  PilotNeedEntity,
  EnrolmentEntity,
  SelfEfficacyReadingEntity,
];
