import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SurveyEntity } from './survey.entity';

/**
 * A personal, single-use link to a survey, for sending to a known list of residents. Only the
 * token's hash is kept. Whether it was used is a flag, not a time, and no response points back
 * to it: whoever knows who was given which link still cannot tell which answers were theirs.
 */
@Entity('survey_respondent_token')
@Index('UQ_survey_respondent_token_hash', ['tokenHash'], { unique: true })
@Index('IDX_survey_respondent_token_survey', ['surveyId'])
export class SurveyRespondentTokenEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'FK_survey_respondent_token_survey' })
  survey?: Relation<SurveyEntity>;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'boolean', default: false })
  used: boolean;
}
