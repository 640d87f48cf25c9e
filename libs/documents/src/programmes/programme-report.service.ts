import { Injectable } from '@nestjs/common';
import { MAX_PAGE_SIZE, type RequestContext } from '@app/common';
import { type ProgrammeEconomics, ProgrammeEconomicsService, ScalingPlansService, TrainingActionsService } from '@app/growth';
import { OrganisationsService } from '@app/identity';
import { CoproductionMapService, ServiceAreasService } from '@app/mapping';
import { EnrolmentsService, PeopleService } from '@app/people';
import {
  economicsOf,
  type Pilot,
  PilotFinancialsService,
  PilotMetricsService,
  PilotsService,
  PriorityAreasService,
  progressOf,
} from '@app/pilots';
import { GatesService, ProgrammesService } from '@app/programmes';
import { buildComparison, type Survey, SurveyResultsService, SurveysService } from '@app/surveys';
import { REFERENCE_CASES, REFERENCE_INDEX_2008, STEP_INFO, STEPS } from '@app/workflow';
import { type MapInBrief, mapInBrief } from '../map-in-brief';
import { DateWords, money } from '../page';
import { figureWords, readPilotRatio, type ReferenceRatio, referenceRatio } from './ratio-words';

export interface ReportStep {
  name: string;
  state: string;
  started: string | null;
  completed: string | null;
  target: string | null;
}

export interface ReportGate {
  step: string;
  cycle: number;
  passedAt: string;
  override: boolean;
  reason: string | null;
  setAside: boolean;
}

export interface ReportPriority {
  name: string;
  scorers: number;
  need: number | null;
  feasibility: number | null;
  appetite: number | null;
  impact: number | null;
  overall: number | null;
  selected: boolean;
}

export interface ReportMetric {
  name: string;
  unit: string;
  baseline: string | null;
  target: string | null;
  latest: string | null;
  latestDate: string | null;
  onTrack: boolean | null;
}

/** A pilot's money so far, from its financial lines (libs/workflow economics.ts does the arithmetic). */
export interface ReportEconomics {
  hasLines: boolean;
  totalCost: string;
  totalSavings: string;
  totalWiderBenefits: string;
  netBenefit: string;
  /** "2.5 : 1", or null with no cost recorded. */
  ratio: string | null;
  ratioValue: number | null;
  /** What one unit spent brought back, in a sentence. */
  reading: string | null;
  note: string | null;
}

export interface ReportScaling {
  mechanism: string;
  areas: string[];
  expectedReach: number | null;
  transparency: string;
  /** The plan's own cost in words, or null while not known. */
  cost: string | null;
  training: Array<{ topic: string; audience: 'staff' | 'citizens'; sessions: number; done: boolean; cost: string | null }>;
}

/** One beneficiary group's share of the programme: its metrics and its money, in words. */
export interface ReportGroup {
  label: string;
  typicalGain: string;
  metrics: string[];
  costs: string;
  savings: string;
  widerBenefits: string;
  /** True when nothing at all is recorded for the group. */
  empty: boolean;
}

/** The programme's money with the cost of growing it, and who gains (libs/workflow benefits.ts does the sums). */
export interface ReportProgrammeEconomics {
  pilotCosts: string;
  scalingCosts: string;
  trainingCosts: string;
  growthCosts: string;
  totalCost: string;
  benefits: string;
  netBenefit: string;
  ratio: string | null;
  notes: string[];
  groups: ReportGroup[];
}

export interface ReportPilot {
  name: string;
  status: string;
  budget: string | null;
  participantsReached: number | null;
  economics: ReportEconomics;
  /** Null until the pilot has a scaling plan (Grow it). */
  scaling: ReportScaling | null;
  metrics: ReportMetric[];
  /** Counts and means only: never who. */
  enrolled: number;
  withReadings: number;
  withTwoReadings: number;
  meanChange: number | null;
  note: string | null;
}

export interface ReportReferenceCase {
  title: string;
  measured: string;
  period: string;
  citation: string;
  cost: string | null;
  benefit: string | null;
  ratio: ReferenceRatio | null;
}

