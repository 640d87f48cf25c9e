import { EditableTenantRecord } from '@app/database';
import { UserEntity } from '@app/identity';
import type { WorkshopConversionKind, WorkshopOutputKind } from '@app/workflow';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WorkshopGuestEntity } from '../room/workshop-guest.entity';
import { WorkshopAgendaItemEntity } from '../workshops/workshop-agenda-item.entity';
import { WorkshopEntity } from '../workshops/workshop.entity';

/** Something the room produced (a note, a decision, an action…), and what it became once converted. */
@Entity('workshop_output')
@Index('IDX_workshop_output_workshop', ['workshopId', 'position'])
@Index('IDX_workshop_output_converted', ['convertedKind', 'convertedId'])
@Index('IDX_workshop_output_agenda_item', ['agendaItemId'])
@Index('IDX_workshop_output_guest', ['guestId'])
@Check('CHK_workshop_output_kind', `"kind" IN ('NOTE', 'DECISION', 'ACTION', 'INITIATIVE', 'PRIORITY', 'RISK')`)
@Check(
  'CHK_workshop_output_converted',
  `("converted_kind" IS NULL AND "converted_id" IS NULL) OR ("converted_kind" IN ('TASK', 'INITIATIVE', 'PRIORITY_AREA', 'CHECKLIST_TICK') AND "converted_id" IS NOT NULL)`,
)
export class WorkshopOutputEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_output_workshop' })
  workshop?: Relation<WorkshopEntity>;

  /** 1, 2, 3… in the order captured. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  kind: WorkshopOutputKind;

  @Column({ type: 'text' })
  text: string;

  /** The agenda section it came from, if any; removing the section keeps the output. */
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => WorkshopAgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'FK_workshop_output_agenda_item' })
  agendaItem?: Relation<WorkshopAgendaItemEntity>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_workshop_output_created_by' })
  creator?: Relation<UserEntity>;

  /** The guest who added it from their phone (a NOTE), if a guest did. */
  @Column({ name: 'guest_id', type: 'uuid', nullable: true })
  guestId: string | null;

  @ManyToOne(() => WorkshopGuestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'guest_id', foreignKeyConstraintName: 'FK_workshop_output_guest' })
  guest?: Relation<WorkshopGuestEntity>;

  @Column({ name: 'converted_kind', type: 'varchar', length: 16, nullable: true })
  convertedKind: WorkshopConversionKind | null;

  /** The id of the task, initiative, priority area or checklist item it became (owned by its library, so no foreign key). */
  @Column({ name: 'converted_id', type: 'uuid', nullable: true })
  convertedId: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt: Date | null;
}
