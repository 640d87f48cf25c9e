import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

const PREFIX = 'coprod:draft:';

/** Where a form's draft is kept: one entry per page (path) and form. */
export function draftKey(pathname: string, formId: string): string {
  return `${PREFIX}${pathname}#${formId}`;
}

/** Whether a form on this page has a kept draft (e.g. to reopen the dialog it was typed in). */
export function hasDraft(pathname: string, formId: string): boolean {
  return read(draftKey(pathname, formId)) !== null;
}

function read<T extends object>(key: string): Partial<T> | null {
  try {
    const stored = window.sessionStorage.getItem(key);
    return stored ? (JSON.parse(stored) as Partial<T>) : null;
  } catch {
    return null; // storage switched off or a value from an older client: start afresh
  }
}

function write(key: string, value: object | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off: the form still works, it just cannot be restored.
  }
}

function withoutSecrets<T extends object>(values: T, secret: ReadonlyArray<keyof T>): Partial<T> {
  const kept: Partial<T> = { ...values };
  for (const field of secret) delete kept[field];
  return kept;
}

export interface Draft<T extends object> {
  values: T;
  /** Sets one field (kept in the draft at once). */
  set: <K extends keyof T>(field: K, value: T[K]) => void;
  /** Replaces all values (e.g. after reloading a record). */
  replace: (values: T) => void;
  /** Forgets the draft: call it once the form was saved. */
  clear: () => void;
  /** Whether the values came back from an earlier visit (the form can say so). */
  restored: boolean;
}

/**
 * A form's values, kept in sessionStorage (this tab only) as the user types, so that nothing is
 * lost when an expired session sends them to sign-in and back, or when a conflict makes them
 * reload. Secrets never go in: list password fields in `secret`.
 */
export function useDraft<T extends object>(formId: string, initial: T, options: { secret?: ReadonlyArray<keyof T> } = {}): Draft<T> {
  const { pathname } = useLocation();
  const key = draftKey(pathname, formId);
  const secret = useRef(options.secret ?? []);
  const [state, setState] = useState(() => {
    const stored = read<T>(key);
    return { values: stored ? { ...initial, ...stored } : initial, restored: stored !== null };
  });

  useEffect(() => {
    const kept = withoutSecrets(state.values, secret.current);
    // Nothing typed yet: keep no entry, so an untouched form is not "restored" later.
    write(key, JSON.stringify(kept) === JSON.stringify(withoutSecrets(initial, secret.current)) ? null : kept);
    // `initial` is a fresh object at every render: only the key and the values decide when to save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, state.values]);

  const set = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => setState((s) => ({ ...s, values: { ...s.values, [field]: value } })),
    [],
  );
  const replace = useCallback((values: T) => setState((s) => ({ ...s, values })), []);
  const clear = useCallback(() => {
    write(key, null);
    setState({ values: initial, restored: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `initial` is a fresh object at every render; the first one is the form's start
  }, [key]);

  return { values: state.values, set, replace, clear, restored: state.restored };
}
