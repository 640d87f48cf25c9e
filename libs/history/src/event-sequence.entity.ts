import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * Each programme's last history sequence number, kept by the history library itself. The
 * foreign key names the programme together with its organisation, so a sequence is only ever
 * taken for the organisation's own programme (the tenancy wall stamps the organisation).
 */
@Entity('event_sequence')
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_event_sequence_programme',
  onDelete: 'CASCADE',
})
export class EventSequenceEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid', primaryKeyConstraintName: 'PK_event_sequence' })
  organisationId: string;

  @PrimaryColumn({ name: 'programme_id', type: 'uuid', primaryKeyConstraintName: 'PK_event_sequence' })
  programmeId: string;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence: number;
}
