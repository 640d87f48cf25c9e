import { BeneficiariesAndGrowthCosts1796430000020 } from '../../libs/database/src/migrations/1796430000020-beneficiaries-and-growth-costs';
import { addLine, createPilot, createProgramme, organisationWithRoles } from '../pilots/pilot-support';
import { ownerDatabase, startTestApp, type TestApp } from '../support/test-app';

/**
 * Rows written before beneficiary groups existed get the default new rows get: cashable savings to
 * the service's managers, every other line and every metric to service users; growth costs start unknown.
 */
describe('the beneficiaries and growth costs migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives existing metrics and lines their default group by kind, and leaves growth costs unknown', async () => {
    const org = await organisationWithRoles(t, 'Older Council');
    const programmeId = (await createProgramme(t, org.as.ADMIN, 'Written before')).id;
    const pilot = await createPilot(t, org.as.CONSULTANT, { programmeId, name: 'Lunch club' });
    await t.client.ok(
      `mutation($input: AddPilotMetricInput!) { addPilotMetric(input: $input) { id } }`,
      { input: { pilotId: pilot.id, name: 'Meals a week', unit: 'meals', direction: 'HIGHER_IS_BETTER', beneficiaryGroup: 'CITIZENS' } },
      org.as.CONSULTANT,
    );
    for (const kind of ['COST', 'SAVING', 'WIDER_BENEFIT'])
      await addLine(t, org.as.CONSULTANT, pilot.id, kind, '10.00', { beneficiaryGroup: 'POLITICIANS' });

    const db = ownerDatabase(t);
    const runner = db.createQueryRunner();
    try {
      // Back to before the migration (the groups and costs gone), then forward again.
      await new BeneficiariesAndGrowthCosts1796430000020().down(runner);
      await new BeneficiariesAndGrowthCosts1796430000020().up(runner);
    } finally {
      await runner.release();
    }
    const lines = await db.query(`SELECT kind, beneficiary_group AS "group" FROM pilot_financial WHERE pilot_id = $1 ORDER BY kind`, [
      pilot.id,
    ]);
    expect(lines).toEqual([
      { kind: 'COST', group: 'SERVICE_USERS' },
      { kind: 'SAVING', group: 'MANAGERS' },
      { kind: 'WIDER_BENEFIT', group: 'SERVICE_USERS' },
    ]);
    expect(await db.query(`SELECT beneficiary_group AS "group" FROM pilot_metric WHERE pilot_id = $1`, [pilot.id])).toEqual([
      { group: 'SERVICE_USERS' },
    ]);
    // A group outside the five is refused by the database too.
    await expect(db.query(`UPDATE pilot_metric SET beneficiary_group = 'VOTERS' WHERE pilot_id = $1`, [pilot.id])).rejects.toThrow(
      /CHK_pilot_metric_beneficiary_group/,
    );
  });
});
