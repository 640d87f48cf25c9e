import { useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo } from 'react';
import { Button } from '../../components/Button';
import { Chart } from '../../components/Chart';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { BeneficiaryGroup, FocusMetricFragment, MetricDirection } from '../../gql/graphql';
import { BENEFICIARY_GROUPS } from './EconomicsPanel';
import { t } from '../../i18n/i18n';
import { ADD_PILOT_METRIC, RECORD_MEASUREMENT, REMOVE_MEASUREMENT } from './operations';

/** A signed decimal the API takes for metric values: "12", "-3.5". */
const VALUE = /^-?\d+(\.\d+)?$/;

export interface MetricsProps {
  pilotId: string;
  metrics: readonly FocusMetricFragment[];
  mayPlan: boolean;
  mayMeasure: boolean;
  format: Formatter;
  today: string;
  onChanged: () => void;
}

/** A pilot's outcome metrics: each with baseline and target, its measurements as a line chart and a table, and a form for the next one. */
export function Metrics({ pilotId, metrics, mayPlan, mayMeasure, format, today, onChanged }: MetricsProps) {
  return (
    <>
      <p>{t('focusIt.metrics.intro')}</p>
      {metrics.length === 0 ? (
        <EmptyState title={t('focusIt.metrics.empty')}>{mayPlan && <p>{t('focusIt.metrics.emptyHint')}</p>}</EmptyState>
      ) : (
        metrics.map((metric) => (
          <MetricCard key={metric.id} metric={metric} mayMeasure={mayMeasure} format={format} today={today} onChanged={onChanged} />
        ))
      )}
      {mayPlan && <AddMetric pilotId={pilotId} onChanged={onChanged} />}
    </>
  );
}

function num(value: string | null | undefined): number | null {
  return value == null ? null : Number(value);
}

/** Where a metric stands, in a sentence. */
function standing(metric: FocusMetricFragment, format: Formatter): string {
  const count = metric.measurements.totalCount;
  if (count === 0) return t('focusIt.metric.noMeasurements');
  const latest = metric.measurements.edges.at(-1)!.node;
  const parts = [
    t('focusIt.metric.latest', { value: format.number(Number(latest.value)), unit: metric.unit, date: format.day(latest.date) }),
  ];
  if (metric.changeFromBaseline != null) {
    const better = metric.improvement != null && metric.improvement > 0;
    const worse = metric.improvement != null && metric.improvement < 0;
    parts.push(
      t(better ? 'focusIt.metric.changeBetter' : worse ? 'focusIt.metric.changeWorse' : 'focusIt.metric.changeNone', {
        change: format.number(Math.abs(metric.changeFromBaseline)),
        unit: metric.unit,
      }),
    );
  }
  if (metric.progressToTarget != null) parts.push(t('focusIt.metric.progress', { percent: format.percent(metric.progressToTarget) }));
  return parts.join(' ');
}

