import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/common';
import { startServer } from '../../apps/api/src/start';
import { asRole, cloneTemplate, serverUrl, TEST_SERVER_ROLE } from '../support/databases';

/**
 * Outside production the console is for a person: short lines, no JSON, none of Nest's module and
 * route chatter, the demo's sign-in details, and the address to open as the last line of the start.
 * (Production's JSON lines: request-log.e2e-spec.ts.)
 */
describe('the console outside production', () => {
  const written: string[] = [];
  let restore: () => void = () => undefined;
  let app: NestFastifyApplication;
  let startup: string[];

  const lines = () =>
    written
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '');

  beforeAll(async () => {
    const ownerUrl = serverUrl() ? await cloneTemplate() : '';
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      COPROD_DATA_DIR: 'memory://',
      SEED_DEMO: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: ownerUrl ? asRole(ownerUrl, TEST_SERVER_ROLE) : '',
      DATABASE_OWNER_URL: ownerUrl,
    });
    const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    restore = () => {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
    };
    try {
      app = await startServer(config, { snapshot: ownerUrl ? undefined : new Blob([readFileSync(process.env.COPROD_TEST_SNAPSHOT!)]) });
    } catch (error) {
      restore();
      throw error;
    }
    startup = lines();
  });
  afterAll(async () => {
    await app?.close();
    restore();
  });

  it('starts in a few short human lines: the demo sign-in, then the address to open last', () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    expect(startup.length).toBeLessThanOrEqual(12);
    for (const line of startup) {
      expect(line.length).toBeLessThanOrEqual(160);
      expect(line.trimStart().startsWith('{')).toBe(false);
    }
    expect(startup.join('\n')).not.toMatch(/InstanceLoader|RoutesResolver|RouterExplorer|Mapped \{|dependencies initialized/);
    expect(startup.some((line) => /manager@demo\.coprod\.local +password \S{16}/.test(line))).toBe(true);
    expect(startup.at(-1)).toBe(`coprod is ready: open http://localhost:${port}/`);
  });

  it('logs a request as one line with the time, method, path, status, duration and operation', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Ping { __typename }' }),
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = lines().slice(startup.length);
    expect(after).toEqual(expect.arrayContaining([expect.stringMatching(/^\d\d:\d\d:\d\d POST \/graphql 200 [\d.]+ ms Ping$/)]));
    for (const line of after) expect(line.trimStart().startsWith('{')).toBe(false);
  });
});
