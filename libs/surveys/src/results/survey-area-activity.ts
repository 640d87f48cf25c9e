import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type ResidentActivitySource, ResidentActivityRegistry } from '@app/mapping';

/**
 * What the organisation's latest survey with answers says per policy area, for setting beside the
 * map (libs/workflow's hidden-coproduction rule). One SELECT, as SQL the map embeds, naming only
 * the surveys' tables. It counts as `areaActivity` does: per
 * area, the respondents who answered at least `minAnswers` of its index questions (fewer when the
 * area has fewer), their answers and how many were "often"; driver questions count in no area.
 *
 * Rows: survey_id, survey_title, area (a policy-area key), respondents, answers, often_answers.
 * No row for an area where nobody counts, and none at all without a survey that has answers.
 */
export function latestSurveyAreaActivitySql(organisationId: string, minAnswers: string): string {
  return `WITH latest AS (
            SELECT s.id, s.title, s.questions FROM survey s
             WHERE s.organisation_id = ${organisationId}
               AND EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = s.id AND r.organisation_id = ${organisationId})
             ORDER BY s.created_at DESC, s.id LIMIT 1),
          q AS (SELECT l.id AS survey_id, e->>'area' AS area, e->>'key' AS key
                  FROM latest l CROSS JOIN jsonb_array_elements(l.questions) AS e
                 WHERE e->>'driver' IS NULL),
          per_area AS (SELECT area, count(*)::int AS questions FROM q GROUP BY area),
          per_respondent AS (
            SELECT q.area, r.id,
                   count(*) FILTER (WHERE r.answers->>q.key IN ('NEVER', 'SOMETIMES', 'OFTEN'))::int AS answered,
                   count(*) FILTER (WHERE r.answers->>q.key = 'OFTEN')::int AS often
              FROM q JOIN survey_response r ON r.survey_id = q.survey_id AND r.organisation_id = ${organisationId}
             GROUP BY q.area, r.id)
        SELECT l.id AS survey_id, l.title AS survey_title, p.area,
               count(*)::int AS respondents, sum(p.answered)::int AS answers, sum(p.often)::int AS often_answers
          FROM per_respondent p JOIN per_area a ON a.area = p.area CROSS JOIN latest l
         WHERE p.answered > 0 AND p.answered >= least(${minAnswers}::int, a.questions)
         GROUP BY l.id, l.title, p.area`;
}

/** The surveys' side of the map's ResidentActivityRegistry (mapping sits below surveys, so it never imports them). */
@Injectable()
export class SurveyAreaActivity implements ResidentActivitySource, OnModuleInit {
  constructor(private readonly registry: ResidentActivityRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  areaActivitySql(organisationId: string, minAnswers: string): string {
    return latestSurveyAreaActivitySql(organisationId, minAnswers);
  }
}
