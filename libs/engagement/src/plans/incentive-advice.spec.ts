import { INCENTIVE_KINDS, incentiveWarnings, SANCTION_WARNING } from './incentive-advice';

describe('advice on incentives (Alford 2009)', () => {
  it('warns about sanctions only, citing the evidence', () => {
    for (const kind of INCENTIVE_KINDS) expect(incentiveWarnings(kind)).toEqual(kind === 'SANCTION' ? [SANCTION_WARNING] : []);
    expect(SANCTION_WARNING).toMatch(/Alford 2009/);
  });
});
