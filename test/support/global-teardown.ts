import { rmSync } from 'node:fs';
import { onServer, runPrefix, serverUrl } from './databases';

export default async function globalTeardown(): Promise<void> {
  const url = serverUrl();
  if (url) {
    await onServer(url, async (c) => {
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE '${runPrefix()}%'`);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  }
  if (process.env.COPROD_TEST_SNAPSHOT) rmSync(process.env.COPROD_TEST_SNAPSHOT, { force: true });
}
