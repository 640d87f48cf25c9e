import { type FigureQualifier, formatMoney, type RatioReading, type ReferenceCase } from '@app/workflow';
import { money } from '../page';

/**
 * How to read a benefit-cost ratio in one sentence, for the printed report (English only; the
 * web client says the same through its messages in apps/web/src/i18n/en/focusIt.ts).
 */
const READING_WORD: Record<RatioReading, string> = {
  EXACT: 'exactly',
  ABOUT: 'about',
  AT_LEAST: 'at least',
  MORE_THAN: 'more than',
  AT_MOST: 'at most',
  LESS_THAN: 'less than',
  INDICATIVE: 'very roughly',
};

const QUALIFIER_WORD: Record<FigureQualifier, string> = {
  EXACT: '',
  ABOUT: 'about ',
  COULD_BE: 'possibly ',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  UP_TO: 'up to ',
  LESS_THAN: 'less than ',
};

/** A pilot's own ratio: what each unit of money spent has brought back so far. */
export function readPilotRatio(value: string, currency: string): string {
  const ratio = Number(value);
  const each = `Each ${money(1, currency)} spent has returned ${money(value, currency)}`;
  if (ratio > 1) return `${each} in savings and wider benefits: more than it cost.`;
  if (ratio === 1) return `${each}: the benefits match the cost.`;
  return `${each}: less than it cost, so far.`;
}

export interface ReferenceRatio {
  /** As the study published it, or as worked out from its per-person figures. */
  display: string;
  source: 'published' | 'worked out';
  /** The ratio's range (equal for a single figure), to draw it. */
  low: number;
  high: number;
  reading: string;
  note: string | null;
}

/** A reference case's ratio and how to read it, or null when the study gives none. */
export function referenceRatio(c: ReferenceCase): ReferenceRatio | null {
  const currency = c.costPerPerson?.currency ?? c.benefitPerPerson?.currency ?? 'GBP';
  const pounds = (n: number) => money(n, currency);
  if (c.publishedRatio) {
    const { low, high, display } = c.publishedRatio;
    return {
      display,
      source: 'published',
      low,
      high,
      reading:
        low === high
          ? `Each ${pounds(1)} spent was estimated to bring back about ${pounds(low)}.`
          : `Each ${pounds(1)} spent was estimated to bring back between ${pounds(low)} and ${pounds(high)}.`,
      note: null,
    };
  }
  if (c.computedRatio) {
    const value = Number(c.computedRatio.value);
    return {
      display: c.computedRatio.display,
      source: 'worked out',
      low: value,
      high: value,
      reading: `Each ${pounds(1)} spent brought back ${READING_WORD[c.computedRatio.reading]} ${pounds(value)}, on the study’s own figures.`,
      note: c.computedRatio.note,
    };
  }
  return null;
}

/** A published per-person figure as stated: "less than £450.00 per member, per year to run". */
export function figureWords(figure: ReferenceCase['costPerPerson']): string | null {
  if (!figure) return null;
  return `${QUALIFIER_WORD[figure.qualifier]}${money(formatMoney(figure.amountMinor, figure.currency), figure.currency)} ${figure.per}`;
}