export interface ReportSurvey {
  title: string;
  /** When it closed, or null while it still takes responses. */
  closed: string | null;
  sampling: string;
  sampleSize: number;
  overall: number | null;
  byArea: Array<{ label: string; index: number | null; respondents: number; reference: number | null; change: number | null }>;
  note: string | null;
  /** The sampling method's, a small sample's, and the comparison with 2008 (always last). */
  caveats: string[];
  /** The survey before it, when there is one with responses: its title, and what to bear in mind comparing. */
  earlier: { title: string; overallChange: number | null; notes: string[] } | null;
}

export interface ProgrammeReport {
  organisation: string;
  programme: string;
  cycle: number;
  currentStep: string;
  steps: ReportStep[];
  gates: ReportGate[];
  priorities: ReportPriority[];
  pilots: ReportPilot[];
  /** How many pilots the programme has, when more than those printed. */
  pilotTotal: number;
  /** Over every pilot of the programme, in the organisation's currency. */
  economics: ReportProgrammeEconomics;
  map: MapInBrief;
  referenceCases: ReportReferenceCase[];
  /** The organisation's newest survey with responses (surveys cover the organisation, not one programme), or null with none. */
  survey: ReportSurvey | null;
  /** Surveys the organisation has, answered or not. */
  surveyCount: number;
  reference2008: { citation: string; method: string };
  currency: string;
  printedAt: string;
  timeZone: string;
}

/** The pilots a report prints: one page of the largest size (a programme seldom has more than a handful); the report says when there are more. */
const PILOT_PAGE = MAX_PAGE_SIZE;
/** The newest surveys looked through for the latest two with responses. */
const SURVEY_PAGE = 10;

const MECHANISM_WORDS: Record<string, string> = {
  REPLICATE: 'Replicate it in other areas',
  EMBED_IN_COMMISSIONING: 'Build it into how services are commissioned',
  WIDEN_ELIGIBILITY: 'Open it to more people',
  OTHER: 'Another way',
};

/**
 * Gathers what the programme report prints through each owner's service: the steps and gate
 * records (programmes), the map (mapping), priorities, pilots, metrics and money (pilots), scaling
 * plans and training (growth), the newest surveys (surveys), and counts of participants and
 * self-efficacy (people, aggregates only). A fixed number of statements whatever the programme's
 * size. Another organisation's programme is NOT_FOUND.
 */
