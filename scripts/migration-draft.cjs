// Prints the SQL that would bring a migrated database in line with the entities: the
// starting point for a new, hand-reviewed migration. Run `npm run build` first.
require('reflect-metadata');
const { openDatabase } = require('../dist/libs/database/src/index.js');
const { ENTITIES } = require('../dist/apps/api/src/entities.js');

(async () => {
  const db = await openDatabase({ kind: 'embedded', dataDir: 'memory://' }, { entities: ENTITIES });
  try {
    await db.runMigrations();
    const { upQueries } = await db.dataSource.driver.createSchemaBuilder().log();
    for (const q of upQueries) console.log(q.query.replace(/\s+/g, ' ').replace(' ;', '').trim() + ';');
    if (!upQueries.length) console.error('The migrations already match the entities.');
  } finally {
    await db.close();
  }
})();
