import { EditableTenantRecord } from '@app/database';
import { OrganisationEntity } from '@app/identity';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

export enum ParticipantKind {
  STAFF = 'STAFF',
  CITIZEN = 'CITIZEN',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
  THIRD_SECTOR = 'THIRD_SECTOR',
}

export enum LawfulBasis {
  CONSENT = 'CONSENT',
  PUBLIC_TASK = 'PUBLIC_TASK',
  OTHER = 'OTHER',
}

/**
 * Someone who may take part (People it). Personal fields (name, contact, notes) are held only
 * with a lawful basis recorded, and erasure clears them for good while the row keeps the
 * anonymous facts that counts and pilot statistics rest on.
 */
@Entity('participant')
@Index('IDX_participant_organisation', ['organisationId', 'kind'])
@Check('CHK_participant_kind', `"kind" IN ('STAFF', 'CITIZEN', 'COMMUNITY_GROUP', 'THIRD_SECTOR')`)
@Check('CHK_participant_basis', `"lawful_basis" IS NULL OR "lawful_basis" IN ('CONSENT', 'PUBLIC_TASK', 'OTHER')`)
@Check(
  'CHK_participant_personal_needs_basis',
  `"lawful_basis" IS NOT NULL OR ("display_name" IS NULL AND "contact" IS NULL AND "notes" IS NULL)`,
)
// Until erasure; an erased row keeps no free text at all (CHK_participant_erased_holds_nothing).
@Check(
  'CHK_participant_consent_until_erased',
  `"erased_at" IS NOT NULL OR "lawful_basis" IS DISTINCT FROM 'CONSENT' OR ("consent_given_at" IS NOT NULL AND "consent_purposes" IS NOT NULL AND "consent_method" IS NOT NULL)`,
)
@Check(
  'CHK_participant_other_basis_until_erased',
  `"erased_at" IS NOT NULL OR "lawful_basis" IS DISTINCT FROM 'OTHER' OR "basis_note" IS NOT NULL`,
)
@Check(
  'CHK_participant_erased_holds_nothing',
  `"erased_at" IS NULL OR ("display_name" IS NULL AND "contact" IS NULL AND "notes" IS NULL AND "consent_purposes" IS NULL AND "consent_method" IS NULL AND "basis_note" IS NULL)`,
)
@Check('CHK_participant_motivation', `"motivation" IS NULL OR "motivation" BETWEEN 1 AND 5`)
@Check('CHK_participant_hours', `"hours_per_month" IS NULL OR "hours_per_month" >= 0`)
export class ParticipantEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_participant_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 20 })
  kind: ParticipantKind;

  /** Personal. */
  @Column({ name: 'display_name', type: 'varchar', length: 200, nullable: true })
  displayName: string | null;

  /** Personal. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  contact: string | null;

  /** Personal (free text may name or describe the person). */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'smallint', nullable: true })
  motivation: number | null;

  @Column({ name: 'hours_per_month', type: 'integer', nullable: true })
  hoursPerMonth: number | null;

  @Column({ name: 'lawful_basis', type: 'varchar', length: 16, nullable: true })
  lawfulBasis: LawfulBasis | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ name: 'consent_purposes', type: 'varchar', length: 500, nullable: true })
  consentPurposes: string | null;

  @Column({ name: 'consent_method', type: 'varchar', length: 200, nullable: true })
  consentMethod: string | null;

  /** The basis the organisation names when it is neither consent nor public task. */
  @Column({ name: 'basis_note', type: 'varchar', length: 500, nullable: true })
  basisNote: string | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;
}
