import { OrganisationOwned } from '@app/database';
import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * A programme's calendar link (only its sha256): it opens the programme's dates to whoever holds
 * it. The foreign key names the programme with its organisation, so a link is only ever made for
 * the organisation's own programme, and goes with it.
 */
@Entity('programme_calendar')
@Index('UQ_programme_calendar_token', ['tokenHash'], { unique: true })
@Index('IDX_programme_calendar_organisation', ['organisationId'])
@ForeignKey('programme', ['organisationId', 'programmeId'], ['organisationId', 'id'], {
  name: 'FK_programme_calendar_programme',
  onDelete: 'CASCADE',
})
export class ProgrammeCalendarEntity extends OrganisationOwned {
  @PrimaryColumn({ name: 'programme_id', type: 'uuid', primaryKeyConstraintName: 'PK_programme_calendar' })
  programmeId: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  /** Who issued the current link (null for an API key or once their account is gone). */
  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy: string | null;
}
