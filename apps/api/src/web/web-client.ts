import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphiqlPage } from '../graphql/graphiql';

/** Paths the API answers itself; a browser's GET of any other path is a page of the client. */
export const API_PATH_PREFIXES = [
  '/graphql',
  '/health',
  '/feeds',
  '/calendars',
  '/responses',
  '/imports',
  '/exports',
  '/documents',
  '/notifications',
  '/auth',
  '/assets',
] as const;

export interface WebClientOptions {
  /** The built client (Vite's output: index.html, graphiql.html, assets/). */
  dir: string;
  graphqlPath: string;
  /** Serve GraphiQL at a browser's GET of graphqlPath. */
  graphiql: boolean;
  /** One line about anything missing. */
  log: (line: string) => void;
}

/**
 * Where `npm run build` put the client: dist/web under the working directory (npm start, tests),
 * else next to the compiled server (dist/apps/api/src/main.js → dist/web), for a service started
 * from elsewhere.
 */
export function defaultWebDir(): string {
  const candidates = [path.resolve('dist/web')];
  const entry = process.argv[1];
  if (entry) candidates.push(path.resolve(path.dirname(entry), '../../../web'));
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
};

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer | null;
}

/**
 * The build's assets, read (and compressed) once at start-up, by file name: a request names one of
 * them exactly or gets a 404, so no path reaches anything else on disk. Source maps stay unserved.
 */
function loadAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(dir)) return assets;
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(dir, name));
    const compressible = !/^(image\/png|font\/woff)/.test(type) && body.length > 1024;
    assets.set(name, { type, body, gzipped: compressible ? gzipSync(body, { level: 9 }) : null });
  }
  return assets;
}

/** Same-host WebSocket sources for connect-src (older browsers do not count them as 'self'). */
function webSocketSources(host: string | undefined): string {
  return host && /^[\w.:[\]-]+$/.test(host) ? ` ws://${host} wss://${host}` : '';
}

/** The client's policy: nothing inline, nothing from elsewhere, never framed. */
export function clientContentSecurityPolicy(host: string | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src 'self'${webSocketSources(host)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * A survey's public link (`/responses/<token>`): the API's JSON for a script, but the residents'
 * page of the client for a browser navigating to it, which then fetches the same JSON.
 */
const SURVEY_LINK = /^\/responses\/[^/]+$/;

function isApiPath(pathname: string): boolean {
  return API_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * A browser navigating to a page, which asks for text/html when it does. A script or a tool
 * (fetch and curl accept anything) asking for a path that is not there gets a plain 404.
 */
function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the web client from the API's own port: hashed assets under /assets/ cached for a year,
 * index.html (no-cache, so a new build is picked up at once) for every client route, and for a
 * browser opening a survey's public link (the residents' form; scripts get the link's JSON), with a strict
 * Content-Security-Policy and no Referer (the reset and invitation pages carry tokens in their
 * links). GraphiQL's page, when on, is answered here too. Without a build the API still runs.
 * Register on the root Fastify instance before Nest's routes see requests (an onRequest hook).
 */
export function registerWebClient(fastify: FastifyInstance, options: WebClientOptions): void {
  const indexFile = path.join(options.dir, 'index.html');
  if (!existsSync(indexFile)) {
    options.log(
      `The web client is not built (${indexFile} is missing): serving the API alone${options.graphiql ? ', without GraphiQL' : ''}. Run npm run build.`,
    );
    return;
  }
  const index = readFileSync(indexFile);
  const graphiqlFile = path.join(options.dir, 'graphiql.html');
  const graphiql =
    options.graphiql && existsSync(graphiqlFile) ? new GraphiqlPage(readFileSync(graphiqlFile, 'utf8'), options.graphqlPath) : null;

  const assets = loadAssets(path.join(options.dir, 'assets'));
  fastify.get('/assets/:name', (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => {
    const asset = assets.get(request.params.name);
    if (!asset) return reply.callNotFound();
    const gzip = asset.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    reply
      .type(asset.type)
      // Every name carries its content's hash: a changed file is a new URL.
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'Accept-Encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? asset.gzipped : asset.body);
  });

  // A callback hook: a POST (every GraphQL request) passes without a promise and a microtask.
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return done();
    // As Fastify goes on after an async hook: the next hooks skip a request answered here.
    answerPage(request, reply).then(() => done(), done);
  });

  async function answerPage(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const url = new URL(request.url, 'http://localhost');
    if (graphiql?.wants(request, url.pathname, url.searchParams)) return graphiql.send(reply);
    if (!wantsPage(request)) return;
    const surveyLink = SURVEY_LINK.test(url.pathname);
    if (isApiPath(url.pathname) && !surveyLink) return;
    if (surveyLink) {
      // The token in the address is the link's credential: as the JSON answer, never stored, never indexed.
      reply.header('x-robots-tag', 'noindex');
    }
    return reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('cache-control', surveyLink ? 'no-store' : 'no-cache')
      .header('content-security-policy', clientContentSecurityPolicy(request.headers.host))
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      .header('vary', 'Accept')
      .send(index);
  }
}
