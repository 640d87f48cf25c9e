import { useMemo } from 'react';
import { Chart } from '../../components/Chart';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import type { CoproductionMapQuery } from '../../gql/graphql';
import { LOCALE, t } from '../../i18n/i18n';
import { ALL_FORMS, MAIN_FORMS, parentOf } from './forms';
import { LookHereFirst } from './LookHereFirst';

const list = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });

export type CoproductionMapData = CoproductionMapQuery['coproductionMap'];

/** The map's cells: each area's count per form (the four forms). */
function cells(map: CoproductionMapData) {
  return map.areas.map((area) => ({
    area,
    counts: MAIN_FORMS.map((form) => area.forms.find((f) => f.form === form)?.initiativeCount ?? 0),
  }));
}

/** One or two sentences that say what the heat-map shows: totals, where most is, the most common form, and self-organisation apart. */
export function mapSummary(map: CoproductionMapData): string {
  const active = map.areas.filter((a) => a.serviceArea.active);
  const covered = map.areas.filter((a) => a.coproductionCount > 0);
  const self = map.selfOrganisedCount > 0 ? ` ${t('mapIt.chart.summarySelf', { count: map.selfOrganisedCount })}` : '';
  if (map.coproductionCount === 0) return `${t('mapIt.chart.summaryNone')}${self}`;
  const most = Math.max(...map.areas.map((a) => a.coproductionCount));
  const leaders = map.areas.filter((a) => a.coproductionCount === most).map((a) => a.serviceArea.name);
  const formCounts = MAIN_FORMS.map((form) => ({ form, count: map.forms.find((f) => f.form === form)?.initiativeCount ?? 0 }));
  const commonest = Math.max(...formCounts.map((f) => f.count));
  const commonForms = formCounts.filter((f) => f.count === commonest).map((f) => t(`mapIt.form.${f.form}`));
  const empty = active.filter((a) => a.coproductionCount === 0).map((a) => a.serviceArea.name);
  return (
    [
      t('mapIt.chart.summaryTotal', { count: map.coproductionCount, areas: covered.length, active: active.length }),
      leaders.length === 1
        ? t('mapIt.chart.summaryTop', { area: leaders[0], top: most })
        : leaders.length <= 3
          ? t('mapIt.chart.summaryTopShared', { areas: list.format(leaders), top: most })
          : t('mapIt.chart.summaryTopMany', { count: leaders.length, top: most }),
      commonForms.length === 1
        ? t('mapIt.chart.summaryForm', { form: commonForms[0], formCount: commonest })
        : t('mapIt.chart.summaryForms', { forms: list.format(commonForms), formCount: commonest }),
      empty.length ? t('mapIt.chart.summaryGaps', { areas: list.format(empty) }) : t('mapIt.chart.summaryNoGaps'),
    ].join(' ') + self
  );
}

/** The coproduction map as a heat-map: service areas down, the four forms across, the count in each cell. */
export function MapChartSection({ map, error, onRetry }: { map: CoproductionMapData | undefined; error?: unknown; onRetry: () => void }) {
  const option = useMemo(() => {
    if (!map) return null;
    const rows = cells(map);
    const max = Math.max(1, ...rows.flatMap((r) => r.counts));
    return {
      grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
      tooltip: { position: 'top' },
      xAxis: { type: 'category', data: MAIN_FORMS.map((f) => t(`mapIt.form.${f}`)), splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.area.serviceArea.name), splitArea: { show: true } },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        inRange: { color: ['#ffffff', '#9ec5e8', '#4f8fc9'] },
        text: [String(max), '0'],
      },
      series: [
        {
          name: t('mapIt.chart.seriesName'),
          type: 'heatmap',
          data: rows.flatMap((r, y) => r.counts.map((count, x) => [x, y, count])),
          label: { show: true, color: '#1b1f24' },
          itemStyle: { borderColor: '#c9cfd6', borderWidth: 1 },
        },
      ],
    };
  }, [map]);

  return (
    <section id="map-chart" aria-labelledby="map-chart-title" className="card stack map-section">
      <h2 id="map-chart-title">{t('mapIt.chart.title')}</h2>
      <p className="muted">{t('mapIt.chart.lead')}</p>
      {error && !map ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : !map || !option ? (
        <LoadingState />
      ) : map.coproductionCount === 0 && map.selfOrganisedCount === 0 ? (
        <>
          <LookHereFirst map={map} />
          <EmptyState title={t('mapIt.chart.empty')}>
            <p>{t('mapIt.chart.emptyHint')}</p>
          </EmptyState>
        </>
      ) : (
        <>
          <LookHereFirst map={map} />
          <Chart
            title={t('mapIt.chart.caption')}
            summary={mapSummary(map)}
            option={option}
            height={Math.max(220, 44 * map.areas.length + 110)}
            table={<MapTable map={map} />}
          />
          <SubFormTable map={map} />
        </>
      )}
    </section>
  );
}

function MapTable({ map }: { map: CoproductionMapData }) {
  return (
    <table className="table table--compact">
      <caption className="visually-hidden">{t('mapIt.chart.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mapIt.initiative.serviceArea')}</th>
          {MAIN_FORMS.map((f) => (
            <th key={f} scope="col" className="numeric">
              {t(`mapIt.form.${f}`)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('mapIt.chart.coproduction')}
          </th>
          <th scope="col" className="numeric">
            {t('mapIt.chart.selfOrganised')}
          </th>
          <th scope="col" className="numeric">
            {t('mapIt.chart.people')}
          </th>
        </tr>
      </thead>
      <tbody>
        {cells(map).map(({ area, counts }) => (
          <tr key={area.serviceArea.id}>
            <th scope="row">
              {area.serviceArea.name}
              {!area.serviceArea.active && <span className="tag">{t('mapIt.serviceArea.inactiveTag')}</span>}
            </th>
            {counts.map((count, i) => (
              <td key={MAIN_FORMS[i]} className="numeric">
                {count}
              </td>
            ))}
            <td className="numeric">{area.coproductionCount}</td>
            <td className="numeric">{area.selfOrganisedCount}</td>
            <td className="numeric">{area.peopleInvolved}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('mapIt.chart.allAreas')}</th>
          {MAIN_FORMS.map((f) => (
            <td key={f} className="numeric">
              {map.forms.find((x) => x.form === f)?.initiativeCount ?? 0}
            </td>
          ))}
          <td className="numeric">{map.coproductionCount}</td>
          <td className="numeric">{map.selfOrganisedCount}</td>
          <td className="numeric">{map.peopleInvolved}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The sub-forms, across all areas: the chart shows only the four forms. */
function SubFormTable({ map }: { map: CoproductionMapData }) {
  const subForms = ALL_FORMS.filter((f) => parentOf(f) !== f);
  return (
    <details className="map-subforms">
      <summary>{t('mapIt.chart.subForms')}</summary>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('mapIt.chart.subForms')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapIt.chart.subForm')}</th>
            <th scope="col">{t('mapIt.chart.ofForm')}</th>
            <th scope="col" className="numeric">
              {t('mapIt.chart.coproduction')}
            </th>
          </tr>
        </thead>
        <tbody>
          {subForms.map((f) => (
            <tr key={f}>
              <th scope="row">{t(`mapIt.form.${f}`)}</th>
              <td>{t(`mapIt.form.${parentOf(f)}`)}</td>
              <td className="numeric">{map.forms.find((x) => x.form === f)?.initiativeCount ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
