import { useState } from 'react';
import { useAnnounce } from '../../components/LiveRegion';
import { type FormErrors, useFormErrors } from '../../forms/useFormErrors';

/**
 * A change to one part of a pilot's plan made from its list (mark done, remove): the plan is read
 * again, the change announced, and the focus put on the section's heading when the button pressed
 * went with the part. A refusal is kept in `errors`, for the section's summary.
 */
export function usePlanChange(
  headingId: string,
  onChanged: () => Promise<void>,
): { errors: FormErrors; working: string | null; run: (id: string, work: () => Promise<unknown>, said: string) => Promise<void> } {
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [working, setWorking] = useState<string | null>(null);

  const run = async (id: string, work: () => Promise<unknown>, said: string) => {
    errors.clear();
    setWorking(id);
    try {
      await work();
      await onChanged();
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) document.getElementById(headingId)?.focus();
      });
      announce(said);
    } catch (error) {
      errors.fromError(error);
    } finally {
      setWorking(null);
    }
  };
  return { errors, working, run };
}
