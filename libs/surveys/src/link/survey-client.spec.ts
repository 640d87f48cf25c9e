import type { AppConfig } from '@app/common';
import { repeatedClients } from '../results/survey-results';
import { SurveyClientHasher } from './survey-client';
import { windowText } from './survey-link-pace';

describe('survey clients', () => {
  it('hashes a client with a key from the server secret, differently per survey and per secret', () => {
    const hasher = (secret: string) => new SurveyClientHasher({ jwtSecret: secret } as AppConfig);
    const a = hasher('a'.repeat(32));
    expect(a.hash('s1', '203.0.113.7')).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash('s1', '203.0.113.7')).toBe(a.hash('s1', '::ffff:203.0.113.7'));
    expect(a.hash('s1', '203.0.113.7')).not.toBe(a.hash('s2', '203.0.113.7'));
    expect(a.hash('s1', '203.0.113.7')).not.toBe(a.hash('s1', '203.0.113.8'));
    // An IPv6 client is its /64 (see clientNetwork): addresses within it are one client.
    expect(a.hash('s1', '2001:db8:aa:1::1')).toBe(a.hash('s1', '2001:db8:aa:1:ffff:1:2:3'));
    expect(a.hash('s1', '2001:db8:aa:1::1')).not.toBe(a.hash('s1', '2001:db8:aa:2::1'));
    expect(a.hash('s1', '203.0.113.7')).not.toBe(hasher('b'.repeat(32)).hash('s1', '203.0.113.7'));
  });

  it('names the window in words', () => {
    expect([60, 120, 30, 1, 1440, 2880, 90].map(windowText)).toEqual([
      'hour',
      '2 hours',
      '30 minutes',
      'minute',
      'day',
      '2 days',
      '90 minutes',
    ]);
  });

  it('counts the answers from clients that sent more than one, and the most from one client, over open-link answers only', () => {
    const answer = (clientHash: string | null) => ({ answers: {}, channel: clientHash ? 'LINK' : 'ENTERED', clientHash });
    expect(repeatedClients([])).toEqual({ answersFromRepeatedClients: 0, mostAnswersFromOneClient: 0 });
    expect(repeatedClients([answer('a'), answer('b'), answer(null), answer(null)])).toEqual({
      answersFromRepeatedClients: 0,
      mostAnswersFromOneClient: 1,
    });
    expect(repeatedClients([answer('a'), answer('a'), answer('a'), answer('b'), answer('c'), answer('c')])).toEqual({
      answersFromRepeatedClients: 5,
      mostAnswersFromOneClient: 3,
    });
  });
});
