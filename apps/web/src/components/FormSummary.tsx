import { useEffect, useRef } from 'react';

/**
 * The form-level message after a refused submit: an alert that takes focus, so keyboard and
 * screen-reader users learn at once that the form was refused and why, with each field's problem
 * listed (the same messages also sit next to their fields; a field the form does not show, such as
 * a link's token, is only here).
 */
export function FormSummary({ message, fields }: { message: string | undefined; fields?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<{ message: string | undefined; problems: string[] }>({ message: undefined, problems: [] });
  useEffect(() => {
    const problems = Object.values(fields ?? {});
    const before = shown.current;
    shown.current = { message, problems };
    // A message leaving because the person changed its field (useFormErrors) must not pull focus
    // away from the field they are typing in; a new refusal (even the same again) takes focus.
    const onlyFewer =
      message === before.message && problems.length < before.problems.length && problems.every((p) => before.problems.includes(p));
    if (message && !onlyFewer) ref.current?.focus();
  }, [message, fields]);
  if (!message) return null;
  const problems = Object.values(fields ?? {});
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="form-summary">
      <p>{message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
