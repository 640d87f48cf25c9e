import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type ApiProblem, describeApiError, isUnauthenticated } from '../api/errors';

export interface FormErrors {
  /** The message for one field (its name as in the mutation's input), or undefined. */
  field: (name: string) => string | undefined;
  /** The form-level message (shown at the top, in a live region), or undefined. */
  summary: string | undefined;
  /** What is still wrong: a field's message goes once the person changes that field. */
  problem: ApiProblem | null;
  /** Records what a failed mutation said; returns the problem. */
  fromError: (error: unknown) => ApiProblem;
  /** Sets messages found before sending (required fields and the like). */
  setLocal: (fields: Record<string, string>, summary: string) => void;
  clear: () => void;
}

/** The value a form field name points at: `title`, or `items.2.x` inside nested values. */
function valueAt(values: unknown, name: string): unknown {
  let value = values;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A form's errors, from the API (describeApiError) or from checks before sending, so that each
 * message shows next to the field at fault (Field's `error`) and a summary sits above the form.
 * Pass the form's values (`useFormErrors(draft.values)`): a field's message then goes as soon as
 * the person changes that field, rather than staying until the next submit, and the summary goes
 * with the last field message. An UNAUTHENTICATED answer shows nothing here: the app is already on
 * its way to sign-in.
 */
export function useFormErrors(values?: object): FormErrors {
  // The values as the error found them, to tell which fields were changed since.
  const [recorded, setRecorded] = useState<{ problem: ApiProblem; values: object | undefined } | null>(null);
  const current = useRef(values);
  useLayoutEffect(() => {
    current.current = values;
  });

  const fromError = useCallback((error: unknown) => {
    const described = describeApiError(error);
    if (!isUnauthenticated(error)) setRecorded({ problem: described, values: current.current });
    return described;
  }, []);
  const setLocal = useCallback(
    (fields: Record<string, string>, summary: string) =>
      setRecorded({ problem: { code: 'LOCAL', summary, fields }, values: current.current }),
    [],
  );
  const clear = useCallback(() => setRecorded(null), []);

  const changed =
    recorded && recorded.values && values
      ? Object.keys(recorded.problem.fields).filter((name) => !Object.is(valueAt(values, name), valueAt(recorded.values, name)))
      : [];
  const changedKey = changed.join('\n');
  // Memoised on what changed, so FormSummary sees a new problem only when there is one.
  const problem = useMemo(() => {
    if (!recorded || changedKey === '') return recorded?.problem ?? null;
    const gone = new Set(changedKey.split('\n'));
    const fields = Object.fromEntries(Object.entries(recorded.problem.fields).filter(([name]) => !gone.has(name)));
    // The summary only pointed at the fields: once each one was changed, nothing is left to say.
    return Object.keys(fields).length === 0 ? null : { ...recorded.problem, fields };
  }, [recorded, changedKey]);

  return {
    field: (name) => problem?.fields[name],
    summary: problem?.summary,
    problem,
    fromError,
    setLocal,
    clear,
  };
}
