import { Column, CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every record of an organisation repeats. Entities extend the class that fits and
 * keep their own relation to the organisation (its foreign key is named per table).
 */
export abstract class OrganisationOwned {
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;
}

/** An organisation's record with the time it was made. */
export abstract class TenantRecord extends OrganisationOwned {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An organisation's record that people edit: each change takes the version they read (updateVersioned). */
export abstract class EditableTenantRecord extends TenantRecord {
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
