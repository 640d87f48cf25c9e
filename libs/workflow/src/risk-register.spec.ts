import { checkLifecycleTable } from './lifecycle';
import {
  applyDisagreementMove,
  DISAGREEMENT_MOVES,
  DISAGREEMENT_STATUSES,
  DISAGREEMENT_TRANSITIONS,
  type DisagreementMove,
  type DisagreementStatus,
  disagreementEditRefusal,
  disagreementMoveTo,
  FINAL_DISAGREEMENT_STATUSES,
  RISK_MOVES,
  RISK_STATUSES,
  RISK_TRANSITIONS,
  riskBand,
  riskScore,
  riskStatusChange,
  type RiskStatus,
} from './risk-register';

// Written out by hand rather than read from the tables, so the tables themselves are under test.
const RISK_ALLOWED: Record<RiskStatus, RiskStatus[]> = {
  OPEN: ['MITIGATING', 'CLOSED'],
  MITIGATING: ['CLOSED', 'OPEN'],
  CLOSED: ['OPEN'],
};
const DISAGREEMENT_ALLOWED: Record<DisagreementStatus, Partial<Record<DisagreementMove, DisagreementStatus>>> = {
  OPEN: { ARBITRATE: 'ARBITRATED', SETTLE: 'SETTLED', WITHDRAW: 'WITHDRAWN' },
  ARBITRATED: {},
  SETTLED: { REOPEN: 'OPEN' },
  WITHDRAWN: { REOPEN: 'OPEN' },
};

describe('the conflict and risk register', () => {
  it('has sound lifecycle tables', () => {
    expect(checkLifecycleTable(RISK_TRANSITIONS, RISK_STATUSES, RISK_MOVES)).toEqual([]);
    expect(checkLifecycleTable(DISAGREEMENT_TRANSITIONS, DISAGREEMENT_STATUSES, DISAGREEMENT_MOVES)).toEqual([]);
  });

  it('lets a risk move between exactly the statuses allowed, explaining a refusal', () => {
    for (const from of RISK_STATUSES) {
      for (const to of RISK_STATUSES.filter((s) => s !== from)) {
        const change = riskStatusChange(from, to);
        expect([from, to, change.ok]).toEqual([from, to, RISK_ALLOWED[from].includes(to)]);
      }
    }
    expect(riskStatusChange('CLOSED', 'MITIGATING')).toEqual({
      ok: false,
      message: 'A risk that is closed cannot become being mitigated. Reopen it if it comes back.',
    });
  });

  it('lets a disagreement make exactly the moves allowed; an arbitrated one is final and kept as it was', () => {
    for (const status of DISAGREEMENT_STATUSES) {
      for (const move of DISAGREEMENT_MOVES) {
        const result = applyDisagreementMove(status, move);
        const expected = DISAGREEMENT_ALLOWED[status][move];
        expect([status, move, result.ok ? result.to : null]).toEqual([status, move, expected ?? null]);
        if (!result.ok) expect(result.message).toMatch(/^A disagreement that is \w+ cannot be \w+\. /);
      }
    }
    expect(FINAL_DISAGREEMENT_STATUSES).toEqual(['ARBITRATED']);
    expect(disagreementEditRefusal('OPEN')).toBeNull();
    expect(disagreementEditRefusal('ARBITRATED')).toMatch(/kept as it was/);
    expect(disagreementMoveTo('ARBITRATED')).toBeNull();
    expect(disagreementMoveTo('SETTLED')).toBe('SETTLE');
  });

  it('weighs a risk as likelihood times impact, in three bands', () => {
    expect([riskScore(1, 1), riskBand(1, 5), riskBand(2, 3), riskBand(3, 5), riskBand(5, 5)]).toEqual([1, 'LOW', 'MEDIUM', 'HIGH', 'HIGH']);
    expect(riskBand(2, 2)).toBe('LOW');
    expect(riskBand(3, 4)).toBe('MEDIUM');
  });
});
