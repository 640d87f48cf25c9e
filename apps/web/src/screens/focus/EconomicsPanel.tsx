import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import type { Formatter } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type {
  BeneficiaryGroup,
  EconomicsPilotFragment,
  EconomicsReferenceCaseFragment,
  FinancialLineKind,
  GroupBenefitsFieldsFragment,
} from '../../gql/graphql';
import { type MessageKey, t } from '../../i18n/i18n';
import { ADD_FINANCIAL_LINE, REMOVE_FINANCIAL_LINE } from './operations';
import { DECIMAL } from './PilotFields';

type Money = { amount: string; currency: string };

/** The five groups in the order the API lists them; a line or metric names one. */
export const BENEFICIARY_GROUPS: readonly BeneficiaryGroup[] = ['SERVICE_USERS', 'CITIZENS', 'FRONTLINE_STAFF', 'MANAGERS', 'POLITICIANS'];

/** The group a new line is for until someone chooses: what the server would pick (savings land with managers). */
export function defaultGroup(kind: FinancialLineKind | ''): BeneficiaryGroup {
  return kind === 'SAVING' ? 'MANAGERS' : 'SERVICE_USERS';
}

export interface EconomicsPanelProps {
  pilot: EconomicsPilotFragment;
  referenceCases: readonly EconomicsReferenceCaseFragment[];
  /** May add and remove costs and savings (Action.PLAN). */
  mayPlan: boolean;
  format: Formatter;
  today: string;
  onChanged?: () => void;
}

const money = (value: Money | null | undefined, format: Formatter) => (value ? format.money(Number(value.amount), value.currency) : '—');

/**
 * How to read a ratio of `value` : 1 in a sentence: what one unit of money spent brought back.
 * Above 1 the benefits outweigh the cost, below 1 they fall short.
 */
export function readRatio(value: string, currency: string, format: Formatter): string {
  const ratio = Number(value);
  const params = { one: format.money(1, currency), back: format.money(ratio, currency) };
  if (ratio > 1) return t('focusIt.economics.read.above', params);
  if (ratio === 1) return t('focusIt.economics.read.even', params);
  return t('focusIt.economics.read.below', params);
}

/**
 * A pilot's economics (costs, savings, wider benefits, net benefit, benefit-cost ratio, per
 * participant) beside the published reference cases, each with its citation and how its ratio may be
 * read; and the financial lines the figures are worked out from.
 */
