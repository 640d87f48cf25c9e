import { Module } from '@nestjs/common';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import { EnrolmentsResolver, PilotPeopleResolver } from './enrolments/enrolments.resolver';
import { EnrolmentsService } from './enrolments/enrolments.service';
import { MatchingResolver } from './enrolments/matching.resolver';
import { MatchingService } from './enrolments/matching.service';
import { ParticipantErasure } from './participants/participant-erasure';
import { ParticipantPrivacyService } from './participants/participant-privacy.service';
import { LawfulBasisRecordResolver, ParticipantsResolver } from './participants/participants.resolver';
import { ParticipantsService } from './participants/participants.service';
import { ParticipantsCsvController } from './participants/participants-csv.controller';
import { ParticipantsCsvService } from './participants/participants-csv.service';
import { SkillsResolver } from './participants/skills.resolver';
import { SkillsService } from './participants/skills.service';
import { MatchingGateFacts, PeopleGateFacts } from './people-gate-facts';
import { PeopleService } from './people.service';

/** People it: skills, participants (with erasure and subject access), matching, enrolment and self-efficacy. */
@Module({
  imports: [ProgrammesModule, PilotsModule],
  providers: [
    SkillsService,
    SkillsResolver,
    ParticipantsService,
    ParticipantErasure,
    ParticipantPrivacyService,
    ParticipantsResolver,
    LawfulBasisRecordResolver,
    EnrolmentsService,
    EnrolmentsResolver,
    PilotPeopleResolver,
    MatchingService,
    MatchingResolver,
    PeopleService,
    PeopleGateFacts,
    MatchingGateFacts,
    ParticipantsCsvService,
  ],
  controllers: [ParticipantsCsvController],
  exports: [PeopleService, ParticipantsService, ParticipantErasure, SkillsService, EnrolmentsService, MatchingService],
})
export class PeopleModule {}
