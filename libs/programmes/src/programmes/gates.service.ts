import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database, prepared } from '@app/database';
import {
  CHECKLIST_RULES,
  evaluateItem,
  type FactGroup,
  gateFromVerdicts,
  type GateFacts,
  type GateResult,
  RULE_IDS,
  type RuleVerdict,
  type TaskFacts,
  VERDICT_NOT_RECORDED,
} from '@app/workflow';
import { In } from 'typeorm';
import type { ChecklistItemEntity } from '../checklists/checklist-item.entity';
import type { RecordedVerdict } from './gate-record.entity';
import type { GateRecord } from './gate-record.model';
import { type FactsOf, type GateFactsOf, type GateFactsQuery, GateFactsRegistry, type GateFactsSource } from './gate-facts.registry';
import { ProgrammeStepEntity } from './programme-step.entity';

/** The verdicts and gate of a step, from one source: the records now, or the step's gate record. */
export interface GateView {
  verdicts: Map<string, RuleVerdict>;
  gate: GateResult;
}

/** A completed step's record in force: when and how its gate was passed. */
export interface PassedGate {
  recordId: string;
  passedAt: Date;
  passedByOverride: boolean;
  overrideReason: string | null;
}

export interface StepEvaluation extends GateView {
  items: ChecklistItemEntity[];
  /** The step's gate record in force (a completed step passed since records are kept), or null. */
  passed: PassedGate | null;
  /** What the records say now, whatever the step's state. */
  live: GateView;
}

/**
 * The part of a statement that reads what the gates of some steps need (see `GatesService.inputsSql`):
 * common table expressions, all named `gate_…`, to follow the statement's own in its WITH list, and
 * one JSON column for `GatesService.readInputs`.
 */
export interface GateInputsSql {
  ctes: string;
  column: string;
}

/**
 * One item as the statement writes it: a JSON array rather than an object, so that the statement
 * does not write (nor the server parse) every key name of every item. `ITEM` names the positions;
 * the fields after `tickedAt` are there only with `detail: 'items'`.
 */
const ITEM = {
  id: 0,
  key: 1,
  title: 2,
  required: 3,
  kind: 4,
  rule: 5,
  tickedAt: 6,
  position: 7,
  organisationId: 8,
  programmeId: 9,
  programmeStepId: 10,
  cycle: 11,
  step: 12,
  guidance: 13,
  source: 14,
  tickedBy: 15,
  evidenceText: 16,
  evidenceUrl: 17,
} as const;
type ItemJson = unknown[];

/** One step as the statement writes it: its id and its record in force (or nulls). */
type StepJson = [
  stepId: string,
  recordId: string | null,
  passedAt: string | null,
  passedByOverride: boolean | null,
  overrideReason: string | null,
  verdicts: Record<string, unknown> | null,
];

/**
 * The gate column's JSON: the steps, their items, task counts (null when no rule reads them) and each
 * source's facts (null likewise): by programme, or for a source of the organisation's facts once, as `[facts]`.
 */
interface InputsJson {
  steps: StepJson[];
  /** Each step's items in order, by step id (a step without items is absent). */
  items: Record<string, ItemJson[]>;
  /** [programmeId, cycle, step, total, done] */
  tasks: Array<[string, number, string, number, number]> | null;
  [source: `f${number}`]: Record<string, unknown> | [unknown] | null;
}

type RecordRow = Omit<GateRecord, 'gate' | 'verdicts'> & { verdicts: unknown };

interface RecordItemRow {
  id: string;
  programmeStepId: string;
  key: string;
  title: string;
  required: boolean;
}

/** The rules that read a group of facts: a step's items need the group only if one of them is such a rule. */
const RULES_READING = new Map<FactGroup, string[]>();
for (const id of RULE_IDS) {
  const group = CHECKLIST_RULES[id].needs as FactGroup;
  RULES_READING.set(group, [...(RULES_READING.get(group) ?? []), id]);
}

