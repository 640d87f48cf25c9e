import { t } from '../../i18n/i18n';
import type { CoproductionMapData } from './MapChartSection';

/**
 * Where the latest residents' survey found much activity and the map little (the rule is
 * libs/workflow's hidden-coproduction.ts). Nothing at all when no area has a survey to compare
 * with: the map says nothing rather than guess.
 */
export function LookHereFirst({ map }: { map: CoproductionMapData }) {
  const compared = map.areas.filter((a) => a.hiddenCoproduction);
  if (compared.length === 0) return null;
  const survey = compared[0].hiddenCoproduction!.surveyTitle;
  const flagged = compared.filter((a) => a.hiddenCoproduction!.lookHereFirst);
  if (flagged.length === 0) return <p className="muted">{t('mapIt.lookHere.none', { survey })}</p>;
  return (
    <div className="notice stack" role="note" aria-labelledby="look-here-first-title">
      <h3 id="look-here-first-title">{t('mapIt.lookHere.title')}</h3>
      <p>{t('mapIt.lookHere.lead', { survey })}</p>
      <ul>
        {flagged.map((a) => {
          const s = a.hiddenCoproduction!;
          return (
            <li key={a.serviceArea.id}>
              {t('mapIt.lookHere.item', {
                area: a.serviceArea.name,
                share: Math.round(s.oftenShare * 100),
                respondents: s.respondents,
                count: s.mappedInitiatives,
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
