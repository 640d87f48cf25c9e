import { createElement as h } from 'react';
import { COPRODUCTION_FORMS, type CoproductionMap, FORM_KEYS } from '@app/mapping';
import { axisLabel, Chart, chartSvg, INK } from './charts/chart';
import { plural, Section, table, Together } from './page';

/** The coproduction map in brief: areas down, the four forms across, as the web client's heat-map. */
export interface MapInBrief {
  forms: string[];
  areas: Array<{ name: string; counts: number[]; total: number }>;
  /** Per form across the areas, then every coproduction initiative once (an initiative may have several forms). */
  formTotals: number[];
  total: number;
  selfOrganised: number;
}

const MAIN_FORMS = FORM_KEYS.filter((form) => COPRODUCTION_FORMS[form].parent === null);

/** The map as libs/mapping's CoproductionMapService reads it (the one the web client's heat-map reads), in brief. */
export function mapInBrief(map: CoproductionMap): MapInBrief {
  const count = (forms: CoproductionMap['forms']) => MAIN_FORMS.map((form) => forms.find((f) => f.form === form)?.initiativeCount ?? 0);
  return {
    forms: MAIN_FORMS.map((form) => COPRODUCTION_FORMS[form].label),
    areas: map.areas.map((a) => ({ name: a.serviceArea.name, counts: count(a.forms), total: a.coproductionCount })),
    formTotals: count(map.forms),
    total: map.coproductionCount,
    selfOrganised: map.selfOrganisedCount,
  };
}

/** Areas × forms as a heat-map: the darker the cell, the more initiatives take that form there. */
export function mapHeatSvg(map: MapInBrief): string {
  // The first area at the top: ECharts draws a category axis from the bottom.
  const areas = [...map.areas].reverse();
  const most = Math.max(1, ...areas.flatMap((a) => a.counts));
  return chartSvg(640, 70 + 30 * areas.length, {
    grid: { left: 170, right: 10, top: 40, bottom: 10 },
    xAxis: { type: 'category', position: 'top', data: map.forms, axisLabel: { interval: 0 }, axisTick: { show: false } },
    yAxis: { type: 'category', data: areas.map((a) => axisLabel(a.name, 24)), axisTick: { show: false } },
    visualMap: { show: false, min: 0, max: most, inRange: { color: ['#ffffff', INK.light, INK.strong] } },
    series: [
      {
        type: 'heatmap',
        // White figures on the darker half of the scale, dark ones on the lighter.
        data: areas.flatMap((a, y) =>
          a.counts.map((n, x) => ({ value: [x, y, n], label: { color: n > most / 2 ? '#ffffff' : INK.text } })),
        ),
        label: { show: true },
        itemStyle: { borderColor: '#d0d0d0', borderWidth: 1 },
      },
    ],
  });
}

/** Where the map is busiest and emptiest, in one sentence: the heat-map's text alternative. */
export function mapHeatSummary(map: MapInBrief): string {
  const cells = map.areas.flatMap((a) => a.counts.map((n, i) => ({ area: a.name, form: map.forms[i], n })));
  const most = Math.max(...cells.map((c) => c.n));
  const busiest = cells.filter((c) => c.n === most);
  const named = busiest.slice(0, 3).map((c) => `${c.form.toLowerCase()} in ${c.area}`);
  const more = busiest.length > named.length ? ` and ${busiest.length - named.length} more` : '';
  const empty = map.areas.filter((a) => a.total === 0).map((a) => a.name);
  return (
    `Heat-map of ${plural(map.total, 'coproduction initiative')} across ${plural(map.areas.length, 'service area')} and the four forms; ` +
    `busiest (${most} each): ${named.join(', ')}${more}` +
    (empty.length ? `; nothing mapped yet in ${empty.join(', ')}.` : '.')
  );
}

/**
 * The map in brief as a table, with its heat-map above when `heatMap` is set: service areas down,
 * the four forms across, a count in each cell, totals at the foot.
 */
export function MapSection({ map, title, scope, heatMap = false }: { map: MapInBrief; title: string; scope: string; heatMap?: boolean }) {
  if (!map.total && !map.selfOrganised) return h(Section, { title }, h('p', null, `No initiatives are mapped yet in ${scope}.`));
  return h(
    Section,
    { title, keep: !heatMap },
    // The sentence stays with the heat-map it introduces.
    h(
      Together,
      null,
      h(
        'p',
        null,
        `${plural(map.total, 'coproduction initiative')} mapped in ${scope}, counted under each form it takes, so a row can add up to more than its total.`,
      ),
      heatMap && map.total
        ? h(Chart, { svg: mapHeatSvg(map), summary: mapHeatSummary(map), caption: 'The table below gives every count.' })
        : null,
    ),
    table(
      ['Service area', ...map.forms.map((form) => [form, 'number'] as const), ['Initiatives', 'number']],
      map.areas.map((area) => [area.name, ...area.counts, area.total]),
      { foot: ['All areas', ...map.formTotals, map.total], className: 'compact' },
    ),
    h(
      'p',
      { className: 'quiet' },
      'Source: the initiatives the organisation has recorded on its map in coprod. They are what staff and partners know of, not a census: residents report doing far more than services expect (Loeffler et al. 2008, cited in Bovaird & Loeffler).',
      map.selfOrganised ? ` Also ${plural(map.selfOrganised, 'self-organised initiative')}, kept out of these counts.` : '',
    ),
  );
}
