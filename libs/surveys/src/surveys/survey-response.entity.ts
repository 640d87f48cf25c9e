import { OrganisationOwned } from '@app/database';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SurveyEntity } from './survey.entity';

/** One resident's answers: question key → NEVER, SOMETIMES or OFTEN. Anonymous. */
@Entity('survey_response')
@Index('IDX_survey_response_survey', ['surveyId', 'submittedAt'])
@Index('IDX_survey_response_client', ['surveyId', 'clientHash', 'submittedAt'])
@Check('CHK_survey_response_channel', `"channel" IN ('LINK', 'ENTERED', 'CSV')`)
export class SurveyResponseEntity extends OrganisationOwned {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_survey_response_survey' })
  survey?: Relation<SurveyEntity>;

  @Column({ type: 'jsonb' })
  answers: Record<string, string>;

  /** How the response came in: the public link, entered by staff, or a CSV import. */
  @Column({ type: 'varchar', length: 8 })
  channel: 'LINK' | 'ENTERED' | 'CSV';

  /**
   * For an answer through the open link only: a keyed hash (HMAC) of the sender's address and the
   * survey, never the address itself, so answers from one client can be limited and counted.
   * Re-keyed with a key thrown away when the survey closes (see SurveyClientHasher). Null for
   * answers through a personal link, entered by staff or imported.
   */
  @Column({ name: 'client_hash', type: 'char', length: 64, nullable: true })
  clientHash: string | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
