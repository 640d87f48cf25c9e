import { useMemo } from 'react';
import { LOCALE } from '../i18n/i18n';

export interface Formatter {
  /** A moment (DateTime, ISO 8601) as a date and time in the organisation's time zone. */
  dateTime(iso: string): string;
  /** A moment as a date in the organisation's time zone. */
  date(iso: string): string;
  /** A calendar day (LocalDate, YYYY-MM-DD): no time zone applies, it is that day everywhere. */
  day(localDate: string): string;
  number(value: number): string;
  /** An amount in the organisation's currency unless another is named. */
  money(amount: number, currency?: string): string;
  percent(ratio: number): string;
}

/** Formatting for one organisation's time zone and currency, in the catalogue's language (Intl). */
export function createFormatter(timeZone: string, currency: string, locale: string = LOCALE): Formatter {
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  // A LocalDate is read as midnight UTC and shown in UTC, so it never moves to the day before.
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const money = new Map<string, Intl.NumberFormat>();
  const moneyIn = (code: string) => {
    let format = money.get(code);
    if (!format) money.set(code, (format = new Intl.NumberFormat(locale, { style: 'currency', currency: code })));
    return format;
  };
  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    day: (localDate) => day.format(new Date(`${localDate}T00:00:00Z`)),
    number: (value) => number.format(value),
    money: (amount, code = currency) => moneyIn(code).format(amount),
    percent: (ratio) => percent.format(ratio),
  };
}

/** The formatter for an organisation (e.g. `useFormat(useOrganisation())`). */
export function useFormat(organisation: { timeZone: string; currency: string }): Formatter {
  return useMemo(() => createFormatter(organisation.timeZone, organisation.currency), [organisation.timeZone, organisation.currency]);
}