/**
 * Gathers the facts the workflow rules need for a set of steps (checklists, tasks, and what
 * registered features know) in ONE statement whatever the number of steps and features, and
 * lets libs/workflow decide each item and gate. A step with a gate record in force (it was
 * passed) shows the verdicts it was passed with; `live` always holds today's evaluation.
 *
 * The statement can also be part of a caller's (`inputsSql` and `readInputs`): the organisation
 * dashboard reads its programme list and their gates in one.
 */
@Injectable()
export class GatesService {
  constructor(
    private readonly db: Database,
    private readonly registry: GateFactsRegistry,
  ) {}

  /** The steps' evaluations: one statement (none without steps). */
  async evaluate(ctx: RequestContext, steps: readonly ProgrammeStepEntity[]): Promise<Map<string, StepEvaluation>> {
    if (!steps.length) return new Map();
    const params: unknown[] = [ctx.tenantId];
    const param = (value: unknown) => `$${params.push(value)}`;
    // Each step once: the statement answers a step per row it is given.
    const unique = [...new Map(steps.map((s) => [s.id, s])).values()];
    const { ctes, column } = this.inputsSql(
      `SELECT s.id, s.programme_id FROM unnest(${param(unique.map((s) => s.id))}::uuid[], ${param(unique.map((s) => s.programmeId))}::uuid[]) AS s(id, programme_id)`,
      param,
    );
    // Prepared: its text is the same for any number of steps (registered sources aside), and planning it costs more than running it.
    const [row] = await this.db.query<{ gates: unknown }>(ctx, prepared(`WITH ${ctes}\nSELECT ${column} AS gates`), params);
    return this.readInputs(unique, row.gates);
  }

