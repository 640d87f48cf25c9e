import { incentiveWarnings } from '@app/engagement';

/**
 * A risk's mitigation or a decision that penalises participants is a sanction: allowed, and
 * flagged with the same warning the engagement plan gives a SANCTION incentive (Alford 2009).
 */
export function sanctionWarnings(sanction: boolean): string[] {
  return sanction ? incentiveWarnings('SANCTION') : [];
}
