import { en, type LazyArea, lazyMessages, type LazyMessages } from './en';

/** A message: plain text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type Message = string | { readonly one: string; readonly other: string; readonly zero?: string };
export type MessageKey = keyof typeof en | keyof LazyMessages;
export type MessageParams = Record<string, string | number>;

/** The catalogue in use. A translation is another catalogue with the same keys (see ./en.ts). */
const catalogue: Record<string, Message> = { ...en };

/** Adds an area's messages (its lazy part of the catalogue: en.ts, lazyMessages). */
export function addMessages(messages: Readonly<Record<string, Message>>): void {
  Object.assign(catalogue, messages);
}

/** Loads these areas' messages into the catalogue; a route awaits it before its screen renders. */
export async function loadMessages(areas: readonly LazyArea[]): Promise<void> {
  for (const module of await Promise.all(areas.map((area) => lazyMessages[area]()))) addMessages(module.default);
}

/** The language the catalogue is written in, for <html lang> and Intl. */
export const LOCALE = 'en-GB';

const plurals = new Intl.PluralRules(LOCALE);

/** The text for `key`, with `{name}` replaced by `params.name`; plural forms pick by `params.count`. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const message = catalogue[key];
  // An area's messages not loaded where they are used (en.ts: lazyMessages): the key shows, rather than the screen failing.
  if (message === undefined) return key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    text = count === 0 && message.zero !== undefined ? message.zero : plurals.select(count) === 'one' ? message.one : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name]) : whole));
}

const numbers = new Intl.NumberFormat(LOCALE);
const formatParam = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);

/** Whether `key` is in the catalogue (for codes that come from the API, e.g. error codes). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}