  /**
   * The SQL that reads everything the gates of `steps` need, for a statement whose `$1` is the
   * request's organisation: `steps` is a SELECT yielding `id` and `programme_id` of the steps (it may
   * use the statement's own CTEs). Each step comes with its record in force and its items; task counts (of
   * each step's own cycle and step, all that its rules read, from IDX_task_programme_step alone) and
   * each registered feature's facts are read only when an item among them has a rule that reads
   * them (each behind a CASE, which PostgreSQL evaluates lazily: an unneeded source never runs).
   * With `detail: 'gates'` the items carry only what their verdicts and gates read (key, title,
   * required, kind, rule, when ticked): for callers that show gates, not checklists (a dashboard of
   * fifty programmes reads 300 items, whose guidance alone cost it milliseconds to write as JSON).
   */
  inputsSql(steps: string, param: (value: unknown) => string, detail: 'items' | 'gates' = 'items'): GateInputsSql {
    const full = detail === 'items';
    // The evidenced rules the steps' items name, gathered once (`gate_rules`): a source is read when they share one with it.
    const needs = (group: FactGroup) => `(SELECT rules FROM gate_rules) && ${param(RULES_READING.get(group) ?? [])}::text[]`;
    // An expression (the cast makes it one): `= ANY((SELECT …))` alone would read as a subquery of rows.
    const q: GateFactsQuery = { organisationId: '$1', programmeIds: '(SELECT ids FROM gate_programmes)::uuid[]', param };
    // By programme, as an object; an organisation's facts once, as an array of one (null when no programme has a row).
    const sources = this.registry.sources.map(
      (source, i) =>
        `'f${i}', CASE WHEN ${needs(source.provides)} THEN ${
          source.scope === 'organisation'
            ? `json_build_array((SELECT f.facts FROM (${source.gateFactsSql(q)}) f LIMIT 1))`
            : `(SELECT coalesce(json_object_agg(f.programme_id, f.facts), '{}') FROM (${source.gateFactsSql(q)}) f)`
        } END`,
    );
    // Positions as in ITEM.
    const ctes = `gate_steps AS (${steps}),
gate_programmes AS (SELECT coalesce(array_agg(DISTINCT programme_id), '{}') AS ids FROM gate_steps),
gate_items AS MATERIALIZED (
  SELECT c.programme_step_id AS step_id, c.position, c.kind, c.rule,
         json_build_array(c.id, c.key, c.title, c.required, c.kind, c.rule, c.ticked_at${
           full
             ? `, c.position, c.organisation_id, c.programme_id, c.programme_step_id, c.cycle, c.step, c.guidance, c.source, c.ticked_by,
           c.evidence_text, c.evidence_url`
             : ''
         }) AS item
    FROM gate_steps s
    JOIN checklist_item c ON c.programme_step_id = s.id AND c.organisation_id = $1
),
gate_rules AS (SELECT coalesce(array_agg(DISTINCT rule::text) FILTER (WHERE kind = 'EVIDENCED' AND rule IS NOT NULL), '{}') AS rules FROM gate_items)`;
    // Each step once, as StepJson, with its record in force; its items apart, grouped once by step
    // (joined to the steps, a generic plan may run the grouping again for every step).
    const column = `json_build_object(
  'steps', (SELECT coalesce(json_agg(json_build_array(s.id, r.id, r.passed_at, r.passed_by_override, r.override_reason, r.verdicts)), '[]')
    FROM gate_steps s
    LEFT JOIN gate_record r ON r.programme_step_id = s.id AND r.organisation_id = $1 AND r.set_aside_at IS NULL),
  'items', (SELECT coalesce(json_object_agg(i.step_id, i.items), '{}')
    FROM (SELECT step_id, json_agg(item ORDER BY position) AS items FROM gate_items GROUP BY step_id) i),
  'tasks', CASE WHEN ${needs('tasks')} THEN (SELECT coalesce(json_agg(json_build_array(t.programme_id, t.cycle, t.step, t.total, t.done)), '[]')
    FROM (SELECT t.programme_id, t.cycle, t.step, count(*)::int AS total, count(*) FILTER (WHERE t.status = 'DONE')::int AS done
            FROM gate_steps s
            JOIN programme_step ps ON ps.id = s.id AND ps.organisation_id = $1
            JOIN task t ON t.programme_id = ps.programme_id AND t.cycle = ps.cycle AND t.step = ps.step AND t.organisation_id = $1
           GROUP BY t.programme_id, t.cycle, t.step) t) END${sources.map((s) => `,\n  ${s}`).join('')})`;
    return { ctes, column };
  }

  /** The evaluations of `steps` from the column `inputsSql` wrote (with `detail: 'gates'`, items of what gates read only). */
  readInputs(steps: readonly ProgrammeStepEntity[], column: unknown): Map<string, StepEvaluation> {
    const inputs = (typeof column === 'string' ? JSON.parse(column) : column) as InputsJson;
    const stepsById = new Map<string, StepJson>();
    for (const row of inputs.steps) stepsById.set(row[0], row);
    const tasksOf = new Map<string, TaskFacts>();
    for (const [programmeId, cycle, step, total, done] of inputs.tasks ?? [])
      tasksOf.set(`${programmeId}/${cycle}/${step}`, { total, done });
    const featureFacts = this.featureFacts(inputs);

    const result = new Map<string, StepEvaluation>();
    for (const step of steps) {
      const facts: GateFacts = featureFacts(step.programmeId) as GateFacts;
      facts.step = step.step;
      facts.tasks = tasksOf.get(`${step.programmeId}/${step.cycle}/${step.step}`) ?? { total: 0, done: 0 };
      facts.stepOwnerId = step.ownerId;
      const [, recordId, passedAt, passedByOverride, overrideReason, verdicts] = stepsById.get(step.id) ?? NO_STEP;
      const own = (inputs.items[step.id] ?? []).map(toItem);
      const liveVerdicts = new Map<string, RuleVerdict>();
      // What a rule reads of an item, written out: spreading the whole item into a copy cost more than the rule.
      for (const item of own) {
        const status = {
          key: item.key,
          title: item.title,
          required: item.required,
          kind: item.kind,
          rule: item.rule,
          ticked: item.tickedAt !== null,
        };
        liveVerdicts.set(item.id, evaluateItem(status, facts));
      }
      const live: GateView = { verdicts: liveVerdicts, gate: gateFromVerdicts(own, (item) => liveVerdicts.get(item.id)!) };

      // A record is in force exactly while its step is COMPLETED: ProgrammesService writes it as the
      // step completes and sets it aside whenever the step leaves COMPLETED.
      const passed: PassedGate | null = recordId
        ? { recordId, passedAt: new Date(passedAt!), passedByOverride: !!passedByOverride, overrideReason }
        : null;
      let shown = live;
      if (passed) {
        const byItem = (typeof verdicts === 'string' ? JSON.parse(verdicts) : verdicts) as Record<string, unknown> | null;
        const recorded = new Map(own.map((item) => [item.id, toVerdict(byItem?.[item.id])]));
        shown = { verdicts: recorded, gate: gateFromVerdicts(own, (item) => recorded.get(item.id)!) };
      }
      result.set(step.id, { items: own, ...shown, passed, live });
    }
    return result;
  }

