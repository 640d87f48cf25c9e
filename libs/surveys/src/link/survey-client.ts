import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/common';
import ipaddr from 'ipaddr.js';

/**
 * The client a limit counts an address as: an IPv4 address as it is (IPv4-mapped IPv6 too), an
 * IPv6 address by its /64 network, since a home or a phone is usually given a whole /64 and
 * counting single IPv6 addresses would limit nothing. Anything unreadable counts as one shared
 * "unknown" client, which is limited like any other.
 */
export function clientGroup(address: string | null | undefined): string {
  if (!address || !ipaddr.isValid(address)) return 'unknown';
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = parsed.toByteArray().slice(0, 8);
  return `${ipaddr.fromByteArray([...network, 0, 0, 0, 0, 0, 0, 0, 0]).toString()}/64`;
}

/**
 * Keyed hashes of the clients that answer a survey through its open link. The database never
 * holds an address: only HMAC-SHA256(key, survey id + client), so a hash cannot be turned back
 * into an address without the server's secret, and the same client has unrelated hashes in two
 * surveys. The key is derived from JWT_SECRET; changing that secret starts every client's count
 * afresh. When a survey closes its hashes are re-keyed with a random key that is then thrown
 * away (`FORGET_CLIENTS_SQL`): answers from one client stay grouped for the results, but nobody,
 * holding the secret or not, can test an address against them any more.
 */
@Injectable()
export class SurveyClientHasher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('coprod: survey client addresses').digest();
  }

  hash(surveyId: string, address: string | null): string {
    return createHmac('sha256', this.key).update(`${surveyId}\n${clientGroup(address)}`).digest('hex');
  }
}

/**
 * Re-keys a closed survey's client hashes (`$1` the survey, `$2` a fresh random key used this
 * once): equal hashes stay equal, so the repeated-client counts hold.
 */
export const FORGET_CLIENTS_SQL = `UPDATE survey_response SET client_hash = encode(sha256(convert_to($2 || client_hash, 'UTF8')), 'hex') WHERE survey_id = $1 AND client_hash IS NOT NULL`;
