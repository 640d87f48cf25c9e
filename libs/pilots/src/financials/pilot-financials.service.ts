import { Injectable } from '@nestjs/common';
import { BadInputError, type Connection, type FieldProblem, NotFoundError, type PageArgs, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import {
  type BeneficiaryGroup,
  benefitsByGroup,
  defaultBeneficiaryGroup,
  type GroupedFinancialLine,
  type GroupedMetric,
  MixedCurrencyError,
  summariseEconomics,
} from '@app/workflow';
import { toGroupBenefits } from '../beneficiary-group.model';
import { toMoney, toMoneyOrNull } from '../money.model';
import { pagesByParent } from '../paging';
import type { Pilot } from '../pilots/pilot.model';
import { PilotsService, readAmount, readCurrency } from '../pilots/pilots.service';
import type { AddFinancialLineInput, RemoveFinancialLineInput } from './pilot-financial.inputs';
import type { FinancialLine, FinancialLineKind, PilotEconomics } from './pilot-financial.model';
import { PilotFinancialEntity } from './pilot-financial.entity';

const LINE_COLUMNS = `id, pilot_id AS "pilotId", kind, amount_minor::text AS "amountMinor", currency, occurred_on::text AS date, description, beneficiary_group AS "beneficiaryGroup", created_at AS "createdAt"`;

interface LineRow extends Omit<FinancialLine, 'amount'> {
  amountMinor: string;
  currency: string;
}

/** A pilot's totals by kind, currency and beneficiary group, as SQL sums them (exact: bigint minor units). */
export interface PilotTotals {
  kind: FinancialLineKind;
  currency: string;
  group: BeneficiaryGroup;
  amountMinor: string;
}

/**
 * Financial lines of pilots and the economics worked out from them. Lines are exact minor units
 * in the pilot's one currency; a line in another currency is refused, so a
 * pilot's totals never mix currencies. Ratios and per-participant figures are libs/workflow's.
 */
@Injectable()
export class PilotFinancialsService {
  constructor(
    private readonly db: Database,
    private readonly pilots: PilotsService,
  ) {}

  add(ctx: RequestContext, input: AddFinancialLineInput): Promise<FinancialLine> {
    return this.db.transaction(ctx, async (em) => {
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: input.pilotId });
      const currency =
        input.currency === undefined || input.currency === null ? pilot.currency : readCurrency(input.currency, 'input.currency');
      if (currency !== pilot.currency)
        throw BadInputError.field('input.currency', new MixedCurrencyError(pilot.currency, currency).message);
      const problems: FieldProblem[] = [];
      const amountMinor = readAmount(input.amount, currency, 'input.amount', problems);
      if (problems.length || amountMinor === null) throw new BadInputError(problems);
      const lines = this.db.tenant(ctx, PilotFinancialEntity);
      const line = await lines.save(
        lines.create({
          pilotId: pilot.id,
          kind: input.kind,
          amountMinor: amountMinor.toString(),
          currency,
          occurredOn: input.date,
          description: input.description?.trim() ?? '',
          beneficiaryGroup: input.beneficiaryGroup ?? defaultBeneficiaryGroup(input.kind),
        }),
      );
      await this.pilots.record(ctx, programme, 'FINANCIAL_LINE_ADDED', pilot, {
        lineId: line.id,
        kind: line.kind,
        amount: toMoney(amountMinor, currency).amount,
        currency,
        date: input.date,
      });
      return this.get(ctx, line.id);
    });
  }

  /** Removes a line; answers it as it was. */
  remove(ctx: RequestContext, input: RemoveFinancialLineInput): Promise<FinancialLine> {
    return this.db.transaction(ctx, async (em) => {
      const lines = this.db.tenant(ctx, PilotFinancialEntity);
      const found = await lines.get({ id: input.lineId }, 'Financial line');
      const { pilot, programme } = await this.pilots.lock(em, ctx, { pilotId: found.pilotId });
      const last = await this.get(ctx, found.id);
      if (!(await lines.delete({ id: found.id }))) throw new NotFoundError('Financial line', input.lineId);
      await this.pilots.record(ctx, programme, 'FINANCIAL_LINE_REMOVED', pilot, {
        lineId: found.id,
        kind: found.kind,
        amount: last.amount.amount,
        currency: found.currency,
      });
      return last;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<FinancialLine> {
    const [row] = await this.db.query<LineRow>(ctx, `SELECT ${LINE_COLUMNS} FROM pilot_financial WHERE organisation_id = $1 AND id = $2`, [
      ctx.tenantId,
      id,
    ]);
    if (!row) throw new NotFoundError('Financial line', id);
    return toLine(row);
  }

  async linePages(ctx: RequestContext, pilotIds: readonly string[], args: PageArgs): Promise<Map<string, Connection<FinancialLine>>> {
    const pages = await pagesByParent<LineRow>(
      this.db,
      ctx,
      { columns: LINE_COLUMNS, table: 'pilot_financial', parent: 'pilot_id', order: 'occurred_on ASC, created_at ASC, id ASC' },
      pilotIds,
      args,
    );
    return new Map(
      [...pages].map(([id, page]) => [
        id,
        { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toLine(edge.node) })) },
      ]),
    );
  }

  /** Each pilot's totals by kind, in one statement. */
  async totalsOf(ctx: RequestContext, pilotIds: readonly string[]): Promise<Map<string, PilotTotals[]>> {
    const totals = new Map<string, PilotTotals[]>(pilotIds.map((id) => [id, []]));
    if (!pilotIds.length) return totals;
    const rows = await this.db.query<PilotTotals & { pilotId: string }>(
      ctx,
      `SELECT pilot_id AS "pilotId", kind, currency, beneficiary_group AS "group", sum(amount_minor)::text AS "amountMinor"
         FROM pilot_financial WHERE organisation_id = $1 AND pilot_id = ANY($2::uuid[])
        GROUP BY pilot_id, kind, currency, beneficiary_group`,
      [ctx.tenantId, [...pilotIds]],
    );
    for (const { pilotId, ...row } of rows) totals.get(pilotId)?.push(row);
    return totals;
  }
}