  /**
   * One group of facts for each of these programmes, as the gates read them: one statement.
   * (The gates read all their facts with their items; this is for a feature's own checks.)
   */
  async facts<G extends FactGroup>(ctx: RequestContext, programmeIds: readonly string[], group: G): Promise<GateFactsOf<G>> {
    const ids = [...new Set(programmeIds)];
    const source = this.registry.sources.find((s): s is GateFactsSource<G> => s.provides === group);
    if (!source) throw new Error(`No source of ${group} facts is registered`);
    const params: unknown[] = [ctx.tenantId, ids];
    const param = (value: unknown) => `$${params.push(value)}`;
    const sql = source.gateFactsSql({ organisationId: '$1', programmeIds: '$2::uuid[]', param });
    const rows = ids.length ? await this.db.query<{ programme_id: string; facts: unknown }>(ctx, sql, params) : [];
    const found = new Map(rows.map((row) => [row.programme_id, readFacts(source, row.facts)]));
    return new Map(ids.map((id) => [id, { [group]: found.get(id) ?? source.none } as unknown as Required<Pick<GateFacts, G>>]));
  }

  /** Each programme's facts from the registered sources that the statement asked (a source not asked stays undefined: no rule reads it). */
  private featureFacts(inputs: InputsJson): (programmeId: string) => Partial<GateFacts> {
    const answered = this.registry.sources.flatMap((source, i) => {
      const json = inputs[`f${i}`];
      if (!json) return [];
      if (Array.isArray(json)) {
        // The organisation's facts, read once and shared by every programme: rules only read them.
        const shared = json[0] == null ? source.none : readFacts(source, json[0]);
        return [{ source, of: () => shared }];
      }
      return [
        { source, of: (programmeId: string) => (json[programmeId] === undefined ? source.none : readFacts(source, json[programmeId])) },
      ];
    });
    return (programmeId) => {
      const facts: Partial<Record<FactGroup, unknown>> = {};
      for (const { source, of } of answered) facts[source.provides] = of(programmeId);
      return facts as Partial<GateFacts>;
    };
  }

