import { TenantRecord } from '@app/database';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WorkshopEntity } from './workshop.entity';

/** One section of a workshop's agenda; its changes move the workshop's version on. */
@Entity('workshop_agenda_item')
@Index('IDX_workshop_agenda_item_workshop', ['workshopId', 'position'])
@Check('CHK_workshop_agenda_item_minutes', `"minutes" > 0 AND "minutes" <= 480`)
export class WorkshopAgendaItemEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_agenda_item_workshop' })
  workshop?: Relation<WorkshopEntity>;

  /** 1, 2, 3… in the order of the agenda. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ name: 'checklist_keys', type: 'text', array: true, default: () => `'{}'` })
  checklistKeys: string[];
}
