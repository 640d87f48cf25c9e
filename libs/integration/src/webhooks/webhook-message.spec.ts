import type { EventEntity } from '@app/history';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, signingSecrets, webhookBody, webhookHeaders, webhookId } from './webhook-message';

describe('a webhook message', () => {
  const event = {
    id: '42',
    organisationId: '00000000-0000-4000-8000-000000000001',
    programmeId: '00000000-0000-4000-8000-000000000002',
    sequence: 7,
    type: 'TASK_CREATED',
    payload: { taskId: '00000000-0000-4000-8000-000000000003' },
    occurredAt: new Date('2026-12-04T10:00:00Z'),
  } as unknown as EventEntity;

  it('carries the Standard Webhooks envelope with the payload’s version and the event’s place in its programme', () => {
    expect(JSON.parse(webhookBody(event, 3))).toEqual({
      type: 'TASK_CREATED',
      version: 3,
      timestamp: '2026-12-04T10:00:00.000Z',
      organisationId: event.organisationId,
      programmeId: event.programmeId,
      sequence: 7,
      data: { taskId: '00000000-0000-4000-8000-000000000003' },
    });
    expect(webhookId('42')).toBe('evt_42');
  });

  it('is signed so that the reference library verifies it with each of the secrets it was signed with', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    expect(current).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = webhookBody(event, 1);
    const headers = webhookHeaders(event.id, body, [current, previous], new Date());
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow('No matching signature found');
    expect(() => new Webhook(current).verify(body.replace('TASK_CREATED', 'TASK_UPDATED'), headers)).toThrow();
  });

  it('signs with the previous secret too only until its rotation window ends', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const endpoint = { secret: 'whsec_new', previousSecret: 'whsec_old', previousSecretExpiresAt: new Date('2026-12-04T11:00:00Z') };
    expect(signingSecrets(endpoint, now)).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecrets(endpoint, new Date('2026-12-04T11:00:00Z'))).toEqual(['whsec_new']);
    expect(signingSecrets({ ...endpoint, previousSecret: null, previousSecretExpiresAt: null }, now)).toEqual(['whsec_new']);
  });
});