  /**
   * Every gate record of the given steps, set-aside ones included, newest first: two queries
   * whatever the number of steps. Each verdict is shown with its item (items are never removed
   * from a step); an item the record holds no verdict for reads as not recorded.
   */
  async recordsOf(ctx: RequestContext, stepIds: readonly string[]): Promise<GateRecord[]> {
    if (!stepIds.length) return [];
    const records = await this.db.query<RecordRow>(
      ctx,
      `SELECT id, programme_step_id AS "programmeStepId", cycle, step, passed_at AS "passedAt", passed_by AS "passedBy",
              passed_by_override AS "passedByOverride", override_reason AS "overrideReason", verdicts, set_aside_at AS "setAsideAt"
         FROM gate_record
        WHERE organisation_id = $1 AND programme_step_id = ANY($2::uuid[])
        ORDER BY passed_at DESC, id`,
      [ctx.tenantId, [...stepIds]],
    );
    if (!records.length) return [];
    const items = await this.db.query<RecordItemRow>(
      ctx,
      `SELECT id, programme_step_id AS "programmeStepId", key, title, required
         FROM checklist_item
        WHERE organisation_id = $1 AND programme_step_id = ANY($2::uuid[])
        ORDER BY programme_step_id, position`,
      [ctx.tenantId, [...new Set(records.map((r) => r.programmeStepId))]],
    );
    return records.map(({ verdicts: stored, ...record }) => {
      const byItem = (typeof stored === 'string' ? JSON.parse(stored) : stored) as Record<string, unknown>;
      const verdicts = items
        .filter((item) => item.programmeStepId === record.programmeStepId)
        .map((item) => ({
          checklistItemId: item.id,
          key: item.key,
          title: item.title,
          required: item.required,
          ...toVerdict(byItem?.[item.id]),
        }));
      const counted = gateFromVerdicts(verdicts, (item) => item);
      return {
        ...record,
        verdicts,
        gate: {
          ...counted,
          recorded: true,
          passedAt: record.passedAt,
          passedByOverride: record.passedByOverride,
          overrideReason: record.overrideReason,
        },
      };
    });
  }

  async evaluateByIds(ctx: RequestContext, stepIds: readonly string[]): Promise<Map<string, StepEvaluation>> {
    const steps = await this.db.tenant(ctx, ProgrammeStepEntity).findBy({ id: In([...stepIds]) });
    return this.evaluate(ctx, steps);
  }

  async evaluateOne(ctx: RequestContext, step: ProgrammeStepEntity): Promise<StepEvaluation> {
    return (await this.evaluate(ctx, [step])).get(step.id)!;
  }
}

/** A step the statement did not answer (none of ours): no record. */
const NO_STEP: StepJson = ['', null, null, null, null, null];

function toItem(row: ItemJson): ChecklistItemEntity {
  const tickedAt = row[ITEM.tickedAt] as string | null;
  return {
    id: row[ITEM.id],
    organisationId: row[ITEM.organisationId],
    programmeId: row[ITEM.programmeId],
    programmeStepId: row[ITEM.programmeStepId],
    cycle: row[ITEM.cycle],
    step: row[ITEM.step],
    key: row[ITEM.key],
    position: row[ITEM.position],
    title: row[ITEM.title],
    guidance: row[ITEM.guidance],
    required: row[ITEM.required],
    kind: row[ITEM.kind],
    rule: row[ITEM.rule],
    source: row[ITEM.source],
    tickedAt: tickedAt === null ? null : new Date(tickedAt),
    tickedBy: row[ITEM.tickedBy],
    evidenceText: row[ITEM.evidenceText],
    evidenceUrl: row[ITEM.evidenceUrl],
  } as ChecklistItemEntity;
}

/** A source's facts from the JSON its SQL wrote. */
function readFacts<G extends FactGroup>(source: GateFactsSource<G>, json: unknown): FactsOf<G> {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  return source.readFacts ? source.readFacts(value) : (value as FactsOf<G>);
}

/** A recorded verdict as stored (jsonb); anything unreadable counts as not recorded. */
function toVerdict(stored: unknown): RuleVerdict {
  const value = typeof stored === 'string' ? (JSON.parse(stored) as unknown) : stored;
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as RecordedVerdict).satisfied === 'boolean' &&
    typeof (value as RecordedVerdict).explanation === 'string'
  ) {
    const { satisfied, explanation } = value as RecordedVerdict;
    return { satisfied, explanation };
  }
  return VERDICT_NOT_RECORDED;
}
