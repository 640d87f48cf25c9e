import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { BadInputError, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { csvLocalTime, csvTable, type ExportQuery } from '@app/http';
import { OrganisationsService } from '@app/identity';
import { SurveyResultsService } from '../results/survey-results.service';
import { SurveysService } from '../surveys/surveys.service';
import type { SurveyResults } from '../results/survey-results.model';
import type { Survey } from '../surveys/survey.model';
import {
  SURVEY_QUESTIONS_CSV_COLUMNS,
  SURVEY_RESULTS_CSV_COLUMNS,
  type SurveyAreaExportRecord,
  type SurveyQuestionExportRecord,
} from './survey-results-csv';

/** Surveys read per page: their responses are read together, in one statement, to work out the results. */
const PAGE_SIZE = 10;

/** A survey with its results and its times as the exports write them. */
interface SurveyWithResults {
  survey: Survey;
  results: SurveyResults;
  createdAt: string;
  closedAt: string | null;
}

/** The survey results and survey questions CSV exports (their formats are in `survey-results-csv.ts`). */
@Injectable()
export class SurveyResultsCsvService {
  constructor(
    private readonly db: Database,
    private readonly surveys: SurveysService,
    private readonly results: SurveyResultsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** A row per survey and policy area. */
  async export(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    const surveys = await this.surveysWithResults(ctx, query);
    const rows = async function* (): AsyncGenerator<SurveyAreaExportRecord> {
      for await (const s of surveys) for (const area of s.results.byArea) yield { ...s, area };
    };
    return { name: 'survey-results', stream: csvTable(SURVEY_RESULTS_CSV_COLUMNS, rows()) };
  }

  /** A row per survey and question. */
  async exportQuestions(ctx: RequestContext, query: ExportQuery): Promise<{ name: string; stream: Readable }> {
    const surveys = await this.surveysWithResults(ctx, query);
    const rows = async function* (): AsyncGenerator<SurveyQuestionExportRecord> {
      for await (const s of surveys) for (const question of s.results.questionResults) yield { ...s, question };
    };
    return { name: 'survey-questions', stream: csvTable(SURVEY_QUESTIONS_CSV_COLUMNS, rows()) };
  }

  /** Checks the query, then reads the organisation's surveys with their results a page at a time as the file is written. */
  private async surveysWithResults(ctx: RequestContext, query: ExportQuery): Promise<AsyncGenerator<SurveyWithResults>> {
    if (query.programmeId)
      throw BadInputError.field('programmeId', 'surveys belong to the whole organisation, not to one programme: leave programmeId out');
    const timeZone = await this.organisations.timeZone(ctx);
    return this.records(ctx, timeZone);
  }

  private async *records(ctx: RequestContext, timeZone: string): AsyncGenerator<SurveyWithResults> {
    for await (const ids of this.pages(ctx)) {
      const found = new Map((await this.surveys.byIds(ctx, ids)).map((s) => [s.id, s]));
      const surveys = ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
      const results = await this.results.resultsOf(ctx, surveys);
      for (const [i, survey] of surveys.entries()) {
        yield {
          survey,
          results: results[i],
          createdAt: csvLocalTime(survey.createdAt, timeZone)!,
          closedAt: csvLocalTime(survey.closedAt, timeZone),
        };
      }
    }
  }

  /** The organisation's survey ids in the order they were created, a page at a time by keyset. */
  private async *pages(ctx: RequestContext): AsyncGenerator<string[]> {
    let after: [string, string] | null = null;
    for (;;) {
      const page: Array<{ id: string; sortAt: string }> = await this.db.query(
        ctx,
        `SELECT s.id, s.created_at::text AS "sortAt" FROM survey s
          WHERE s.organisation_id = $1 AND ($2::timestamptz IS NULL OR (s.created_at, s.id) > ($2::timestamptz, $3::uuid))
          ORDER BY s.created_at, s.id LIMIT ${PAGE_SIZE}`,
        [ctx.tenantId, ...(after ?? [null, null])],
      );
      if (page.length) yield page.map((s) => s.id);
      if (page.length < PAGE_SIZE) return;
      const last = page[page.length - 1];
      after = [last.sortAt, last.id];
    }
  }
}
