import { BadInputError } from '@app/common';

/** A yes-or-no query parameter (`?dryRun=true`): absent, empty, `false` or `0` is no; `true` or `1` is yes; anything else is refused by name. */
export function queryFlag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw BadInputError.field(name, 'must be true or false');
}
