import type { ComponentProps } from 'react';
import { SelectField } from './Field';

/** A member as the pickers list them: the user id and the name shown. */
export interface MemberOption {
  id: string;
  name: string;
}

/**
 * A choice of one member, or nobody (`none` names that choice, e.g. "Nobody" or "No owner"): the
 * assignee of a task, the owner of a step.
 */
export function MemberSelectField({
  members,
  none,
  ...field
}: Omit<ComponentProps<typeof SelectField>, 'children'> & { members: readonly MemberOption[]; none: string }) {
  return (
    <SelectField {...field}>
      <option value="">{none}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </SelectField>
  );
}
