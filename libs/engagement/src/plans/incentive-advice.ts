/**
 * What the evidence says about each kind of incentive (Alford 2009, as the chapter by Bovaird &
 * Loeffler reports him): intrinsic reward, social contact and esteem, and appeals to shared values
 * (none of them material) are what keep most people taking part; sanctions usually drive them away. A sanction may still be
 * recorded (some services have one by law), so it is allowed and answered with a warning.
 */
export const INCENTIVE_KINDS = ['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION'] as const;
export type IncentiveKindName = (typeof INCENTIVE_KINDS)[number];

export const SANCTION_WARNING =
  'Sanctions tend to backfire: the research on why people coproduce (Alford 2009) finds that penalties make most ' +
  'people less willing to take part, not more. Rewards people value for their own sake, contact with others and ' +
  'recognition, and appeals to values they share usually work better; keep a sanction for the few cases where ' +
  'nothing else will do.';

/** The warnings an incentive of this kind comes with (none for most kinds). */
export function incentiveWarnings(kind: IncentiveKindName): string[] {
  return kind === 'SANCTION' ? [SANCTION_WARNING] : [];
}
