export * from './entities';
export * from './people.module';
export * from './people.service';
export * from './people-gate-facts';
export * from './participants/participant.entity';
export * from './participants/participant.model';
export * from './participants/skill.model';
export * from './participants/participants.service';
export * from './participants/participant-erasure';
export * from './participants/skills.service';
export * from './enrolments/enrolment.model';
export * from './enrolments/self-efficacy';
export { EnrolmentsService } from './enrolments/enrolments.service';
export { MatchingService } from './enrolments/matching.service';
// Inputs the demo story (apps/api/src/demo) fills in as a user would.
export { EnrolParticipantInput, RecordSelfEfficacyInput, SetPilotNeedsInput } from './enrolments/enrolment.inputs';
export { RegisterParticipantInput } from './participants/participant.inputs';
export { CreateSkillInput } from './participants/skill.inputs';