function MetricCard({
  metric,
  mayMeasure,
  format,
  today,
  onChanged,
}: {
  metric: FocusMetricFragment;
  mayMeasure: boolean;
  format: Formatter;
  today: string;
  onChanged: () => void;
}) {
  const points = useMemo(() => metric.measurements.edges.map((e) => e.node), [metric.measurements]);
  const baseline = num(metric.baseline);
  const target = num(metric.target);
  const [remove] = useMutation(REMOVE_MEASUREMENT);
  const announce = useAnnounce();

  // A new object only when the figures change, so the chart is not redrawn on every render.
  const option = useMemo(() => {
    // Baseline and target as flat lines across the same dates, so the axis always takes them in.
    const flat = (value: number) => points.map(() => value);
    return {
      grid: { left: 56, right: 24, top: 48, bottom: 40 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: points.map((p) => format.day(p.date)), boundaryGap: false },
      yAxis: { type: 'value', name: metric.unit, scale: true },
      series: [
        {
          name: metric.name,
          type: 'line',
          data: points.map((p) => Number(p.value)),
          symbolSize: 8,
          lineStyle: { width: 3, color: '#0b4f8a' },
          itemStyle: { color: '#0b4f8a' },
        },
        ...(baseline != null
          ? [
              {
                name: t('focusIt.metric.baseline'),
                type: 'line',
                data: flat(baseline),
                symbol: 'none',
                lineStyle: { type: 'dashed', width: 2, color: '#4a5360' },
                itemStyle: { color: '#4a5360' },
              },
            ]
          : []),
        ...(target != null
          ? [
              {
                name: t('focusIt.metric.target'),
                type: 'line',
                data: flat(target),
                symbol: 'none',
                lineStyle: { type: 'dotted', width: 2, color: '#1d6b2f' },
                itemStyle: { color: '#1d6b2f' },
              },
            ]
          : []),
      ],
    };
  }, [points, baseline, target, metric.name, metric.unit, format]);

  const summary = useMemo(() => {
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return '';
    const base = baseline != null ? t('focusIt.chart.summaryBaseline', { value: format.number(baseline), unit: metric.unit }) : '';
    const goal = target != null ? t('focusIt.chart.summaryTarget', { value: format.number(target), unit: metric.unit }) : '';
    return [
      t('focusIt.chart.summary', {
        name: metric.name,
        count: points.length,
        first: format.day(first.date),
        last: format.day(last.date),
        from: format.number(Number(first.value)),
        to: format.number(Number(last.value)),
        unit: metric.unit,
      }),
      base,
      goal,
    ]
      .filter(Boolean)
      .join(' ');
  }, [points, baseline, target, metric.name, metric.unit, format]);

  const removeMeasurement = async (id: string) => {
    try {
      await remove({ variables: { input: { measurementId: id } } });
      announce(t('focusIt.measurement.removed'));
      onChanged();
    } catch {
      announce(t('focusIt.measurement.removeFailed'));
    }
  };

  return (
    <section className="card focus__metric" aria-labelledby={`metric-${metric.id}`}>
      <h4 id={`metric-${metric.id}`}>
        {metric.name} <span className="muted">({metric.unit})</span>
        {metric.onTrack != null && (
          <span className={metric.onTrack ? 'tag tag--good' : 'tag'}>
            {metric.onTrack ? t('focusIt.metric.onTrack') : t('focusIt.metric.offTrack')}
          </span>
        )}
      </h4>
      <dl className="facts">
        <dt>{t('focusIt.metric.direction')}</dt>
        <dd>{t(`focusIt.direction.${metric.direction}`)}</dd>
        <dt>{t('focusIt.group.label')}</dt>
        <dd>{t(`focusIt.group.${metric.beneficiaryGroup}`)}</dd>
        <dt>{t('focusIt.metric.baseline')}</dt>
        <dd>{baseline == null ? t('focusIt.metric.noBaseline') : `${format.number(baseline)} ${metric.unit}`}</dd>
        <dt>{t('focusIt.metric.target')}</dt>
        <dd>{target == null ? t('focusIt.metric.noTarget') : `${format.number(target)} ${metric.unit}`}</dd>
      </dl>
      <p>{standing(metric, format)}</p>
      {points.length > 0 && (
        <Chart
          title={t('focusIt.chart.title', { name: metric.name })}
          summary={summary}
          option={option}
          height={260}
          table={
            <table className="table table--compact">
              <caption className="visually-hidden">{t('focusIt.chart.tableCaption', { name: metric.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('focusIt.measurement.date')}</th>
                  <th scope="col" className="numeric">
                    {t('focusIt.measurement.value', { unit: metric.unit })}
                  </th>
                  <th scope="col" className="numeric">
                    {t('focusIt.measurement.vsBaseline')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {baseline != null && (
                  <tr>
                    <th scope="row">{t('focusIt.metric.baseline')}</th>
                    <td className="numeric">{format.number(baseline)}</td>
                    <td className="numeric">—</td>
                  </tr>
                )}
                {points.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{format.day(p.date)}</th>
                    <td className="numeric">{format.number(Number(p.value))}</td>
                    <td className="numeric">{baseline == null ? '—' : signed(Number(p.value) - baseline, format)}</td>
                  </tr>
                ))}
                {target != null && (
                  <tr>
                    <th scope="row">{t('focusIt.metric.target')}</th>
                    <td className="numeric">{format.number(target)}</td>
                    <td className="numeric">{baseline == null ? '—' : signed(target - baseline, format)}</td>
                  </tr>
                )}
              </tbody>
            </table>
          }
        />
      )}
      {mayMeasure && points.length > 0 && (
        <details className="focus__corrections">
          <summary>{t('focusIt.measurement.corrections')}</summary>
          <ul>
            {points.map((p) => (
              <li key={p.id}>
                {format.day(p.date)}: {format.number(Number(p.value))} {metric.unit}{' '}
                <Button
                  variant="link"
                  onClick={() => void removeMeasurement(p.id)}
                  aria-label={t('focusIt.measurement.remove', { date: format.day(p.date), value: p.value })}
                >
                  {t('focusIt.measurement.removeShort')}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {mayMeasure && <RecordMeasurement metric={metric} today={today} onChanged={onChanged} />}
    </section>
  );
}

function signed(value: number, format: Formatter): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded > 0 ? `+${format.number(rounded)}` : format.number(rounded);
}

function RecordMeasurement({ metric, today, onChanged }: { metric: FocusMetricFragment; today: string; onChanged: () => void }) {
  const draft = useDraft(`measure-${metric.id}`, { date: today, value: '' });
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [record, { loading }] = useMutation(RECORD_MEASUREMENT);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.values.date) local.date = t('focusIt.measurement.dateMissing');
    if (!VALUE.test(draft.values.value.trim())) local.value = t('focusIt.measurement.valueInvalid');
    if (Object.keys(local).length) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    try {
      await record({ variables: { input: { metricId: metric.id, date: draft.values.date, value: draft.values.value.trim() } } });
      draft.replace({ date: draft.values.date, value: '' });
      errors.clear();
      announce(t('focusIt.measurement.recorded', { name: metric.name }));
      onChanged();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="focus__inline-form"
      aria-label={t('focusIt.measurement.formLabel', { name: metric.name })}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <div className="focus__pair">
        <Field
          label={t('focusIt.measurement.date')}
          type="date"
          name="date"
          value={draft.values.date}
          max={today}
          onChange={(e) => draft.set('date', e.target.value)}
          error={errors.field('date')}
          required
        />
        <Field
          label={t('focusIt.measurement.value', { unit: metric.unit })}
          name="value"
          inputMode="decimal"
          value={draft.values.value}
          onChange={(e) => draft.set('value', e.target.value)}
          error={errors.field('value')}
          required
        />
      </div>
      <div className="actions">
        <Button type="submit" busy={loading}>
          {t('focusIt.measurement.submit')}
        </Button>
      </div>
    </form>
  );
}

interface MetricDraft {
  name: string;
  unit: string;
  direction: MetricDirection | '';
  group: BeneficiaryGroup;
  baseline: string;
  target: string;
}

function AddMetric({ pilotId, onChanged }: { pilotId: string; onChanged: () => void }) {
  const draft = useDraft<MetricDraft>(`metric-${pilotId}`, {
    name: '',
    unit: '',
    direction: '',
    group: 'SERVICE_USERS',
    baseline: '',
    target: '',
  });
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_PILOT_METRIC);
  const v = draft.values;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!v.name.trim()) local.name = t('focusIt.metric.nameMissing');
    if (!v.unit.trim()) local.unit = t('focusIt.metric.unitMissing');
    if (!v.direction) local.direction = t('focusIt.metric.directionMissing');
    if (v.baseline.trim() && !VALUE.test(v.baseline.trim())) local.baseline = t('focusIt.measurement.valueInvalid');
    if (v.target.trim() && !VALUE.test(v.target.trim())) local.target = t('focusIt.measurement.valueInvalid');
    if (Object.keys(local).length) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    try {
      await add({
        variables: {
          input: {
            pilotId,
            name: v.name.trim(),
            unit: v.unit.trim(),
            direction: v.direction as MetricDirection,
            beneficiaryGroup: v.group,
            baseline: v.baseline.trim() || undefined,
            target: v.target.trim() || undefined,
          },
        },
      });
      draft.clear();
      errors.clear();
      announce(t('focusIt.metric.added', { name: v.name.trim() }));
      onChanged();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <section className="card focus__form" aria-labelledby="add-metric-title">
      <h4 id="add-metric-title">{t('focusIt.metric.addTitle')}</h4>
      <p className="hint">{t('focusIt.metric.addHint')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="add-metric-title">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <div className="focus__pair">
          <Field
            label={t('focusIt.metric.name')}
            hint={t('focusIt.metric.nameHint')}
            name="name"
            value={v.name}
            onChange={(e) => draft.set('name', e.target.value)}
            error={errors.field('name')}
            required
          />
          <Field
            label={t('focusIt.metric.unit')}
            hint={t('focusIt.metric.unitHint')}
            name="unit"
            value={v.unit}
            onChange={(e) => draft.set('unit', e.target.value)}
            error={errors.field('unit')}
            required
          />
        </div>
        <SelectField
          label={t('focusIt.metric.direction')}
          name="direction"
          value={v.direction}
          onChange={(e) => draft.set('direction', e.target.value as MetricDirection | '')}
          error={errors.field('direction')}
          required
        >
          <option value="">{t('focusIt.metric.chooseDirection')}</option>
          <option value="LOWER_IS_BETTER">{t('focusIt.direction.LOWER_IS_BETTER')}</option>
          <option value="HIGHER_IS_BETTER">{t('focusIt.direction.HIGHER_IS_BETTER')}</option>
        </SelectField>
        <SelectField
          label={t('focusIt.group.label')}
          hint={t('focusIt.group.hint')}
          name="beneficiaryGroup"
          value={v.group}
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
            label={t('focusIt.metric.baseline')}
            hint={t('focusIt.metric.baselineHint')}
            name="baseline"
            inputMode="decimal"
            value={v.baseline}
            onChange={(e) => draft.set('baseline', e.target.value)}
            error={errors.field('baseline')}
          />
          <Field
            label={t('focusIt.metric.target')}
            hint={t('focusIt.metric.targetHint')}
            name="target"
            inputMode="decimal"
            value={v.target}
            onChange={(e) => draft.set('target', e.target.value)}
            error={errors.field('target')}
          />
        </div>
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('focusIt.metric.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
