import { Query, Resolver } from '@nestjs/graphql';
import { Action, Can } from '@app/common';
import { REFERENCE_CASES, type ReferenceCase as WorkflowCase, type ReferenceMoneyFigure as WorkflowFigure } from '@app/workflow';
import { toMoney } from '../money.model';
import { FigureQualifier, ReferenceCase, type ReferenceMoneyFigure, RatioReading } from './reference-case.model';

/** The catalogue of libs/workflow/reference-cases, read-only and the same for every organisation. */
@Resolver(() => ReferenceCase)
export class ReferenceCasesResolver {
  @Query(() => [ReferenceCase], {
    description: 'Published reference cases with their citations, so a pilot’s economics can be set beside the evidence.',
  })
  @Can(Action.READ)
  referenceCases(): ReferenceCase[] {
    return REFERENCE_CASES.map(toReferenceCase);
  }
}

export function toReferenceCase(source: WorkflowCase): ReferenceCase {
  const ratio = source.computedRatio;
  return {
    id: source.id,
    title: source.title,
    summary: source.summary,
    measured: source.measured,
    period: source.period,
    citation: source.citation,
    costPerPerson: figure(source.costPerPerson),
    benefitPerPerson: figure(source.benefitPerPerson),
    publishedRatio: source.publishedRatio ? { ...source.publishedRatio } : null,
    computedRatio: ratio ? { display: ratio.display, value: ratio.value, reading: ratio.reading as RatioReading, note: ratio.note } : null,
    outcomes: source.outcomes.map((o) => ({
      measure: o.measure,
      percentChange: o.percentChange ?? null,
      before: o.before ?? null,
      after: o.after ?? null,
      period: o.period ?? null,
      comparison: o.comparison ?? null,
    })),
  };
}

function figure(source: WorkflowFigure | null): ReferenceMoneyFigure | null {
  return source
    ? { amount: toMoney(source.amountMinor, source.currency), qualifier: source.qualifier as FigureQualifier, per: source.per }
    : null;
}