@Injectable()
export class ProgrammeReportService {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly programmes: ProgrammesService,
    private readonly gates: GatesService,
    private readonly priorityAreas: PriorityAreasService,
    private readonly pilots: PilotsService,
    private readonly metrics: PilotMetricsService,
    private readonly people: PeopleService,
    private readonly enrolments: EnrolmentsService,
    private readonly financials: PilotFinancialsService,
    private readonly coproductionMap: CoproductionMapService,
    private readonly serviceAreas: ServiceAreasService,
    private readonly scalingPlans: ScalingPlansService,
    private readonly training: TrainingActionsService,
    private readonly surveys: SurveysService,
    private readonly surveyResults: SurveyResultsService,
    private readonly programmeEconomics: ProgrammeEconomicsService,
  ) {}

  async report(ctx: RequestContext, programmeId: string): Promise<ProgrammeReport> {
    const programme = await this.programmes.get(ctx, programmeId);
    const [organisation, steps, priorities, { page: pilots, total: pilotTotal }, map, surveys] = await Promise.all([
      this.organisations.current(ctx),
      this.programmes.stepsOf(ctx, [{ programmeId, cycle: programme.cycle }]),
      this.priorityAreas.ranked(ctx, programmeId),
      this.allPilots(ctx, programmeId),
      this.coproductionMap.map(ctx, programmeId),
      this.surveys.page(ctx, { first: SURVEY_PAGE }),
    ]);
    const dates = new DateWords(organisation.timeZone);
    const pilotIds = pilots.map((p) => p.id);
    const [records, metrics, enrolled, selfEfficacy, totals, plans, survey, economics] = await Promise.all([
      this.gates.recordsOf(
        ctx,
        steps.map((s) => s.id),
      ),
      this.metrics.ofPilots(ctx, pilotIds),
      this.people.enrolledCount(ctx, pilotIds),
      this.enrolments.selfEfficacyOf(ctx, pilotIds),
      this.financials.totalsOf(ctx, pilotIds),
      this.scalingOf(ctx, pilotIds),
      this.latestSurvey(ctx, surveys[0], dates),
      this.programmeEconomics.ofProgrammes(ctx, [programmeId]).then((m) => m.get(programmeId)!),
    ]);
    const latest = await this.metrics.latestOf(
      ctx,
      [...metrics.values()].flat().map((m) => m.id),
    );
    const byStep = new Map(steps.map((s) => [s.step, s]));
    return {
      organisation: organisation.name,
      programme: programme.name,
      cycle: programme.cycle,
      currentStep: STEP_INFO[programme.currentStep].name,
      steps: STEPS.map((step) => {
        const s = byStep.get(step);
        return {
          name: STEP_INFO[step].name,
          state: s?.state ?? 'NOT_STARTED',
          started: s?.startedAt ? dates.day(s.startedAt) : null,
          completed: s?.completedAt ? dates.day(s.completedAt) : null,
          target: s?.targetDate ? dates.calendarDay(s.targetDate) : null,
        };
      }),
      gates: [...records]
        .sort((a, b) => a.passedAt.getTime() - b.passedAt.getTime())
        .map((r) => ({
          step: STEP_INFO[r.step].name,
          cycle: r.cycle,
          passedAt: dates.day(r.passedAt),
          override: r.passedByOverride,
          reason: r.overrideReason,
          setAside: r.setAsideAt !== null,
        })),
      priorities: priorities.map((p) => ({
        name: p.serviceAreaName,
        scorers: p.scorers,
        need: p.need.mean,
        feasibility: p.feasibility.mean,
        appetite: p.appetite.mean,
        impact: p.impact.mean,
        overall: p.overallScore,
        selected: p.selected,
      })),
      pilots: pilots.map((pilot) => {
        const summary = selfEfficacy.get(pilot.id);
        return {
          name: pilot.name,
          status: pilot.status,
          budget: pilot.budget ? money(pilot.budget.amount, pilot.budget.currency) : null,
          participantsReached: pilot.participantsReached,
          economics: economicsWords(pilot, totals.get(pilot.id) ?? []),
          scaling: plans.get(pilot.id) ?? null,
          metrics: (metrics.get(pilot.id) ?? []).map((m) => {
            const last = latest.get(m.id) ?? null;
            return {
              name: m.name,
              unit: m.unit,
              baseline: m.baseline,
              target: m.target,
              latest: last?.value ?? null,
              latestDate: last ? dates.calendarDay(last.date) : null,
              onTrack: progressOf(m, last).onTrack,
            };
          }),
          enrolled: enrolled.get(pilot.id) ?? 0,
          withReadings: summary?.participantsWithReadings ?? 0,
          withTwoReadings: summary?.participantsWithTwoReadings ?? 0,
          meanChange: summary?.meanChange ?? null,
          note: summary?.note ?? null,
        };
      }),
      pilotTotal,
      economics: programmeEconomicsWords(economics),
      map: mapInBrief(map),
      referenceCases: REFERENCE_CASES.map((c) => ({
        title: c.title,
        measured: c.measured,
        period: c.period,
        citation: c.citation,
        cost: figureWords(c.costPerPerson),
        benefit: figureWords(c.benefitPerPerson),
        ratio: referenceRatio(c),
      })),
      survey,
      surveyCount: surveys[1],
      reference2008: { citation: REFERENCE_INDEX_2008.citation, method: REFERENCE_INDEX_2008.method },
      currency: organisation.currency,
      printedAt: dates.at(new Date()),
      timeZone: dates.timeZone,
    };
  }

  private async allPilots(ctx: RequestContext, programmeId: string) {
    const [page, total] = await this.pilots.page(ctx, { programmeId }, { first: PILOT_PAGE });
    return { page, total };
  }

  /** Each pilot's scaling plan with its target areas and training, in three statements for all of them. */
  private async scalingOf(ctx: RequestContext, pilotIds: string[]): Promise<Map<string, ReportScaling>> {
    const plans = await this.scalingPlans.ofPilots(ctx, pilotIds);
    const [actions, areas] = await Promise.all([
      this.training.ofPlans(
        ctx,
        plans.map((p) => p.id),
      ),
      this.serviceAreas.byIds(
        ctx,
        plans.flatMap((p) => p.targetServiceAreaIds),
      ),
    ]);
    const areaName = new Map(areas.map((a) => [a.id, a.name]));
    return new Map(
      plans.map((plan) => [
        plan.pilotId,
        {
          mechanism: MECHANISM_WORDS[plan.mechanism] + (plan.mechanismNote ? `: ${plan.mechanismNote}` : ''),
          areas: plan.targetServiceAreaIds.map((id) => areaName.get(id) ?? 'an area no longer listed'),
          expectedReach: plan.expectedReach,
          transparency: plan.transparencyMeasures,
          cost: plan.cost ? money(plan.cost.amount, plan.cost.currency) : null,
          training: actions
            .filter((a) => a.planId === plan.id)
            .map((a) => ({
              topic: a.topic,
              audience: a.audience === 'STAFF' ? 'staff' : 'citizens',
              sessions: a.sessions,
              done: a.done,
              cost: a.cost ? money(a.cost.amount, a.cost.currency) : null,
            })),
        },
      ]),
    );
  }

  /**
   * The newest survey with responses and the one with responses before it, read from the newest
   * few (their responses in one statement); null when none of them has a response.
   */
  private async latestSurvey(ctx: RequestContext, newest: Survey[], dates: DateWords): Promise<ReportSurvey | null> {
    const results = await this.surveyResults.resultsOf(ctx, newest);
    const answered = newest.map((survey, i) => ({ survey, results: results[i] })).filter((s) => s.results.sampleSize > 0);
    const [later, earlier] = answered;
    if (!later) return null;
    const compared = earlier ? buildComparison(earlier.survey, earlier.results, later.survey, later.results) : null;
    return {
      title: later.survey.title,
      closed: later.survey.closedAt ? dates.day(later.survey.closedAt) : null,
      sampling: later.results.sampling.label,
      sampleSize: later.results.sampleSize,
      overall: later.results.overall,
      byArea: later.results.byArea.map((a) => ({
        label: a.label,
        index: a.index,
        respondents: a.respondents,
        reference: a.referenceIndex,
        change: compared?.byArea.find((c) => c.area === a.area)?.change ?? null,
      })),
      note: later.results.note,
      caveats: later.results.caveats,
      earlier: compared && earlier ? { title: earlier.survey.title, overallChange: compared.overall.change, notes: compared.notes } : null,
    };
  }
}

