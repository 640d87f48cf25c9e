import { type CsvColumn, csvDecimal } from '@app/http';
import type { MetricProgress, PilotMetric } from '../metrics/pilot-metric.model';
import type { PilotEconomics } from '../financials/pilot-financial.model';
import type { Pilot } from '../pilots/pilot.model';

/**
 * # The pilots CSV exports
 *
 * Two files, so that each has one row shape a spreadsheet can sort and filter: the pilots with
 * their economics, one row a pilot; and their outcome metrics, one row a metric. `pilot_id`
 * joins them. Each is the organisation's (`GET /exports/pilots.csv`, `GET /exports/pilot-metrics.csv`)
 * or one programme's (`?programmeId=<id>`). READ: every role. Written by libs/http's `csvTable`,
 * as every export: UTF-8 with a byte-order mark, RFC 4180 quoting, text cells escaped against
 * formula injection. Pilots come in the order they were proposed; a pilot's metrics in the order
 * they were added. Codes are the API's (`RUNNING`, `SCALE`, `LOWER_IS_BETTER`); dates `YYYY-MM-DD`.
 *
 * Money is exact: a plain decimal with the currency's minor units ("1234.50" for GBP, "1500" for
 * JPY), negative for a net loss, in the pilot's one currency (its `currency` column; a new pilot
 * takes the organisation's). The figures are `economicsOf`'s, the ones the app shows
 * (libs/workflow's economics, to the minor unit); per-participant figures divide by the people
 * enrolled once there are any, otherwise by the number recorded by hand.
 *
 * pilots.csv, in this order:
 *
 * | column                  | what it holds                                                        |
 * |-------------------------|----------------------------------------------------------------------|
 * | pilot_id, programme_id  | ids                                                                  |
 * | programme, pilot        | names                                                                |
 * | status                  | PROPOSED, APPROVED, RUNNING, EVALUATING, SCALE, STOP or REJECTED      |
 * | iteration               | 1 for the first run; one more after each ADAPT decision               |
 * | last_decision           | SCALE, ADAPT or STOP; empty before any                                |
 * | start_date, end_date    | empty when not set                                                    |
 * | currency                | ISO 4217 code of every amount in the row                             |
 * | budget                  | empty when not set                                                    |
 * | total_cost, total_savings, total_wider_benefits, total_benefits | sums of the financial lines (benefits = savings + wider benefits) |
 * | net_benefit             | benefits minus cost                                                   |
 * | benefit_cost_ratio      | benefits per unit of cost, to one decimal ("5.0"); empty with no cost |
 * | ratio_note              | how to read the ratio, or why there is none                           |
 * | participants_reached    | the people the per-participant figures divide by; empty when none    |
 * | target_participants     | how many the pilot means to reach; empty until set                    |
 * | cost_per_participant, saving_per_participant, benefit_per_participant | to the minor unit; empty while nobody is reached |
 *
 * pilot-metrics.csv, in this order:
 *
 * | column                  | what it holds                                                        |
 * |-------------------------|----------------------------------------------------------------------|
 * | pilot_id, programme_id  | ids                                                                  |
 * | programme, pilot        | names                                                                |
 * | metric_id, metric, unit |                                                                      |
 * | direction               | HIGHER_IS_BETTER or LOWER_IS_BETTER                                   |
 * | baseline, target        | exact decimals as recorded; empty when not set                        |
 * | latest_value, latest_date | the most recent measurement (of several on one date, the last recorded); empty before any |
 * | change_from_baseline    | latest minus baseline, in the unit                                   |
 * | progress_to_target      | 0 at the baseline, 1 on target (libs/workflow's `summariseMetric`)   |
 * | on_track                | yes or no; empty when there is nothing to judge by                   |
 */

/** A pilot with what the export shows beside it (pilots-csv.service.ts). */
export interface PilotExportRecord {
  pilot: Pilot;
  programmeName: string;
  economics: PilotEconomics;
}

export const PILOT_CSV_COLUMNS: readonly CsvColumn<PilotExportRecord>[] = [
  { name: 'pilot_id', cell: (r) => r.pilot.id },
  { name: 'programme_id', cell: (r) => r.pilot.programmeId },
  { name: 'programme', cell: (r) => r.programmeName },
  { name: 'pilot', cell: (r) => r.pilot.name },
  { name: 'status', cell: (r) => r.pilot.status },
  { name: 'iteration', cell: (r) => r.pilot.iteration },
  { name: 'last_decision', cell: (r) => r.pilot.lastDecision },
  { name: 'start_date', cell: (r) => r.pilot.startDate },
  { name: 'end_date', cell: (r) => r.pilot.endDate },
  { name: 'currency', cell: (r) => r.economics.currency },
  { name: 'budget', cell: (r) => csvDecimal(r.pilot.budget?.amount) },
  { name: 'total_cost', cell: (r) => csvDecimal(r.economics.totalCost.amount) },
  { name: 'total_savings', cell: (r) => csvDecimal(r.economics.totalSavings.amount) },
  { name: 'total_wider_benefits', cell: (r) => csvDecimal(r.economics.totalWiderBenefits.amount) },
  { name: 'total_benefits', cell: (r) => csvDecimal(r.economics.totalBenefits.amount) },
  { name: 'net_benefit', cell: (r) => csvDecimal(r.economics.netBenefit.amount) },
  { name: 'benefit_cost_ratio', cell: (r) => csvDecimal(r.economics.benefitCostRatioValue) },
  { name: 'ratio_note', cell: (r) => r.economics.ratioNote },
  { name: 'participants_reached', cell: (r) => r.economics.participantsReached },
  { name: 'target_participants', cell: (r) => r.pilot.targetParticipants },
  { name: 'cost_per_participant', cell: (r) => csvDecimal(r.economics.costPerParticipant?.amount) },
  { name: 'saving_per_participant', cell: (r) => csvDecimal(r.economics.savingPerParticipant?.amount) },
  { name: 'benefit_per_participant', cell: (r) => csvDecimal(r.economics.benefitPerParticipant?.amount) },
];

/** A metric with its pilot and how it stands (pilots-csv.service.ts). */
export interface PilotMetricExportRecord {
  pilot: Pilot;
  programmeName: string;
  metric: PilotMetric;
  progress: MetricProgress;
}

export const PILOT_METRIC_CSV_COLUMNS: readonly CsvColumn<PilotMetricExportRecord>[] = [
  { name: 'pilot_id', cell: (r) => r.pilot.id },
  { name: 'programme_id', cell: (r) => r.pilot.programmeId },
  { name: 'programme', cell: (r) => r.programmeName },
  { name: 'pilot', cell: (r) => r.pilot.name },
  { name: 'metric_id', cell: (r) => r.metric.id },
  { name: 'metric', cell: (r) => r.metric.name },
  { name: 'unit', cell: (r) => r.metric.unit },
  { name: 'direction', cell: (r) => r.metric.direction },
  { name: 'baseline', cell: (r) => csvDecimal(r.metric.baseline) },
  { name: 'target', cell: (r) => csvDecimal(r.metric.target) },
  { name: 'latest_value', cell: (r) => csvDecimal(r.progress.latest?.value) },
  { name: 'latest_date', cell: (r) => r.progress.latest?.date },
  { name: 'change_from_baseline', cell: (r) => r.progress.changeFromBaseline },
  { name: 'progress_to_target', cell: (r) => r.progress.progressToTarget },
  { name: 'on_track', cell: (r) => r.progress.onTrack },
];
