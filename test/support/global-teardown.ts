import { rmSync } from 'node:fs';
import { onServer, runPrefix, serverUrl, TEST_OWNER_ROLE_PREFIX } from './databases';

export default async function globalTeardown(): Promise<void> {
  const url = serverUrl();
  if (url) {
    await onServer(url, async (c) => {
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE '${runPrefix()}%'`);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      const owners = await c.query(
        `SELECT rolname FROM pg_roles WHERE starts_with(rolname, '${TEST_OWNER_ROLE_PREFIX}${process.env.COPROD_TEST_RUN}_')`,
      );
      for (const { rolname } of owners.rows) await c.query(`DROP ROLE IF EXISTS "${rolname}"`);
    });
  }
  if (process.env.COPROD_TEST_SNAPSHOT) rmSync(process.env.COPROD_TEST_SNAPSHOT, { force: true });
}
