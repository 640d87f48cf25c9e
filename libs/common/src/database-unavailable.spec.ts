import { DatabaseUnavailableError } from './errors';
import { isDatabaseUnavailable } from './database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET', 'read ECONNRESET')],
    ['a connection PostgreSQL ended', new Error('Connection terminated unexpectedly')],
    ['a connection that took too long to open', new Error('Connection terminated due to connection timeout')],
    ['no pooled connection free in time', new Error('timeout exceeded when trying to connect')],
    ['an answer that never came', new Error('Query read timeout')],
    ['a statement cancelled by statement_timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['the server shutting down', withCode('57P01', 'terminating connection due to administrator command')],
    ['the server starting', withCode('57P03', 'the database system is starting up')],
    ['too many connections', withCode('53300', 'sorry, too many clients already')],
    ['a connection exception', withCode('08006')],
    ['coprod knowing the database away', withCode('DATABASE_UNAVAILABLE', 'The database is unreachable')],
    ['the edge error itself', new DatabaseUnavailableError()],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("looks inside TypeORM's, GraphQL's and Node's wrappers", () => {
    const refused = withCode('ECONNREFUSED');
    expect(isDatabaseUnavailable({ message: 'query failed', driverError: refused })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'resolver failed', originalError: { originalError: refused } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('other'), refused]))).toBe(true);
  });

  it('leaves alone what sending again would not fix', () => {
    for (const error of [
      withCode('23505', 'duplicate key value violates unique constraint'),
      withCode('42P01', 'relation "nothing" does not exist'),
      withCode('40001', 'could not serialize access'),
      new Error('Connection terminated'), // closed by coprod itself, shutting down
      new Error('a bug'),
      null,
      'a string',
    ])
      expect([error, isDatabaseUnavailable(error)]).toEqual([error, false]);
  });

  it('does not loop on an error that wraps itself', () => {
    const looped = Object.assign(new Error('loop'), {} as { cause?: unknown });
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });
});
