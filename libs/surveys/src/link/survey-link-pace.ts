import { Injectable } from '@nestjs/common';
import { AppConfig, DomainError, ErrorCode } from '@app/common';
import type { EntityManager } from 'typeorm';

/** "hour", "2 hours", "30 minutes", "day": a window as the refusal names it. */
export function windowText(minutes: number): string {
  const [count, unit] = minutes % 1440 === 0 ? [minutes / 1440, 'day'] : minutes % 60 === 0 ? [minutes / 60, 'hour'] : [minutes, 'minute'];
  return count === 1 ? unit : `${count} ${unit}s`;
}

/**
 * How fast the open link of a survey takes answers, per client (an address: see `clientNetwork` in @app/common).
 *
 * - Each client may send `surveyAnswersPerClient` answers to one survey per
 *   `surveyClientWindowMinutes` (10 an hour by default): enough for a household or a library
 *   computer, too few for one script to swamp the results. One client's answers never count
 *   against another's.
 * - A safety valve for the link as a whole: once it has taken `surveyLinkSurgePerMinute` answers
 *   in the last minute, a client that already answered in its window must wait until the rush
 *   is over, while a client answering for the first time is always taken. Many clients can slow
 *   each other's second answers; nobody can stop a first one.
 *
 * The counts are the stored answers themselves, so every API process sees the same; a client's
 * answers to one survey take turns under a transaction advisory lock on (survey, client), so its
 * count holds however many it sends at once, and different clients never wait for each other.
 * Answers through personal links are not paced: each link takes one answer.
 */
@Injectable()
export class SurveyLinkPace {
  constructor(private readonly config: AppConfig) {}

  /** Call in the answer's transaction, before writing it: refuses with TOO_MANY_ATTEMPTS, or returns. */
  async admit(em: EntityManager, surveyId: string, clientHash: string): Promise<void> {
    const { surveyAnswersPerClient: perClient, surveyClientWindowMinutes: windowMinutes, surveyLinkSurgePerMinute: surge } = this.config;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [`survey-link:${surveyId}`, clientHash]);
    const [mine] = (await em.query(
      `SELECT count(*)::int AS answers,
              coalesce(ceil(extract(epoch FROM min(submitted_at) + $3 * interval '1 minute' - now())), 0)::int AS "secondsUntilOneExpires"
         FROM survey_response
        WHERE survey_id = $1 AND client_hash = $2 AND submitted_at > now() - $3 * interval '1 minute'`,
      [surveyId, clientHash, windowMinutes],
    )) as Array<{ answers: number; secondsUntilOneExpires: number }>;
    if (mine.answers >= perClient) {
      const retryAfterSeconds = Math.max(1, mine.secondsUntilOneExpires);
      throw new DomainError(
        ErrorCode.TOO_MANY_ATTEMPTS,
        `This connection has already sent ${perClient} ${perClient === 1 ? 'answer' : 'answers'} to this survey in the last ${windowText(windowMinutes)}, the most one ` +
          `connection may send. If several people share it (a household or a public computer), the next can answer in about ${Math.ceil(retryAfterSeconds / 60)} ` +
          `${Math.ceil(retryAfterSeconds / 60) === 1 ? 'minute' : 'minutes'}.`,
        { retryAfterSeconds },
      );
    }
    if (mine.answers === 0) return;
    const [link] = (await em.query(
      `SELECT count(*)::int AS answers FROM survey_response WHERE survey_id = $1 AND client_hash IS NOT NULL AND submitted_at > now() - interval '1 minute'`,
      [surveyId],
    )) as Array<{ answers: number }>;
    if (link.answers >= surge) {
      throw new DomainError(
        ErrorCode.TOO_MANY_ATTEMPTS,
        'This survey is taking a great many answers just now, so for the moment each connection may send only one. Please try again in a minute.',
        { retryAfterSeconds: 60 },
      );
    }
  }
}
