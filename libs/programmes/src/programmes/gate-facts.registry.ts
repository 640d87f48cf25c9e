import { Injectable } from '@nestjs/common';
import type { FactGroup, GateFacts } from '@app/workflow';

/** The facts of one group, e.g. `FactsOf<'pilots'>` is `PilotFacts`. */
export type FactsOf<G extends FactGroup> = Exclude<GateFacts[G], undefined>;

/** A source's answer: its one group of facts for every programme asked about (zeros where it holds nothing). */
export type GateFactsOf<G extends FactGroup> = Map<string, Required<Pick<GateFacts, G>>>;

/**
 * Where a source's SQL stands in the statement GatesService sends: the placeholder of the
 * request's organisation, an expression of type uuid[] holding the programmes asked about, and a
 * way to add parameters. A source writes its SQL with these only.
 */
export interface GateFactsQuery {
  /** `$1`: the request's organisation (row-level security binds every table to it as well). */
  readonly organisationId: string;
  /** An SQL expression of type uuid[]: the programmes whose facts are asked for, each once. */
  readonly programmeIds: string;
  /** Adds a parameter to the statement and answers its placeholder. */
  param(value: unknown): string;
}

/**
 * Facts one feature knows about programmes (e.g. the map, the pilots), for the evidenced checklist
 * rules. Each feature library implements it once, as `<Library>GateFacts` in
 * `libs/<library>/src/<library>-gate-facts.ts`, registering with the registry in `onModuleInit`.
 *
 * It answers with SQL rather than rows, so that GatesService reads the checklists, the tasks and
 * every feature's facts in ONE statement (a dashboard's gates cost no round trip per feature). The
 * SQL names only the feature's own tables; other libraries' records come through SQL their
 * services write (e.g. `ProgrammePilotsService.countGoingAheadSql`).
 */
export interface GateFactsSource<G extends FactGroup = FactGroup> {
  /** The one fact group it supplies. */
  readonly provides: G;
  /** Its facts for a programme its SQL has no row for. */
  readonly none: FactsOf<G>;
  /**
   * One SELECT answering, for programmes of `q.programmeIds` that it holds anything about, one row
   * each: `programme_id` and `facts`, the group's facts as JSON (or what `readFacts` finishes).
   */
  gateFactsSql(q: GateFactsQuery): string;
  /** Its facts from the JSON its SQL wrote, when they need finishing in TypeScript (e.g. by a rule of libs/workflow). */
  readFacts?(json: unknown): FactsOf<G>;
  /**
   * 'organisation' when its facts are the organisation's, the same for every programme (the map):
   * GatesService then reads them once per statement, from its SQL's first row, and gives them to
   * every programme. Such a source's SQL answers a row for every programme asked about (or none,
   * and every programme gets `none`), which `GatesService.facts` still reads per programme.
   */
  readonly scope?: 'organisation';
}

/**
 * Where features that hold evidence register it, so that gates can read the map, the pilots
 * and so on without the programmes library depending on those libraries.
 */
@Injectable()
export class GateFactsRegistry {
  private readonly registered: GateFactsSource[] = [];

  register(source: GateFactsSource): void {
    this.registered.push(source);
  }

  /** The sources registered, in the order they registered. */
  get sources(): readonly GateFactsSource[] {
    return this.registered;
  }
}
