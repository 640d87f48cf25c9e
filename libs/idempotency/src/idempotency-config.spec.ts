import { loadConfig } from '@app/common';

const memory = { COPROD_DATA_DIR: 'memory://' };

describe('the Idempotency-Key settings', () => {
  it('keep keys 24 hours and let a duplicate wait 5 seconds, unless told otherwise', () => {
    expect(loadConfig(memory).idempotency).toEqual({ ttlHours: 24, waitSeconds: 5 });
    expect(loadConfig({ ...memory, IDEMPOTENCY_KEY_TTL_HOURS: '48', IDEMPOTENCY_KEY_WAIT_SECONDS: '0.5' }).idempotency).toEqual({
      ttlHours: 48,
      waitSeconds: 0.5,
    });
  });

  it.each([
    [{ IDEMPOTENCY_KEY_TTL_HOURS: '0' }, 'IDEMPOTENCY_KEY_TTL_HOURS must be a whole number from 1 to 720 (got "0")'],
    [{ IDEMPOTENCY_KEY_TTL_HOURS: '1.5' }, 'IDEMPOTENCY_KEY_TTL_HOURS must be a whole number from 1 to 720 (got "1.5")'],
    [{ IDEMPOTENCY_KEY_WAIT_SECONDS: '61' }, 'IDEMPOTENCY_KEY_WAIT_SECONDS must be a number from 0 to 60 (got "61")'],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig({ ...memory, ...env })).toThrow(`Configuration error: ${message}`);
  });
});
