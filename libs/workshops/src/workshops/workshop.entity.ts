import { EditableTenantRecord } from '@app/database';
import { OrganisationEntity, UserEntity } from '@app/identity';
import { ProgrammeEntity } from '@app/programmes';
import type { Step, WorkshopStatus } from '@app/workflow';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/** A workshop of a programme's step: when and where it meets, who runs it, and where it stands. */
@Entity('workshop')
@Index('IDX_workshop_organisation_starts', ['organisationId', 'startsAt'])
@Index('IDX_workshop_programme_starts', ['programmeId', 'startsAt'])
@Index('IDX_workshop_facilitator', ['facilitatorUserId'])
@Index('UQ_workshop_join_code', ['joinCodeHash'], { unique: true, where: '"join_code_hash" IS NOT NULL' })
@Check('CHK_workshop_status', `"status" IN ('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')`)
@Check('CHK_workshop_step', `"step" IN ('MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW')`)
@Check('CHK_workshop_times', `"ends_at" > "starts_at"`)
@Check('CHK_workshop_online_url', `"online_url" IS NULL OR "online_url" LIKE 'https://%'`)
export class WorkshopEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_workshop_organisation' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'FK_workshop_programme' })
  programme?: Relation<ProgrammeEntity>;

  @Column({ type: 'integer' })
  cycle: number;

  @Column({ type: 'varchar', length: 16 })
  step: Step;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  place: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  /** Null once the facilitator's account is deleted: the workshop and what it produced stay with the organisation. */
  @Column({ name: 'facilitator_user_id', type: 'uuid', nullable: true })
  facilitatorUserId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'facilitator_user_id', foreignKeyConstraintName: 'FK_workshop_facilitator' })
  facilitator?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 16, default: 'PLANNED' })
  status: WorkshopStatus;

  /** The personal template it was planned from, if any (a reference only: the template may since have changed or gone). */
  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId: string | null;

  /** sha256 of the code guests join with while it is open (workshop-guests.service.ts); null when joining is closed. */
  @Column({ name: 'join_code_hash', type: 'varchar', length: 64, nullable: true })
  joinCodeHash: string | null;

  @Column({ name: 'join_code_expires_at', type: 'timestamptz', nullable: true })
  joinCodeExpiresAt: Date | null;
}