export function EconomicsPanel({ pilot, referenceCases, mayPlan, format, today, onChanged }: EconomicsPanelProps) {
  const e = pilot.economics;
  const lines = pilot.financialLines.edges.map((edge) => edge.node);
  const negative = Number(e.netBenefit.amount) < 0;
  return (
    <div className="economics">
      <div className="economics__pilot">
        <h4>{t('focusIt.economics.pilotTitle')}</h4>
        <dl className="facts economics__figures">
          <dt>{t('focusIt.economics.totalCost')}</dt>
          <dd>{money(e.totalCost, format)}</dd>
          <dt>{t('focusIt.economics.savings')}</dt>
          <dd>{money(e.totalSavings, format)}</dd>
          <dt>{t('focusIt.economics.widerBenefits')}</dt>
          <dd>{money(e.totalWiderBenefits, format)}</dd>
          <dt>{t('focusIt.economics.totalBenefits')}</dt>
          <dd>{money(e.totalBenefits, format)}</dd>
          <dt>{t('focusIt.economics.netBenefit')}</dt>
          <dd>
            {money(e.netBenefit, format)}
            {negative && <span className="muted"> {t('focusIt.economics.netNegative')}</span>}
          </dd>
          <dt>{t('focusIt.economics.ratio')}</dt>
          <dd>
            <strong>{e.benefitCostRatio ?? t('focusIt.economics.noRatio')}</strong>
            {e.benefitCostRatioValue && <p className="economics__reading">{readRatio(e.benefitCostRatioValue, e.currency, format)}</p>}
            {e.ratioNote && <p className="muted">{e.ratioNote}</p>}
          </dd>
        </dl>
        <h5>{t('focusIt.economics.perParticipant', { count: e.participantsReached ?? 0 })}</h5>
        {e.participantsReached ? (
          <dl className="facts economics__figures">
            <dt>{t('focusIt.economics.costPer')}</dt>
            <dd>{money(e.costPerParticipant, format)}</dd>
            <dt>{t('focusIt.economics.savingPer')}</dt>
            <dd>{money(e.savingPerParticipant, format)}</dd>
            <dt>{t('focusIt.economics.benefitPer')}</dt>
            <dd>{money(e.benefitPerParticipant, format)}</dd>
          </dl>
        ) : (
          <p className="muted">{e.perParticipantNote ?? t('focusIt.economics.noParticipants')}</p>
        )}
        <BenefitsByGroup groups={e.benefitsByGroup} format={format} />
        <Lines pilot={pilot} lines={lines} mayPlan={mayPlan} format={format} onChanged={onChanged} />
        {mayPlan && <AddLine pilotId={pilot.id} currency={pilot.currency} today={today} onChanged={onChanged} />}
      </div>
      <div className="economics__references">
        <h4>{t('focusIt.economics.referencesTitle')}</h4>
        <div className="notice">
          <p>{t('focusIt.economics.howToRead.example', { one: format.money(1, e.currency), back: format.money(1.3, e.currency) })}</p>
          <p>{t('focusIt.economics.howToRead.notComparable')}</p>
        </div>
        <ul className="economics__cases" aria-label={t('focusIt.economics.referencesTitle')}>
          {referenceCases.map((c) => (
            <ReferenceCaseCard key={c.id} referenceCase={c} format={format} />
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Who gains: each group's metrics and money, so the case is not read as money alone. `heading` fits
 * the title into the page's outline (under a pilot's h4, or a Grow it section's h2).
 */
export function BenefitsByGroup({
  groups,
  format,
  heading: Heading = 'h5',
}: {
  groups: readonly GroupBenefitsFieldsFragment[];
  format: Formatter;
  heading?: 'h3' | 'h5';
}) {
  const titleId = useId();
  const recorded = groups.filter((g) => g.metrics.length > 0 || Number(g.benefits.amount) !== 0 || Number(g.costs.amount) !== 0);
  return (
    <section aria-labelledby={titleId}>
      <Heading id={titleId}>{t('focusIt.groups.title')}</Heading>
      {recorded.length === 0 ? (
        <p className="muted">{t('focusIt.groups.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('focusIt.groups.intro')}</p>
          <table className="table table--compact">
            <caption className="visually-hidden">{t('focusIt.groups.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('focusIt.groups.group')}</th>
                <th scope="col">{t('focusIt.groups.metrics')}</th>
                <th scope="col" className="numeric">
                  {t('focusIt.groups.benefits')}
                </th>
                <th scope="col" className="numeric">
                  {t('focusIt.groups.costs')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.group}>
                  <th scope="row">
                    {t(`focusIt.group.${g.group}`)}
                    <span className="muted"> ({g.typicalGain})</span>
                  </th>
                  <td>{g.metrics.length ? g.metrics.join('; ') : t('focusIt.groups.noMetrics')}</td>
                  <td className="numeric">{money(g.benefits, format)}</td>
                  <td className="numeric">{money(g.costs, format)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Lines({
  lines,
  mayPlan,
  format,
  onChanged,
}: {
  pilot: EconomicsPilotFragment;
  lines: EconomicsPilotFragment['financialLines']['edges'][number]['node'][];
  mayPlan: boolean;
  format: Formatter;
  onChanged?: () => void;
}) {
  const [remove] = useMutation(REMOVE_FINANCIAL_LINE);
  const announce = useAnnounce();
  if (lines.length === 0) return <p className="muted">{t('focusIt.economics.noLines')}</p>;
  return (
    <table className="table table--compact">
      <caption>{t('focusIt.economics.linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('focusIt.line.date')}</th>
          <th scope="col">{t('focusIt.line.kind')}</th>
          <th scope="col">{t('focusIt.group.label')}</th>
          <th scope="col">{t('focusIt.line.descriptionColumn')}</th>
          <th scope="col" className="numeric">
            {t('focusIt.line.amount')}
          </th>
          {mayPlan && (
            <th scope="col">
              <span className="visually-hidden">{t('focusIt.line.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <td>{format.day(line.date)}</td>
            <td>{t(`focusIt.line.kind.${line.kind}`)}</td>
            <td>{t(`focusIt.group.${line.beneficiaryGroup}`)}</td>
            <td>{line.description || '—'}</td>
            <td className="numeric">{money(line.amount, format)}</td>
            {mayPlan && (
              <td>
                <Button
                  variant="link"
                  aria-label={t('focusIt.line.remove', {
                    kind: t(`focusIt.line.kind.${line.kind}`),
                    amount: money(line.amount, format),
                    date: format.day(line.date),
                  })}
                  onClick={async () => {
                    try {
                      await remove({ variables: { input: { lineId: line.id } } });
                      announce(t('focusIt.line.removed'));
                      onChanged?.();
                    } catch {
                      announce(t('focusIt.line.removeFailed'));
                    }
                  }}
                >
                  {t('focusIt.line.removeShort')}
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface LineDraft {
  kind: FinancialLineKind | '';
  /** Empty until chosen: then the kind's default is sent, as the hint says. */
  group: BeneficiaryGroup | '';
  amount: string;
  date: string;
  description: string;
}

function AddLine({ pilotId, currency, today, onChanged }: { pilotId: string; currency: string; today: string; onChanged?: () => void }) {
  const titleId = useId();
  const draft = useDraft<LineDraft>(`line-${pilotId}`, { kind: '', group: '', amount: '', date: today, description: '' });
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_FINANCIAL_LINE);
  const v = draft.values;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!v.kind) local.kind = t('focusIt.line.kindMissing');
    if (!DECIMAL.test(v.amount.trim())) local.amount = t('focusIt.money.invalid');
    if (!v.date) local.date = t('focusIt.line.dateMissing');
    if (Object.keys(local).length) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    try {
      await add({
        variables: {
          input: {
            pilotId,
            kind: v.kind as FinancialLineKind,
            amount: v.amount.trim(),
            date: v.date,
            description: v.description.trim() || undefined,
            beneficiaryGroup: v.group || defaultGroup(v.kind),
          },
        },
      });
      draft.clear();
      errors.clear();
      announce(t('focusIt.line.added'));
      onChanged?.();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <section className="focus__form" aria-labelledby={titleId}>
      <h5 id={titleId}>{t('focusIt.line.addTitle')}</h5>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <SelectField
          label={t('focusIt.line.kind')}
          hint={t('focusIt.line.kindHint')}
          name="kind"
          value={v.kind}
          onChange={(e) => draft.set('kind', e.target.value as FinancialLineKind | '')}
          error={errors.field('kind')}
          required
        >
          <option value="">{t('focusIt.line.chooseKind')}</option>
          {(['COST', 'SAVING', 'WIDER_BENEFIT'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`focusIt.line.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('focusIt.group.label')}
          hint={t('focusIt.group.hint')}
          name="beneficiaryGroup"
          value={v.group || defaultGroup(v.kind)}
          onChange={(e) => draft.set('group', e.target.value as BeneficiaryGroup)}
          error={errors.field('beneficiaryGroup')}
        >
          {BENEFICIARY_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`focusIt.group.${g}`)}
            </option>
          ))}
        </SelectField>
        <div className="focus__pair">
          <Field
            label={t('focusIt.line.amountIn', { currency })}
            hint={t('focusIt.money.hint')}
            name="amount"
            inputMode="decimal"
            value={v.amount}
            onChange={(e) => draft.set('amount', e.target.value)}
            error={errors.field('amount')}
            required
          />
          <Field
            label={t('focusIt.line.date')}
            type="date"
            name="date"
            value={v.date}
            onChange={(e) => draft.set('date', e.target.value)}
            error={errors.field('date')}
            required
          />
        </div>
        <Field
          label={t('focusIt.line.description')}
          name="description"
          value={v.description}
          onChange={(e) => draft.set('description', e.target.value)}
          error={errors.field('description')}
        />
        <div className="actions">
          <Button type="submit" busy={loading}>
            {t('focusIt.line.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function figure(f: EconomicsReferenceCaseFragment['costPerPerson'], format: Formatter): string | null {
  if (!f) return null;
  return t(`focusIt.qualifier.${f.qualifier}` as MessageKey, {
    amount: format.money(Number(f.amount.amount), f.amount.currency),
    per: f.per,
  });
}

function ReferenceCaseCard({ referenceCase: c, format }: { referenceCase: EconomicsReferenceCaseFragment; format: Formatter }) {
  const titleId = useId();
  const cost = figure(c.costPerPerson, format);
  const benefit = figure(c.benefitPerPerson, format);
  const currency = c.costPerPerson?.amount.currency ?? c.benefitPerPerson?.amount.currency ?? 'GBP';
  return (
    <li className="card economics__case" aria-labelledby={titleId}>
      <h5 id={titleId}>{c.title}</h5>
      <p>{c.summary}</p>
      <dl className="facts">
        <dt>{t('focusIt.reference.measured')}</dt>
        <dd>{c.measured}</dd>
        <dt>{t('focusIt.reference.period')}</dt>
        <dd>{c.period}</dd>
        {cost && (
          <>
            <dt>{t('focusIt.reference.cost')}</dt>
            <dd>{cost}</dd>
          </>
        )}
        {benefit && (
          <>
            <dt>{t('focusIt.reference.benefit')}</dt>
            <dd>{benefit}</dd>
          </>
        )}
        {c.outcomes.map((o) => (
          <OutcomeFact key={o.measure} outcome={o} format={format} />
        ))}
        <dt>{t('focusIt.reference.ratio')}</dt>
        <dd>
          {c.publishedRatio ? (
            <>
              <strong>{c.publishedRatio.display}</strong> <span className="muted">{t('focusIt.reference.published')}</span>
              <p className="economics__reading">
                {c.publishedRatio.low === c.publishedRatio.high
                  ? t('focusIt.reference.readPublished', {
                      one: format.money(1, currency),
                      back: format.money(c.publishedRatio.low, currency),
                    })
                  : t('focusIt.reference.readPublishedRange', {
                      one: format.money(1, currency),
                      low: format.money(c.publishedRatio.low, currency),
                      high: format.money(c.publishedRatio.high, currency),
                    })}
              </p>
            </>
          ) : c.computedRatio ? (
            <>
              <strong>{c.computedRatio.display}</strong>{' '}
              <span className="muted">{t(`focusIt.reading.${c.computedRatio.reading}` as MessageKey)}</span>
              <p className="economics__reading">
                {t('focusIt.reference.readComputed', {
                  one: format.money(1, currency),
                  how: t(`focusIt.readingWord.${c.computedRatio.reading}` as MessageKey),
                  back: format.money(Number(c.computedRatio.value), currency),
                })}
              </p>
              <p className="muted">{c.computedRatio.note}</p>
            </>
          ) : (
            <span className="muted">{t('focusIt.reference.noRatio')}</span>
          )}
        </dd>
        <dt>{t('focusIt.reference.source')}</dt>
        <dd>
          <cite>{c.citation}</cite>
        </dd>
      </dl>
    </li>
  );
}

function OutcomeFact({ outcome, format }: { outcome: EconomicsReferenceCaseFragment['outcomes'][number]; format: Formatter }) {
  return (
    <>
      <dt>{outcome.measure}</dt>
      <dd>
        {outcome.percentChange != null && t('focusIt.reference.change', { percent: format.percent(outcome.percentChange / 100) })}
        {outcome.before &&
          outcome.after &&
          t('focusIt.reference.beforeAfter', {
            before: `${format.number(outcome.before.value)} ${outcome.before.unit}`,
            beforeYear: outcome.before.year,
            after: `${format.number(outcome.after.value)} ${outcome.after.unit}`,
            afterYear: outcome.after.year,
          })}
        {outcome.period && <span className="muted"> ({outcome.period})</span>}
        {outcome.comparison && (
          <span>
            {' '}
            {t('focusIt.reference.comparison', {
              label: outcome.comparison.label,
              percent: format.percent(outcome.comparison.percentChange / 100),
            })}
          </span>
        )}
      </dd>
    </>
  );
}