/** A pilot's totals as libs/workflow reads them. */
export function groupedLines(totals: readonly PilotTotals[]): GroupedFinancialLine[] {
  return totals.map((t) => ({ kind: t.kind, amountMinor: BigInt(t.amountMinor), currency: t.currency, group: t.group }));
}

/**
 * The economics of a pilot from its totals, with money and metrics by beneficiary group:
 * libs/workflow does the arithmetic, exactly.
 */
export function economicsOf(
  pilot: Pick<Pilot, 'currency' | 'participantsReached'>,
  totals: readonly PilotTotals[],
  metrics: readonly GroupedMetric[] = [],
): PilotEconomics {
  const lines = groupedLines(totals);
  const summary = summariseEconomics(lines, pilot.participantsReached, pilot.currency);
  const money = (minor: bigint) => toMoney(minor, summary.currency);
  return {
    currency: summary.currency,
    totalCost: money(summary.totalCost),
    totalSavings: money(summary.totalSavings),
    totalWiderBenefits: money(summary.totalWiderBenefits),
    totalBenefits: money(summary.totalBenefits),
    netBenefit: money(summary.netBenefit),
    benefitCostRatio: summary.benefitCostRatio?.display ?? null,
    benefitCostRatioValue: summary.benefitCostRatio?.value ?? null,
    ratioNote: summary.ratioNote ?? null,
    participantsReached: pilot.participantsReached,
    costPerParticipant: toMoneyOrNull(summary.costPerParticipant, summary.currency),
    savingPerParticipant: toMoneyOrNull(summary.savingPerParticipant, summary.currency),
    benefitPerParticipant: toMoneyOrNull(summary.benefitPerParticipant, summary.currency),
    perParticipantNote: pilot.participantsReached
      ? null
      : 'No participants reached are recorded yet, so there are no per-participant figures.',
    benefitsByGroup: toGroupBenefits(benefitsByGroup(lines, metrics, summary.currency), summary.currency),
  };
}

function toLine(row: LineRow): FinancialLine {
  const { amountMinor, currency, ...rest } = row;
  return { ...rest, amount: toMoney(BigInt(amountMinor), currency) };
}
