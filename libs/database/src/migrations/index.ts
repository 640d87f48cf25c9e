import { Foundation1764350000000 } from './1764350000000-foundation';
import { Programmes1764360000000 } from './1764360000000-programmes';

/** Every migration, oldest first; the same list runs on PGlite and PostgreSQL. */
export const MIGRATIONS = [Foundation1764350000000, Programmes1764360000000];
