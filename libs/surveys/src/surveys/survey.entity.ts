import { EditableTenantRecord } from '@app/database';
import { OrganisationEntity } from '@app/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export interface SurveyQuestion {
  key: string;
  /** The policy area; for an optional driver question, the area it is about (null for self-efficacy). */
  area: string | null;
  text: string;
  /** Set on the optional driver questions (SELF_EFFICACY, PERCEIVED_CONDITIONS), which count in no index. */
  driver?: string;
}

/** A coproduction-index survey of residents over one or more policy areas (Loeffler et al. 2008). */
@Entity('survey')
@Index('IDX_survey_organisation', ['organisationId'])
@Index('UQ_survey_response_token', ['responseTokenHash'], { unique: true })
@Check('CHK_survey_lawful_basis', `"lawful_basis" IN ('PUBLIC_TASK', 'CONSENT', 'LEGITIMATE_INTERESTS')`)
@Check('CHK_survey_sampling', `"sampling_method" IN ('SELF_SELECTED_ONLINE', 'RANDOM_SAMPLE', 'DOOR_TO_DOOR', 'WORKSHOP', 'OTHER')`)
export class SurveyEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_survey_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', array: true })
  areas: string[];

  /** The questions as they were when the survey opened, so results stay comparable. */
  @Column({ type: 'jsonb' })
  questions: SurveyQuestion[];

  @Column({ name: 'sampling_method', type: 'varchar', length: 24 })
  samplingMethod: string;

  /** What the survey is for and what happens to the answers: residents read it above the questions. */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  /** The lawful basis residents are told on the form (SurveyLawfulBasis). */
  @Column({ name: 'lawful_basis', type: 'varchar', length: 24, nullable: true })
  lawfulBasis: string | null;

  /** Hash of the public response link's token (no account needed to answer). */
  @Column({ name: 'response_token_hash', type: 'char', length: 64, nullable: true })
  responseTokenHash: string | null;

  /** When set, only personal (single-use) links take answers; the open link refuses them. */
  @Column({ name: 'respondent_tokens_required', type: 'boolean', default: false })
  respondentTokensRequired: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
