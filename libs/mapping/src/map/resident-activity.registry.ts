import { Injectable } from '@nestjs/common';

/** What a residents' survey says about one policy area, as the map reads it. */
export interface ResidentAreaActivityRow {
  survey_id: string;
  survey_title: string;
  /** A survey policy-area key, e.g. HEALTH; set beside the service area of the same name. */
  area: string;
  respondents: number;
  answers: number;
  often_answers: number;
}

/**
 * Where what residents report comes from: the surveys library, which sits above mapping, so it
 * registers itself here (ARCHITECTURE.md, "Where the layers invert") and the map never imports it.
 */
export interface ResidentActivitySource {
  /**
   * One SELECT answering ResidentAreaActivityRow for the organisation's latest survey with
   * answers, with `organisationId` and `minAnswers` as placeholders; no row without one.
   */
  areaActivitySql(organisationId: string, minAnswers: string): string;
}

@Injectable()
export class ResidentActivityRegistry {
  private registered: ResidentActivitySource | null = null;

  register(source: ResidentActivitySource): void {
    this.registered = source;
  }

  /** The source, or null when no survey library is loaded (the map then says nothing). */
  get source(): ResidentActivitySource | null {
    return this.registered;
  }
}
