import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { checklistChangeRefusal } from '../../../../../libs/workflow/src/programme-lifecycle';
import { useAnnounce } from '../../components/LiveRegion';
import { Button } from '../../components/Button';
import { Field, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import type { Formatter } from '../../format/format';
import { hasDraft, useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { BoardItemFragment, ProgrammeStatus, StepState } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { TICK_ITEM, UNTICK_ITEM } from './operations';

export interface ChecklistProps {
  items: readonly BoardItemFragment[];
  stepName: string;
  stepState: StepState;
  programmeStatus: ProgrammeStatus;
  /** Whether the caller's role may tick and untick (Programme.permissions.tickItems). */
  mayTick: boolean;
  format: Formatter;
  person: (userId: string) => string | undefined;
  /** After a tick or untick: the board reads the gate again. */
  onChanged: () => void;
}

/**
 * A step's checklist: each item with its verdict and why. A MANUAL item is ticked with evidence (a
 * note, a link or both) or unticked; an EVIDENCED item is checked by the API from the records, and
 * shows what the records say with no tick box. An evidenced item may still hold a tick given before
 * it was checked from the records (template version 5): that tick still counts, and is shown as such.
 */
export function Checklist({ items, stepName, stepState, programmeStatus, mayTick, format, person, onChanged }: ChecklistProps) {
  if (items.length === 0) return <p className="muted">{t('programme.checklist.empty')}</p>;
  return (
    <ul className="checklist" aria-label={t('programme.checklist.label', { step: stepName })}>
      {items.map((item) => (
        <ChecklistRow
          key={item.id}
          item={item}
          stepState={stepState}
          programmeStatus={programmeStatus}
          mayTick={mayTick}
          format={format}
          person={person}
          onChanged={onChanged}
        />
      ))}
    </ul>
  );
}

function ChecklistRow({
  item,
  stepState,
  programmeStatus,
  mayTick,
  format,
  person,
  onChanged,
}: Omit<ChecklistProps, 'items' | 'stepName'> & { item: BoardItemFragment }) {
  const { pathname } = useLocation();
  // Open again with what was typed when the person comes back (an expired session, a reload).
  const [ticking, setTicking] = useState(() => hasDraft(pathname, tickFormId(item.id)));
  const titleId = useId();
  // After the tick form closes, focus goes back to the item rather than to the top of the page.
  const title = useRef<HTMLSpanElement>(null);
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [untick, { loading: unticking }] = useMutation(UNTICK_ITEM);
  const manual = item.kind === 'MANUAL';
  const ticked = manual && item.tickedAt != null;
  // A tick given while the item was still ticked by hand; the API keeps counting it.
  const keptTick = !manual && item.tickedAt != null;
  // An earlier tick may be withdrawn (the records then decide), never given again.
  const mayUntick =
    mayTick &&
    (ticked || keptTick) &&
    checklistChangeRefusal(programmeStatus, stepState, { untick: true, required: item.required }) === null;
  const mayTickNow =
    mayTick && manual && !ticked && checklistChangeRefusal(programmeStatus, stepState, { untick: false, required: item.required }) === null;

  return (
    <li className={item.verdict.satisfied ? 'checklist__item checklist__item--done' : 'checklist__item'} aria-labelledby={titleId}>
      <div className="checklist__head">
        <span className={item.verdict.satisfied ? 'verdict verdict--yes' : 'verdict verdict--no'}>
          {item.verdict.satisfied ? t('programme.checklist.satisfied') : t('programme.checklist.notSatisfied')}
        </span>
        <span id={titleId} ref={title} tabIndex={-1} className="checklist__title">
          {item.title}
        </span>
        <span className="tag">{item.required ? t('programme.checklist.required') : t('programme.checklist.advisory')}</span>
        <span className="tag">{manual ? t('programme.checklist.manual') : t('programme.checklist.evidenced')}</span>
      </div>
      <p className="checklist__why">
        {!manual && !keptTick && <strong>{t('programme.checklist.fromRecords')} </strong>}
        <span>{item.verdict.explanation}</span>
      </p>
      {item.guidance && (
        <details className="checklist__guidance">
          <summary>{t('programme.checklist.guidance')}</summary>
          <p>{item.guidance}</p>
          <p className="muted">{t('programme.checklist.source', { source: item.source })}</p>
        </details>
      )}
      {(ticked || keptTick) && (
        <div className="checklist__evidence">
          <p className="muted">
            {t(keptTick ? 'programme.checklist.tickedBefore' : 'programme.checklist.tickedBy', {
              who: (item.tickedBy && person(item.tickedBy)) || t('programme.event.someone'),
              when: format.dateTime(item.tickedAt!),
            })}
          </p>
          {item.evidenceText && <p className="checklist__note">{item.evidenceText}</p>}
          {item.evidenceUrl && (
            <p>
              <a href={item.evidenceUrl} rel="noopener noreferrer" target="_blank">
                {t('programme.checklist.evidenceLink')}
                <span className="visually-hidden"> {t('programme.checklist.opensNewTab')}</span>
              </a>
            </p>
          )}
        </div>
      )}
      {errors.problem && !ticking && <FormSummary message={errors.summary} />}
      {mayTickNow && !ticking && (
        <Button onClick={() => setTicking(true)} aria-describedby={titleId}>
          {t('programme.checklist.tick')}
        </Button>
      )}
      {mayUntick && (
        <Button
          variant="link"
          busy={unticking}
          aria-describedby={titleId}
          onClick={async () => {
            errors.clear();
            try {
              await untick({ variables: { input: { itemId: item.id } } });
              announce(t('programme.checklist.unticked', { item: item.title }));
              onChanged();
            } catch (error) {
              errors.fromError(error);
            }
          }}
        >
          {t('programme.checklist.untick')}
        </Button>
      )}
      {ticking && (
        <TickForm
          item={item}
          onDone={(saved) => {
            setTicking(false);
            requestAnimationFrame(() => title.current?.focus());
            if (saved) {
              announce(t('programme.checklist.ticked', { item: item.title }));
              onChanged();
            }
          }}
        />
      )}
    </li>
  );
}

/** Evidence for one tick: a note, an http(s) link, or both; each problem shows next to its field. */
export function TickForm({ item, onDone }: { item: Pick<BoardItemFragment, 'id' | 'title'>; onDone: (saved: boolean) => void }) {
  const draft = useDraft(tickFormId(item.id), { evidenceText: '', evidenceUrl: '' });
  const values = draft.values;
  const errors = useFormErrors(values);
  const [tick, { loading }] = useMutation(TICK_ITEM);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = values.evidenceText.trim();
    const url = values.evidenceUrl.trim();
    const problems: Record<string, string> = {};
    if (!text && !url) problems.evidenceText = t('programme.tick.needEvidence');
    if (url && !isWebAddress(url)) problems.evidenceUrl = t('programme.tick.badLink');
    if (Object.keys(problems).length > 0) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    try {
      await tick({ variables: { input: { itemId: item.id, evidenceText: text || undefined, evidenceUrl: url || undefined } } });
      draft.clear();
      onDone(true);
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="tick-form" onSubmit={submit} noValidate aria-label={t('programme.tick.formLabel', { item: item.title })}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <TextAreaField
        label={t('programme.tick.evidenceText')}
        hint={t('programme.tick.evidenceHint')}
        name="evidenceText"
        rows={3}
        maxLength={5000}
        value={values.evidenceText}
        onChange={(e) => draft.set('evidenceText', e.target.value)}
        error={errors.field('evidenceText')}
        autoFocus
      />
      <Field
        label={t('programme.tick.evidenceUrl')}
        hint={t('programme.tick.evidenceUrlHint')}
        name="evidenceUrl"
        type="url"
        inputMode="url"
        maxLength={2000}
        value={values.evidenceUrl}
        onChange={(e) => draft.set('evidenceUrl', e.target.value)}
        error={errors.field('evidenceUrl')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('programme.tick.submit')}
        </Button>
        <Button
          onClick={() => {
            draft.clear();
            onDone(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

const tickFormId = (itemId: string) => `tick-${itemId}`;

/** An http or https address, as the API accepts for evidence (libs/programmes/src/checklists/checklist.inputs.ts). */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
