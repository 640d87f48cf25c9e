import { OrganisationOwned } from '@app/database';
import { PilotEntity } from '@app/pilots';
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation, VersionColumn } from 'typeorm';

/** What a pilot needs from its participants: skills (by id) and hours a month (Table 13.1: skills, motivation, time). */
@Entity('pilot_need')
@Check('CHK_pilot_need_hours', `"hours_per_month" >= 0`)
export class PilotNeedEntity extends OrganisationOwned {
  @PrimaryColumn({ name: 'pilot_id', type: 'uuid' })
  pilotId: string;

  @OneToOne(() => PilotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_pilot_need_pilot' })
  pilot?: Relation<PilotEntity>;

  @Column({ name: 'skill_ids', type: 'uuid', array: true, default: () => `'{}'` })
  skillIds: string[];

  @Column({ name: 'hours_per_month', type: 'integer', default: 0 })
  hoursPerMonth: number;

  @VersionColumn()
  version: number;
}
