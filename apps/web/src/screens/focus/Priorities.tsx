import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { FocusCriterionFragment, FocusPriorityAreaFragment } from '../../gql/graphql';
import { type MessageKey, t } from '../../i18n/i18n';
import { CREATE_PRIORITY_AREA, SCORE_PRIORITY_AREA, SELECT_PRIORITY_AREA } from './operations';

export const CRITERIA = ['need', 'feasibility', 'appetite', 'impact'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** How far the room disagrees on a criterion, in words: from the population standard deviation of 1–5 scores. */
export function agreement(score: FocusCriterionFragment): MessageKey | null {
  if (score.standardDeviation == null) return null;
  if (score.standardDeviation < 0.5) return 'focusIt.spread.agree';
  if (score.standardDeviation < 1) return 'focusIt.spread.some';
  return 'focusIt.spread.split';
}

export interface PrioritiesProps {
  programmeId: string;
  areas: readonly FocusPriorityAreaFragment[];
  serviceAreas: ReadonlyArray<{ id: string; name: string; active: boolean }>;
  /** May propose and score areas (Action.PLAN). */
  mayPlan: boolean;
  /** May choose areas for piloting (Action.DECIDE_AND_PUBLISH). */
  mayChoose: boolean;
  format: Formatter;
  onChanged: () => void;
}

/**
 * The programme's candidate service areas, ranked as the API ranks them, each with the room's
 * scores (mean, lowest–highest, spread), the caller's own, and whether it is chosen for piloting.
 */
export function Priorities({ programmeId, areas, serviceAreas, mayPlan, mayChoose, format, onChanged }: PrioritiesProps) {
  const proposed = new Set(areas.map((a) => a.serviceAreaId));
  const available = serviceAreas.filter((s) => s.active && !proposed.has(s.id));
  const chosen = areas.filter((a) => a.selected);
  return (
    <>
      <div className="focus__explain">
        <p>{t('focusIt.priorities.intro')}</p>
        <details>
          <summary>{t('focusIt.priorities.howRanked')}</summary>
          <ul>
            <li>{t('focusIt.priorities.how.score')}</li>
            <li>{t('focusIt.priorities.how.overall')}</li>
            <li>{t('focusIt.priorities.how.order')}</li>
            <li>{t('focusIt.priorities.how.spread')}</li>
          </ul>
        </details>
      </div>
      {!mayPlan && <p className="muted">{t('focusIt.priorities.readOnly')}</p>}
      {mayPlan && !mayChoose && <p className="muted">{t('focusIt.priorities.noChoosing')}</p>}
      {mayPlan && available.length > 0 && <ProposeArea programmeId={programmeId} available={available} onChanged={onChanged} />}
      <p role="status" className="focus__chosen">
        {chosen.length === 0
          ? t('focusIt.priorities.noneChosen')
          : t('focusIt.priorities.chosen', { count: chosen.length, names: chosen.map((a) => a.serviceAreaName).join(', ') })}
      </p>
      {areas.length === 0 ? (
        <EmptyState title={t('focusIt.priorities.empty')}>{mayPlan && <p>{t('focusIt.priorities.emptyHint')}</p>}</EmptyState>
      ) : (
        <ol className="focus__areas" aria-label={t('focusIt.priorities.ranked')}>
          {areas.map((area, index) => (
            <AreaCard
              key={area.id}
              area={area}
              rank={index + 1}
              mayPlan={mayPlan}
              mayChoose={mayChoose}
              format={format}
              onChanged={onChanged}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function ProposeArea({
  programmeId,
  available,
  onChanged,
}: {
  programmeId: string;
  available: ReadonlyArray<{ id: string; name: string }>;
  onChanged: () => void;
}) {
  const draft = useDraft('propose-area', { serviceAreaId: '', rationale: '' });
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [create, { loading }] = useMutation(CREATE_PRIORITY_AREA);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.values.serviceAreaId) {
      errors.setLocal({ serviceAreaId: t('focusIt.propose.chooseArea') }, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: { programmeId, serviceAreaId: draft.values.serviceAreaId, rationale: draft.values.rationale.trim() || undefined },
        },
      });
      draft.clear();
      errors.clear();
      announce(t('focusIt.propose.done', { name: data?.createPriorityArea.serviceAreaName ?? '' }));
      onChanged();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <details className="card focus__form">
      <summary>{t('focusIt.propose.open')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('focusIt.propose.title')}>
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <SelectField
          label={t('focusIt.propose.serviceArea')}
          name="serviceAreaId"
          value={draft.values.serviceAreaId}
          onChange={(e) => draft.set('serviceAreaId', e.target.value)}
          error={errors.field('serviceAreaId')}
          required
        >
          <option value="">{t('focusIt.propose.choose')}</option>
          {available.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('focusIt.propose.rationale')}
          hint={t('focusIt.propose.rationaleHint')}
          name="rationale"
          value={draft.values.rationale}
          onChange={(e) => draft.set('rationale', e.target.value)}
          error={errors.field('rationale')}
          rows={2}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('focusIt.propose.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function AreaCard({
  area,
  rank,
  mayPlan,
  mayChoose,
  format,
  onChanged,
}: {
  area: FocusPriorityAreaFragment;
  rank: number;
  mayPlan: boolean;
  mayChoose: boolean;
  format: Formatter;
  onChanged: () => void;
}) {
  const titleId = useId();
  const [scoring, setScoring] = useState(false);
  const scoreButtonId = useId();
  const announce = useAnnounce();
  const chooseErrors = useFormErrors();
  const [select, { loading: choosing }] = useMutation(SELECT_PRIORITY_AREA);
  const choose = async () => {
    try {
      await select({ variables: { input: { priorityAreaId: area.id, selected: !area.selected, version: area.version } } });
      chooseErrors.clear();
      announce(t(area.selected ? 'focusIt.area.unchosen' : 'focusIt.area.chosenNow', { name: area.serviceAreaName }));
      onChanged();
    } catch (error) {
      chooseErrors.fromError(error);
      onChanged();
    }
  };
  const closeScoring = () => {
    setScoring(false);
    requestAnimationFrame(() => document.getElementById(scoreButtonId)?.focus());
  };

  return (
    <li className={area.selected ? 'card focus__area focus__area--chosen' : 'card focus__area'} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {/* Unscored areas have no place in the ranking yet. */}
        {area.overallScore != null && (
          <>
            <span className="focus__rank">{t('focusIt.area.rank', { rank })}</span>{' '}
          </>
        )}
        {area.serviceAreaName}
        {area.selected && <span className="tag tag--chosen">{t('focusIt.area.chosenTag')}</span>}
      </h3>
      {area.rationale && <p>{area.rationale}</p>}
      <p className="focus__overall">
        {area.overallScore == null
          ? t('focusIt.area.unscored')
          : t('focusIt.area.overall', { score: format.number(area.overallScore), count: area.scorers })}
      </p>
      {area.scorers > 0 && (
        <table className="table table--compact">
          <caption className="visually-hidden">{t('focusIt.area.tableCaption', { name: area.serviceAreaName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('focusIt.area.criterion')}</th>
              <th scope="col" className="numeric">
                {t('focusIt.area.mean')}
              </th>
              <th scope="col" className="numeric">
                {t('focusIt.area.range')}
              </th>
              <th scope="col" className="numeric">
                {t('focusIt.area.sd')}
              </th>
              <th scope="col">{t('focusIt.area.agreement')}</th>
              <th scope="col" className="numeric">
                {t('focusIt.area.yours')}
              </th>
            </tr>
          </thead>
          <tbody>
            {CRITERIA.map((criterion) => {
              const score = area[criterion];
              const words = agreement(score);
              return (
                <tr key={criterion}>
                  <th scope="row">{t(`focusIt.criterion.${criterion}`)}</th>
                  <td className="numeric">{score.mean == null ? '—' : format.number(score.mean)}</td>
                  <td className="numeric">
                    {score.min == null ? '—' : t('focusIt.area.rangeValue', { min: score.min, max: score.max ?? score.min })}
                  </td>
                  <td className="numeric">{score.standardDeviation == null ? '—' : format.number(score.standardDeviation)}</td>
                  <td>{words ? t(words) : '—'}</td>
                  <td className="numeric">{area.myScores ? area.myScores[criterion] : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {chooseErrors.summary && (
        <p className="field__error" role="alert">
          {chooseErrors.summary}
        </p>
      )}
      {scoring ? (
        <ScoreForm area={area} onDone={() => (closeScoring(), onChanged())} onCancel={closeScoring} />
      ) : (
        (mayPlan || mayChoose) && (
          <div className="actions">
            {mayPlan && (
              <Button id={scoreButtonId} onClick={() => setScoring(true)} aria-describedby={titleId}>
                {area.myScores ? t('focusIt.area.rescore') : t('focusIt.area.score')}
              </Button>
            )}
            {mayChoose && (
              <Button
                variant={area.selected ? 'secondary' : 'primary'}
                busy={choosing}
                onClick={() => void choose()}
                aria-describedby={titleId}
              >
                {area.selected ? t('focusIt.area.unchoose') : t('focusIt.area.choose')}
              </Button>
            )}
          </div>
        )
      )}
    </li>
  );
}

type Sheet = Record<Criterion, string>;

function ScoreForm({ area, onDone, onCancel }: { area: FocusPriorityAreaFragment; onDone: () => void; onCancel: () => void }) {
  const mine = area.myScores;
  const draft = useDraft<Sheet>(`score-${area.id}`, {
    need: mine ? String(mine.need) : '',
    feasibility: mine ? String(mine.feasibility) : '',
    appetite: mine ? String(mine.appetite) : '',
    impact: mine ? String(mine.impact) : '',
  });
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const [score, { loading }] = useMutation(SCORE_PRIORITY_AREA);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      CRITERIA.filter((c) => !draft.values[c]).map((c) => [c, t('focusIt.score.missing', { criterion: t(`focusIt.criterion.${c}`) })]),
    );
    if (Object.keys(missing).length > 0) {
      errors.setLocal(missing, t('forms.fixBelow'));
      return;
    }
    try {
      await score({
        variables: {
          input: {
            priorityAreaId: area.id,
            need: Number(draft.values.need),
            feasibility: Number(draft.values.feasibility),
            appetite: Number(draft.values.appetite),
            impact: Number(draft.values.impact),
          },
        },
      });
      draft.clear();
      announce(t('focusIt.score.done', { name: area.serviceAreaName }));
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="focus__score" aria-label={t('focusIt.score.title', { name: area.serviceAreaName })}>
      <p className="hint">{t('focusIt.score.hint')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <div className="focus__score-fields">
        {CRITERIA.map((criterion, index) => (
          <SelectField
            key={criterion}
            label={t(`focusIt.criterion.${criterion}`)}
            hint={t(`focusIt.criterion.${criterion}.hint`)}
            name={criterion}
            value={draft.values[criterion]}
            onChange={(e) => draft.set(criterion, e.target.value)}
            error={errors.field(criterion)}
            required
            autoFocus={index === 0}
          >
            <option value="">{t('focusIt.score.choose')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {t(`focusIt.score.${n}` as MessageKey)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('focusIt.score.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
