import { ServiceAreaDefaults1764401000000 } from '../../libs/database/src/migrations/1764401000000-service-area-defaults';
import { ownerDatabase, startTestApp, type TestApp } from '../support/test-app';

/** Organisations created before defaults came with them had no service areas until someone read the list: the migration gives them the defaults. */
describe('the service-area defaults migration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives the defaults to every organisation without an area, in order, and leaves the others alone', async () => {
    const db = ownerDatabase(t);
    const organisation = async (name: string) =>
      (
        await db.query(
          `INSERT INTO organisation (name, time_zone, currency, version) VALUES ($1, 'Europe/London', 'GBP', 1) RETURNING id`,
          [name],
        )
      )[0].id as string;
    const bare = await organisation('Never read');
    const ownList = await organisation('Own list');
    await db.query(`INSERT INTO service_area (organisation_id, name, name_key, position, version) VALUES ($1, 'Parks', 'parks', 0, 1)`, [
      ownList,
    ]);
    const names = async (id: string) =>
      (await db.query(`SELECT name FROM service_area WHERE organisation_id = $1 ORDER BY position`, [id])).map(
        (r: { name: string }) => r.name,
      );

    const runner = db.createQueryRunner();
    try {
      await new ServiceAreaDefaults1764401000000().up(runner);
      // Twice is the same as once: an organisation with areas is never given more.
      await new ServiceAreaDefaults1764401000000().up(runner);
    } finally {
      await runner.release();
    }
    // The list as it stood when the migration was written (it keeps its own copy).
    expect(await names(bare)).toEqual([
      'Community safety',
      'Local environment',
      'Health',
      'Social care',
      'Education',
      'Housing',
      'Transport',
      'Culture and leisure',
    ]);
    expect(await names(ownList)).toEqual(['Parks']);
  });
});
