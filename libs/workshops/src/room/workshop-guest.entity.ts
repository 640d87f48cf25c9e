import { TenantRecord } from '@app/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WorkshopEntity } from '../workshops/workshop.entity';

/**
 * Someone in the room without an account, who joined a running workshop with its code. Only the
 * display name they chose is kept (with the workshop's record); their pass is the sha256 of a
 * random token, good for this one workshop until it ends or the pass expires.
 */
@Entity('workshop_guest')
@Index('IDX_workshop_guest_workshop', ['workshopId', 'createdAt'])
@Index('UQ_workshop_guest_pass', ['passHash'], { unique: true, where: '"pass_hash" IS NOT NULL' })
export class WorkshopGuestEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_guest_workshop' })
  workshop?: Relation<WorkshopEntity>;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName: string;

  /** Null once the workshop has ended: the pass is gone, the name stays in the record. */
  @Column({ name: 'pass_hash', type: 'varchar', length: 64, nullable: true })
  passHash: string | null;

  @Column({ name: 'pass_expires_at', type: 'timestamptz' })
  passExpiresAt: Date;
}
