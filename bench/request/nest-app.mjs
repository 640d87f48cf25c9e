#!/usr/bin/env node
/**
 * The second anchor of bench/request: a minimal Nest 12 app with Apollo on Fastify, built the way
 * a small authenticated API usually is, from the project's own dependencies:
 * - a JWT guard on every resolver (HS256, checked with jose on every request, no cache), which
 *   also requires an organisation header and, when MEMBERSHIP_DATABASE_URL is set, looks the
 *   caller's membership of it up in PostgreSQL (one statement by primary key, through a pg pool);
 * - a request context (AsyncLocalStorage, entered for every request in a Fastify hook);
 * - Nest's ValidationPipe (class-validator) on the resolver's arguments;
 * - a logging interceptor writing one JSON line per resolved operation (Nest's JSON console).
 * Started by run.mjs as a child process with JWT_SECRET; prints `ready <url>` once it listens.
 * Plain JavaScript, so the decorators are applied by hand (what TypeScript would emit).
 */
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloDriver } from '@nestjs/apollo';
import { ConsoleLogger, Injectable, Logger, Module, UnauthorizedException, ValidationPipe, ForbiddenException } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE, NestFactory } from '@nestjs/core';
import { Args, GqlExecutionContext, GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { jwtVerify } from 'jose';
import { tap } from 'rxjs';
import { pg } from '../lib.mjs';

const secret = new TextEncoder().encode(process.env.JWT_SECRET);
const membershipUrl = process.env.MEMBERSHIP_DATABASE_URL;
const pool = membershipUrl ? new pg.Pool({ connectionString: membershipUrl, max: 10, application_name: 'coprod-bench-nest' }) : null;
const requestContext = new AsyncLocalStorage();

class HelloArgs {}
IsOptional()(HelloArgs.prototype, 'name');
IsString()(HelloArgs.prototype, 'name');
MaxLength(80)(HelloArgs.prototype, 'name');

class HelloResolver {
  hello(args) {
    return args.name ? `hello ${args.name}` : 'world';
  }
}
Reflect.defineMetadata('design:paramtypes', [HelloArgs], HelloResolver.prototype, 'hello');
Args()(HelloResolver.prototype, 'hello', 0);
Reflect.decorate([Query('hello')], HelloResolver.prototype, 'hello', Object.getOwnPropertyDescriptor(HelloResolver.prototype, 'hello'));
Resolver('Query')(HelloResolver);

class JwtGuard {
  async canActivate(context) {
    const { req } = GqlExecutionContext.create(context).getContext();
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedException('Sign in first');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'] }));
    } catch {
      throw new UnauthorizedException('The token is not valid');
    }
    const organisationId = req.headers['x-organisation-id'];
    if (typeof organisationId !== 'string') throw new ForbiddenException('Choose an organisation');
    let role = 'ADMIN';
    if (pool) {
      const { rows } = await pool.query('SELECT role FROM membership WHERE user_id = $1 AND organisation_id = $2', [
        payload.sub,
        organisationId,
      ]);
      if (!rows.length) throw new ForbiddenException('Not a member');
      role = rows[0].role;
    }
    Object.assign(requestContext.getStore(), { userId: payload.sub, organisationId, role });
    return true;
  }
}
Injectable()(JwtGuard);

class LoggingInterceptor {
  logger = new Logger('HTTP');
  intercept(context, next) {
    const began = performance.now();
    const info = GqlExecutionContext.create(context).getInfo();
    const store = requestContext.getStore();
    return next.handle().pipe(
      tap(() =>
        this.logger.log({
          msg: 'request',
          requestId: store?.requestId,
          operation: info.fieldName,
          durationMs: Math.round((performance.now() - began) * 10) / 10,
        }),
      ),
    );
  }
}
Injectable()(LoggingInterceptor);

class AppModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      typeDefs: 'type Query { hello(name: String): String! }',
      path: '/graphql',
      playground: false,
      graphiql: false,
      context: (request) => ({ req: request }),
    }),
  ],
  providers: [
    HelloResolver,
    { provide: APP_GUARD, useClass: JwtGuard },
    { provide: APP_INTERCEPTOR, useClass: LoggingInterceptor },
    { provide: APP_PIPE, useValue: new ValidationPipe({ transform: true, whitelist: true }) },
  ],
})(AppModule);

const adapter = new FastifyAdapter();
adapter.getInstance().addHook('onRequest', (request, _reply, done) => requestContext.run({ requestId: request.id }, done));
const app = await NestFactory.create(AppModule, adapter, {
  logger: new ConsoleLogger({ json: true, colors: false, logLevels: ['fatal', 'error', 'warn', 'log'] }),
});
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`ready http://127.0.0.1:${app.getHttpServer().address().port}/graphql\n`);
process.once('SIGTERM', async () => {
  await app.close();
  await pool?.end();
  process.exit(0);
});
