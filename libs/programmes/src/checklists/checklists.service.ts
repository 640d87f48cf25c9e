import { Injectable } from '@nestjs/common';
import { BadInputError, InvalidTransitionError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { checklistChangeRefusal, holdsEarlierTick } from '@app/workflow';
import { In } from 'typeorm';
import { ProgrammeStepEntity } from '../programmes/programme-step.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { ChecklistItemEntity } from './checklist-item.entity';
import type { TickChecklistItemInput } from './checklist.inputs';

@Injectable()
export class ChecklistsService {
  constructor(
    private readonly db: Database,
    private readonly programmes: ProgrammesService,
  ) {}

  async tick(ctx: RequestContext, input: TickChecklistItemInput): Promise<ChecklistItemEntity> {
    const evidenceText = input.evidenceText?.trim() || null;
    const evidenceUrl = input.evidenceUrl?.trim() || null;
    if (!evidenceText && !evidenceUrl)
      throw BadInputError.field('input.evidenceText', 'or input.evidenceUrl is needed: say what shows the item is done');
    return this.change(ctx, input.itemId, false, { tickedAt: new Date(), tickedBy: ctx.userIdOrNull, evidenceText, evidenceUrl });
  }

  /**
   * Ticks the MANUAL item `key` of a programme's cycle, once: an item that is missing, checked
   * from the records, or already ticked is BAD_USER_INPUT naming `field` (libs/workshops converts
   * an output into a tick this way, with the workshop as the evidence).
   */
  async tickByKey(
    ctx: RequestContext,
    at: { programmeId: string; cycle: number; key: string; field: string },
    evidence: { evidenceText: string; evidenceUrl?: string | null },
  ): Promise<ChecklistItemEntity> {
    const item = await this.db.tenant(ctx, ChecklistItemEntity).findOneBy({ programmeId: at.programmeId, cycle: at.cycle, key: at.key });
    if (!item) throw BadInputError.field(at.field, "is not a checklist item of the programme's current cycle");
    if (item.kind === 'EVIDENCED') throw BadInputError.field(at.field, 'is checked from the records, so it cannot be ticked by hand');
    const changes = {
      tickedAt: new Date(),
      tickedBy: ctx.userIdOrNull,
      evidenceText: evidence.evidenceText.trim(),
      evidenceUrl: evidence.evidenceUrl?.trim() || null,
    };
    // Checked again under the programme's lock, so two conversions at once cannot both tick it.
    return this.change(ctx, item.id, false, changes, (locked) => {
      if (locked.tickedAt) throw BadInputError.field(at.field, 'is already ticked: untick it first to give other evidence');
    });
  }

  /** The organisation's checklist items with these ids; others' ids are simply absent. */
  byIds(ctx: RequestContext, ids: readonly string[]): Promise<ChecklistItemEntity[]> {
    return ids.length ? this.db.tenant(ctx, ChecklistItemEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  untick(ctx: RequestContext, itemId: string): Promise<ChecklistItemEntity> {
    return this.change(ctx, itemId, true, { tickedAt: null, tickedBy: null, evidenceText: null, evidenceUrl: null });
  }

  /**
   * Ticks and unticks lock the programme row, like advances do, so a gate is never passed on
   * the strength of an item that a concurrent untick is clearing.
   */
  private async change(
    ctx: RequestContext,
    itemId: string,
    untick: boolean,
    changes: Partial<ChecklistItemEntity>,
    check: (item: ChecklistItemEntity) => void = () => {},
  ): Promise<ChecklistItemEntity> {
    return this.db.transaction(ctx, async (em) => {
      const items = this.db.tenant(ctx, ChecklistItemEntity);
      const found = await items.get({ id: itemId }, 'Checklist item');
      const programme = await this.programmes.lock(em, ctx, found.programmeId);
      const item = await items.get({ id: itemId }, 'Checklist item');
      check(item);
      // A tick given before the item became a rule still counts; it may be withdrawn, never given again.
      const withdrawsEarlierTick = untick && holdsEarlierTick({ ...item, ticked: item.tickedAt !== null });
      if (item.kind === 'EVIDENCED' && !withdrawsEarlierTick)
        throw BadInputError.field('input.itemId', 'is checked from the records, so it cannot be ticked or unticked by hand');
      const step = await this.db.tenant(ctx, ProgrammeStepEntity).get({ id: item.programmeStepId }, 'Programme step');
      const refusal = checklistChangeRefusal(programme.status, step.state, { untick, required: item.required });
      if (refusal) throw new InvalidTransitionError(refusal);
      if (untick && item.tickedAt === null) return item;
      await items.update({ id: item.id }, changes);
      await this.programmes.record(ctx, programme, untick ? 'CHECKLIST_ITEM_UNTICKED' : 'CHECKLIST_ITEM_TICKED', {
        itemId: item.id,
        key: item.key,
        step: item.step,
        cycle: item.cycle,
      });
      return items.get({ id: item.id }, 'Checklist item');
    });
  }
}
