import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@app/common';
import type { AppOptions } from './app.module';
import { createServer, seedDemoIfWanted } from './server';

/**
 * Starts the server as `npm start` does: listen, seed the demo on a first start, then say where to
 * go. The address comes last, so it is the line a person sees when the console settles.
 */
export async function startServer(config: AppConfig, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const app = await createServer(config, options);
  await app.listen({ port: config.port, host: config.host });
  await seedDemoIfWanted(app, config);
  const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
  if (config.logFormat === 'json') {
    process.stdout.write(`coprod is ready at ${config.publicUrl}/graphql (data in ${where})\n`);
    return app;
  }
  const url = listeningUrl(app, config);
  process.stdout.write(`Data in ${where}${config.graphiql ? `; GraphiQL at ${url}/graphql` : ''}\ncoprod is ready: open ${url}/\n`);
  return app;
}

/** PUBLIC_URL, or with PORT=0 (a free port) the port actually taken. */
function listeningUrl(app: NestFastifyApplication, config: AppConfig): string {
  if (config.port !== 0) return config.publicUrl;
  const { port } = app.getHttpServer().address() as AddressInfo;
  return config.publicUrl.replace(/:0$/, `:${port}`);
}
