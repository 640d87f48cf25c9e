import { Foundation1764350000000 } from './1764350000000-foundation';
import { Programmes1764360000000 } from './1764360000000-programmes';
import { MapAndFocus1764370000000 } from './1764370000000-map-and-focus';
import { PeopleMarketGrow1764380000000 } from './1764380000000-people-market-grow';
import { PeopleErasure1764381000000 } from './1764381000000-people-erasure';
import { Versions1764390000000 } from './1764390000000-versions';

/** Every migration, oldest first; the same list runs on PGlite and PostgreSQL. */
export const MIGRATIONS = [Foundation1764350000000, Programmes1764360000000, MapAndFocus1764370000000, PeopleMarketGrow1764380000000, PeopleErasure1764381000000, Versions1764390000000];
