#!/usr/bin/env node
/**
 * The anchor of bench/request: bare Apollo Server 5 with its standalone HTTP server, one field
 * and nothing else (no authentication, no logging, no validation rules of its own). Started by
 * run.mjs as a child process; prints `ready <url>` once it listens.
 */
import { require } from '../lib.mjs';

const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const server = new ApolloServer({
  typeDefs: 'type Query { hello: String! }',
  resolvers: { Query: { hello: () => 'world' } },
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
process.stdout.write(`ready ${url}\n`);
