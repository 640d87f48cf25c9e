import { randomBytes } from 'node:crypto';
import { EVENT_CATALOGUE, type EventEntity, type EventType } from '@app/history';
import { Webhook } from 'standardwebhooks';

/** A new endpoint secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The secrets that sign now: the current one, and the previous one while a rotation lets it. */
export function signingSecrets(
  endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const previousValid = endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  return previousValid ? [endpoint.secret, endpoint.previousSecret!] : [endpoint.secret];
}

/**
 * What a receiver gets for one history event: the Standard Webhooks envelope (`type`,
 * `timestamp`, `data`) with the catalogue's payload version, the organisation, and the
 * programme with the event's place in its history, so a receiver can see a gap.
 */
export function webhookBody(event: EventEntity, version: number): string {
  return JSON.stringify({
    type: event.type,
    version,
    timestamp: event.occurredAt.toISOString(),
    organisationId: event.organisationId,
    programmeId: event.programmeId,
    sequence: event.sequence,
    data: event.payload,
  });
}

/** The version of the type's payload, as the event catalogue publishes it. */
export function payloadVersion(type: string): number {
  return (EVENT_CATALOGUE[type as EventType] as { version?: number } | undefined)?.version ?? 1;
}

/** The id a receiver de-duplicates by: the same for every attempt and every redelivery of one event. */
export function webhookId(eventId: string): string {
  return `evt_${eventId}`;
}

/**
 * The Standard Webhooks headers, signed with the `standardwebhooks` package: one signature per
 * secret, space-separated, so a receiver holding either secret during a rotation can verify.
 */
export function webhookHeaders(eventId: string, body: string, secrets: readonly string[], at: Date): Record<string, string> {
  const id = webhookId(eventId);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  };
}