function programmeEconomicsWords(e: ProgrammeEconomics): ReportProgrammeEconomics {
  const words = (m: { amount: string; currency: string }) => money(m.amount, m.currency);
  return {
    pilotCosts: words(e.pilotCosts),
    scalingCosts: words(e.scalingCosts),
    trainingCosts: words(e.trainingCosts),
    growthCosts: words(e.growthCosts),
    totalCost: words(e.totalCost),
    benefits: words(e.benefits),
    netBenefit: words(e.netBenefit),
    ratio: e.benefitCostRatio,
    notes: e.notes,
    groups: e.benefitsByGroup.map((g) => ({
      label: g.label,
      typicalGain: g.typicalGain,
      metrics: g.metrics,
      costs: words(g.costs),
      savings: words(g.savings),
      widerBenefits: words(g.widerBenefits),
      empty: g.metricCount === 0 && [g.costs, g.benefits].every((m) => /^[0.]*$/.test(m.amount)),
    })),
  };
}

function economicsWords(pilot: Pilot, totals: Parameters<typeof economicsOf>[1]): ReportEconomics {
  const e = economicsOf(pilot, totals);
  const words = (m: { amount: string; currency: string }) => money(m.amount, m.currency);
  return {
    hasLines: totals.length > 0,
    totalCost: words(e.totalCost),
    totalSavings: words(e.totalSavings),
    totalWiderBenefits: words(e.totalWiderBenefits),
    netBenefit: words(e.netBenefit),
    ratio: e.benefitCostRatio,
    ratioValue: e.benefitCostRatioValue === null ? null : Number(e.benefitCostRatioValue),
    reading: e.benefitCostRatioValue === null ? null : readPilotRatio(e.benefitCostRatioValue, e.currency),
    note: e.ratioNote,
  };
}
