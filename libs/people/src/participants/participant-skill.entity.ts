import { OrganisationOwned } from '@app/database';
import { OrganisationEntity } from '@app/identity';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ParticipantEntity } from './participant.entity';
import { SkillEntity } from './skill.entity';

@Entity('participant_skill')
@Index('IDX_participant_skill_skill', ['skillId'])
@Index('IDX_participant_skill_organisation', ['organisationId'])
export class ParticipantSkillEntity extends OrganisationOwned {
  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_participant_skill_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'FK_participant_skill_participant' })
  participant?: Relation<ParticipantEntity>;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id', foreignKeyConstraintName: 'FK_participant_skill_skill' })
  skill?: Relation<SkillEntity>;
}
