import { searchOf } from './fastify-apollo-driver';

describe('the query string handed to Apollo', () => {
  it('is what URL.search gives for the same request target', () => {
    for (const target of [
      '/graphql',
      '/graphql?',
      '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D',
      '/graphql?query={me{id}}&operationName=Me&variables=%7B%7D',
      '/graphql?a=1?b=2',
    ]) {
      expect([target, searchOf(target)]).toEqual([target, new URL(target, 'http://localhost/').search]);
    }
  });
});
