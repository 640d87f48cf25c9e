import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TicksBecomeRules1796430000050 } from './1796430000050-ticks-become-rules';

/**
 * TicksBecomeRules1796430000050 once more, now that it lifts the tenancy wall from the tables it
 * converts (`outsideTheWall`). Run before that by an owner that is no superuser, the forced wall
 * hid every row from it and it converted nothing. Running it again is the same as running it
 * once: where it did convert, nothing matches any more. Ticks given since on the items it missed
 * still count, as ticks given before any conversion do (`replacedTicksAt`, libs/workflow gates.ts).
 * `down` undoes nothing: TicksBecomeRules1796430000050's own `down` does that.
 */
export class TicksBecomeRulesAgain1796450000040 implements MigrationInterface {
  name = 'TicksBecomeRulesAgain1796450000040';

  async up(q: QueryRunner): Promise<void> {
    await new TicksBecomeRules1796430000050().up(q);
  }

  async down(): Promise<void> {}
}
