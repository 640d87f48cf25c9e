import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, clientNetwork } from '@app/common';

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
    return createHmac('sha256', this.key)
      .update(`${surveyId}\n${clientNetwork(address)}`)
      .digest('hex');
  }
}

/**
 * Re-keys a closed survey's client hashes (`$1` the survey, `$2` a fresh random key used this
 * once): equal hashes stay equal, so the repeated-client counts hold.
 */
export const FORGET_CLIENTS_SQL = `UPDATE survey_response SET client_hash = encode(sha256(convert_to($2 || client_hash, 'UTF8')), 'hex') WHERE survey_id = $1 AND client_hash IS NOT NULL`;
