import { useId } from 'react';
import type { Formatter } from '../../format/format';
import type { GrowProgrammeEconomicsFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { BenefitsByGroup } from '../focus/EconomicsPanel';

const money = (value: { amount: string; currency: string }, format: Formatter) => format.money(Number(value.amount), value.currency);

/**
 * The programme's economics with the cost of growing counted (scaling plans and training), and who
 * gains: what a board weighs before scaling. Costs not yet recorded are said, never read as nothing
 * (libs/workflow/src/benefits.ts works the figures out; the notes come from there).
 */
export function ProgrammeEconomics({ economics: e, format }: { economics: GrowProgrammeEconomicsFragment; format: Formatter }) {
  const titleId = useId();
  const negative = Number(e.netBenefit.amount) < 0;
  return (
    <section className="grow__economics" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('growIt.economics.title')}</h2>
      <p className="hint">{t('growIt.economics.why')}</p>
      {e.pilotsCounted === 0 ? (
        <p className="muted">{t('growIt.economics.none', { currency: e.currency })}</p>
      ) : (
        <dl className="facts grow__figures">
          <dt>{t('growIt.economics.pilotCosts')}</dt>
          <dd>{money(e.pilotCosts, format)}</dd>
          <dt>{t('growIt.economics.scalingCosts')}</dt>
          <dd>{money(e.scalingCosts, format)}</dd>
          <dt>{t('growIt.economics.trainingCosts')}</dt>
          <dd>{money(e.trainingCosts, format)}</dd>
          <dt>{t('growIt.economics.totalCost')}</dt>
          <dd>
            <strong>{money(e.totalCost, format)}</strong>
          </dd>
          <dt>{t('growIt.economics.savings')}</dt>
          <dd>{money(e.savings, format)}</dd>
          <dt>{t('growIt.economics.widerBenefits')}</dt>
          <dd>{money(e.widerBenefits, format)}</dd>
          <dt>{t('growIt.economics.netBenefit')}</dt>
          <dd>
            {money(e.netBenefit, format)}
            {negative && <span className="muted"> {t('growIt.economics.netNegative')}</span>}
          </dd>
          <dt>{t('growIt.economics.ratio')}</dt>
          <dd>{e.benefitCostRatio ?? t('growIt.economics.noRatio')}</dd>
        </dl>
      )}
      {e.growthItemsWithoutCost > 0 && <p className="notice">{t('growIt.economics.uncosted')}</p>}
      {e.notes.length > 0 && (
        <ul className="grow__notes" aria-label={t('growIt.economics.notes')}>
          {e.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <BenefitsByGroup groups={e.benefitsByGroup} format={format} heading="h3" />
    </section>
  );
}
