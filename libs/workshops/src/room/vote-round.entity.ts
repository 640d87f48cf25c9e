import { EditableTenantRecord, TenantRecord } from '@app/database';
import { UserEntity } from '@app/identity';
import { InitiativeEntity } from '@app/mapping';
import { PriorityAreaEntity } from '@app/pilots';
import type { VoteRoundStatus } from '@app/workflow';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { WorkshopOutputEntity } from '../outputs/workshop-output.entity';
import { WorkshopEntity } from '../workshops/workshop.entity';
import { WorkshopGuestEntity } from './workshop-guest.entity';

/** A round of dot-voting in a workshop: the question, each voter's dots, and once closed the decision it became. */
@Entity('workshop_vote_round')
@Index('IDX_workshop_vote_round_workshop', ['workshopId', 'position'])
@Index('UQ_workshop_vote_round_open', ['workshopId'], { unique: true, where: `"status" = 'OPEN'` })
@Check('CHK_workshop_vote_round_status', `"status" IN ('OPEN', 'CLOSED')`)
@Check('CHK_workshop_vote_round_dots', `"dots_per_voter" BETWEEN 1 AND 20`)
export class WorkshopVoteRoundEntity extends EditableTenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'workshop_id', type: 'uuid' })
  workshopId: string;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_vote_round_workshop' })
  workshop?: Relation<WorkshopEntity>;

  /** 1, 2, 3… in the order the rounds were opened. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  @Column({ name: 'dots_per_voter', type: 'integer' })
  dotsPerVoter: number;

  /** Anonymous: nobody sees who put dots where, and closing forgets the ballots, keeping only the totals. */
  @Column({ type: 'boolean' })
  anonymous: boolean;

  @Column({ type: 'varchar', length: 16, default: 'OPEN' })
  status: VoteRoundStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** How many voted, fixed at closing. */
  @Column({ name: 'voter_count', type: 'integer', nullable: true })
  voterCount: number | null;

  @Column({ name: 'decision_output_id', type: 'uuid', nullable: true })
  decisionOutputId: string | null;

  @ManyToOne(() => WorkshopOutputEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decision_output_id', foreignKeyConstraintName: 'FK_workshop_vote_round_decision' })
  decisionOutput?: Relation<WorkshopOutputEntity>;
}

/** One option of a round: free text, or a priority area or initiative of the programme (its name at the time). */
@Entity('workshop_vote_option')
@Index('IDX_workshop_vote_option_round', ['roundId', 'position'])
@Check('CHK_workshop_vote_option_subject', `"priority_area_id" IS NULL OR "initiative_id" IS NULL`)
export class WorkshopVoteOptionEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => WorkshopVoteRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_workshop_vote_option_round' })
  round?: Relation<WorkshopVoteRoundEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ name: 'priority_area_id', type: 'uuid', nullable: true })
  priorityAreaId: string | null;

  @ManyToOne(() => PriorityAreaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'priority_area_id', foreignKeyConstraintName: 'FK_workshop_vote_option_priority_area' })
  priorityArea?: Relation<PriorityAreaEntity>;

  @Column({ name: 'initiative_id', type: 'uuid', nullable: true })
  initiativeId: string | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'FK_workshop_vote_option_initiative' })
  initiative?: Relation<InitiativeEntity>;

  /** The dots it got, fixed at closing (an anonymous round's ballots are then forgotten). */
  @Column({ name: 'final_dots', type: 'integer', nullable: true })
  finalDots: number | null;
}

/** Dots one voter (a member or a guest) put on one option of an open round. */
@Entity('workshop_vote')
@Index('IDX_workshop_vote_round', ['roundId'])
@Index('IDX_workshop_vote_option', ['optionId'])
@Index('IDX_workshop_vote_guest', ['guestId'])
@Index('IDX_workshop_vote_user', ['userId'])
@Index('UQ_workshop_vote_member', ['optionId', 'userId'], { unique: true, where: '"user_id" IS NOT NULL' })
@Index('UQ_workshop_vote_guest', ['optionId', 'guestId'], { unique: true, where: '"guest_id" IS NOT NULL' })
@Check('CHK_workshop_vote_voter', `("user_id" IS NULL) <> ("guest_id" IS NULL)`)
@Check('CHK_workshop_vote_dots', `"dots" >= 1`)
export class WorkshopVoteEntity extends TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => WorkshopVoteRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'FK_workshop_vote_round' })
  round?: Relation<WorkshopVoteRoundEntity>;

  @Column({ name: 'option_id', type: 'uuid' })
  optionId: string;

  @ManyToOne(() => WorkshopVoteOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id', foreignKeyConstraintName: 'FK_workshop_vote_option' })
  option?: Relation<WorkshopVoteOptionEntity>;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_workshop_vote_user' })
  user?: Relation<UserEntity>;

  @Column({ name: 'guest_id', type: 'uuid', nullable: true })
  guestId: string | null;

  @ManyToOne(() => WorkshopGuestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'guest_id', foreignKeyConstraintName: 'FK_workshop_vote_guest' })
  guest?: Relation<WorkshopGuestEntity>;

  @Column({ type: 'integer' })
  dots: number;
}
