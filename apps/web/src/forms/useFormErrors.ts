import { useCallback, useState } from 'react';
import { type ApiProblem, describeApiError, isUnauthenticated } from '../api/errors';

export interface FormErrors {
  /** The message for one field (its name as in the mutation's input), or undefined. */
  field: (name: string) => string | undefined;
  /** The form-level message (shown at the top, in a live region), or undefined. */
  summary: string | undefined;
  problem: ApiProblem | null;
  /** Records what a failed mutation said; returns the problem. */
  fromError: (error: unknown) => ApiProblem;
  /** Sets messages found before sending (required fields and the like). */
  setLocal: (fields: Record<string, string>, summary: string) => void;
  clear: () => void;
}

/**
 * A form's errors, from the API (describeApiError) or from checks before sending, so that each
 * message shows next to the field at fault (Field's `error`) and a summary sits above the form.
 * An UNAUTHENTICATED answer shows nothing here: the app is already on its way to sign-in.
 */
export function useFormErrors(): FormErrors {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const fromError = useCallback((error: unknown) => {
    const described = describeApiError(error);
    if (!isUnauthenticated(error)) setProblem(described);
    return described;
  }, []);
  const setLocal = useCallback((fields: Record<string, string>, summary: string) => setProblem({ code: 'LOCAL', summary, fields }), []);
  const clear = useCallback(() => setProblem(null), []);
  return {
    field: (name) => problem?.fields[name],
    summary: problem?.summary,
    problem,
    fromError,
    setLocal,
    clear,
  };
}
