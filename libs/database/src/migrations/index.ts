import { Foundation1764350000000 } from './1764350000000-foundation';
import { Programmes1764360000000 } from './1764360000000-programmes';
import { MapAndFocus1764370000000 } from './1764370000000-map-and-focus';
import { PeopleMarketGrow1764380000000 } from './1764380000000-people-market-grow';
import { PeopleErasure1764381000000 } from './1764381000000-people-erasure';
import { Versions1764390000000 } from './1764390000000-versions';
import { GateRecords1764400000000 } from './1764400000000-gate-records';
import { ServiceAreaDefaults1764401000000 } from './1764401000000-service-area-defaults';
import { HistoryFilters1764401500000 } from './1764401500000-history-filters';
import { AuthHardening1764402000000 } from './1764402000000-auth-hardening';
import { SurveyClients1764403000000 } from './1764403000000-survey-clients';
import { TemplateFacts1764404000000 } from './1764404000000-template-facts';
import { TenantWall1764410000000 } from './1764410000000-tenant-wall';
import { UserSessions1796224496701 } from './1796224496701-user-sessions';
import { SurveyPurpose1796300000000 } from './1796300000000-survey-purpose';
import { PilotTargetParticipants1796310000000 } from './1796310000000-pilot-target-participants';
import { EventSequence1796320000000 } from './1796320000000-event-sequence';
import { Workshops1796330000000 } from './1796330000000-workshops';
import { WorkshopOutputs1796340000000 } from './1796340000000-workshop-outputs';
import { WorkshopLookupIndexes1796350000000 } from './1796350000000-workshop-lookup-indexes';
import { WorkshopRooms1796360000000 } from './1796360000000-workshop-rooms';
import { WorkshopFacilitatorSetNull1796370000000 } from './1796370000000-workshop-facilitator-set-null';
import { Webhooks1796380000000 } from './1796380000000-webhooks';
import { CalendarFeeds1796390000000 } from './1796390000000-calendar-feeds';
import { Notifications1796400000000 } from './1796400000000-notifications';
import { SingleSignOn1796410000000 } from './1796410000000-single-sign-on';
import { IdempotencyKeys1796420000080 } from './1796420000080-idempotency-keys';
import { DashboardTaskIndexes1796420000090 } from './1796420000090-dashboard-task-indexes';
import { BeneficiariesAndGrowthCosts1796430000020 } from './1796430000020-beneficiaries-and-growth-costs';
import { ConflictAndRisk1796430000030 } from './1796430000030-conflict-and-risk';
import { TicksBecomeRules1796430000050 } from './1796430000050-ticks-become-rules';
import { TaskTallyIndex1796440000050 } from './1796440000050-task-tally-index';
import { DashboardTallies1796450000030 } from './1796450000030-dashboard-tallies';
import { ProgrammeListingIndex1796450000031 } from './1796450000031-programme-listing-index';
import { TicksBecomeRulesAgain1796450000040 } from './1796450000040-ticks-become-rules-again';

/** Every migration, oldest first; the same list runs on PGlite and PostgreSQL. */
export const MIGRATIONS = [
  Foundation1764350000000,
  Programmes1764360000000,
  MapAndFocus1764370000000,
  PeopleMarketGrow1764380000000,
  PeopleErasure1764381000000,
  Versions1764390000000,
  GateRecords1764400000000,
  ServiceAreaDefaults1764401000000,
  HistoryFilters1764401500000,
  AuthHardening1764402000000,
  SurveyClients1764403000000,
  TemplateFacts1764404000000,
  TenantWall1764410000000,
  UserSessions1796224496701,
  SurveyPurpose1796300000000,
  PilotTargetParticipants1796310000000,
  EventSequence1796320000000,
  Workshops1796330000000,
  WorkshopOutputs1796340000000,
  WorkshopLookupIndexes1796350000000,
  WorkshopRooms1796360000000,
  WorkshopFacilitatorSetNull1796370000000,
  Webhooks1796380000000,
  CalendarFeeds1796390000000,
  Notifications1796400000000,
  SingleSignOn1796410000000,
  IdempotencyKeys1796420000080,
  DashboardTaskIndexes1796420000090,
  BeneficiariesAndGrowthCosts1796430000020,
  ConflictAndRisk1796430000030,
  TicksBecomeRules1796430000050,
  TaskTallyIndex1796440000050,
  DashboardTallies1796450000030,
  ProgrammeListingIndex1796450000031,
  TicksBecomeRulesAgain1796450000040,
];
