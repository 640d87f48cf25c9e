import { useMutation } from '@apollo/client/react';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { WORKSHOP_OUTPUT_KINDS } from '../../../../../libs/workflow/src/workshop-outputs';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { useDraft } from '../../forms/useDraft';
import type { WorkshopOutputKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { CAPTURE_OUTPUTS } from './operations';

/** A line typed in the room and not yet sent. */
export interface PendingLine {
  kind: WorkshopOutputKind;
  text: string;
  agendaItemId?: string;
}

interface CaptureDraft {
  kind: WorkshopOutputKind;
  text: string;
  pending: PendingLine[];
}

const KINDS: readonly WorkshopOutputKind[] = WORKSHOP_OUTPUT_KINDS;

interface Props {
  workshopId: string;
  /** The agenda section under way (run mode), recorded with each line. */
  agendaItem?: { id: string; title: string } | null;
  /** Hears how many outputs were kept. */
  onCaptured: (count: number) => void;
}

/**
 * Keyboard-first capture: choose a kind (Alt+1…6), type, Enter adds the line to the list, Ctrl+Enter
 * sends the whole list in one captureWorkshopOutputs call (all kept or none, as the API does). The
 * list lives in a draft, so a failed send, a reload or a trip to sign-in loses nothing.
 */
export function CapturePanel({ workshopId, agendaItem, onCaptured }: Props) {
  const announce = useAnnounce();
  const id = useId();
  const draft = useDraft<CaptureDraft>(`capture-${workshopId}`, { kind: 'NOTE', text: '', pending: [] });
  const { kind, text, pending } = draft.values;
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [capture, { loading }] = useMutation(CAPTURE_OUTPUTS);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const restored = useRef(draft.restored && pending.length > 0);

  /** The list with what is in the box added, or the list alone when the box is empty. */
  const withTyped = (): PendingLine[] => {
    const line = text.trim();
    if (!line) return pending;
    return [...pending, { kind, text: line, ...(agendaItem ? { agendaItemId: agendaItem.id } : {}) }];
  };

  const addLine = () => {
    if (!text.trim()) {
      setHint(t('workshops.capture.emptyLine'));
      return;
    }
    setHint(null);
    draft.replace({ kind, text: '', pending: withTyped() });
  };

  const send = async () => {
    const lines = withTyped();
    if (lines.length === 0) {
      setHint(t('workshops.capture.emptyLine'));
      return;
    }
    setHint(null);
    // The typed line joins the list before sending, so it is kept with the others if the send fails.
    draft.replace({ kind, text: '', pending: lines });
    try {
      const { data } = await capture({ variables: { input: { workshopId, outputs: lines } } });
      if (!data) return;
      setProblem(null);
      draft.replace({ kind, text: '', pending: [] });
      announce(t('workshops.capture.sent', { count: data.captureWorkshopOutputs.length }));
      onCaptured(data.captureWorkshopOutputs.length);
    } catch (error) {
      setProblem(describeApiError(error));
    }
    textRef.current?.focus();
  };

  const removeLine = (index: number) => {
    draft.replace({ kind, text, pending: pending.filter((_, i) => i !== index) });
    setProblem(null);
    textRef.current?.focus();
  };

  // Alt+1…6 anywhere in the panel picks a kind, so the hands never leave the keys.
  const onPanelKey = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const n = Number(event.code?.startsWith('Digit') ? event.code.slice(5) : event.key);
    if (n >= 1 && n <= KINDS.length) {
      event.preventDefault();
      draft.set('kind', KINDS[n - 1]);
    }
  };

  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void send();
    } else if (!event.shiftKey) {
      event.preventDefault();
      addLine();
    }
  };

  const lineProblem = (index: number) => problem?.fields[`outputs.${index}.text`] ?? problem?.fields[`outputs.${index}.kind`];

  return (
    <section className="card capture" aria-labelledby={`${id}-title`} onKeyDown={onPanelKey}>
      <h2 id={`${id}-title`}>{t('workshops.capture.title')}</h2>
      <p id={`${id}-keys`} className="hint">
        {t('workshops.capture.keys')}
      </p>
      {restored.current && <p className="notice">{t('workshops.capture.kept')}</p>}
      <fieldset className="capture__kinds">
        <legend>{t('workshops.capture.kind')}</legend>
        {KINDS.map((k, i) => (
          <label key={k} className={k === kind ? 'capture__kind capture__kind--chosen' : 'capture__kind'}>
            <input type="radio" name={`${id}-kind`} value={k} checked={k === kind} onChange={() => draft.set('kind', k)} />{' '}
            {t('workshops.kind.shortcut', { kind: t(`workshops.kind.${k}`), n: i + 1 })}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field__label">
          {t('workshops.capture.text')}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          className="field__control capture__text"
          rows={2}
          value={text}
          maxLength={5000}
          aria-describedby={[`${id}-keys`, hint ? `${id}-hint` : null].filter(Boolean).join(' ')}
          onChange={(e) => {
            draft.set('text', e.target.value);
            if (hint) setHint(null);
          }}
          onKeyDown={onTextKey}
        />
        {hint && (
          <p id={`${id}-hint`} className="field__error">
            {hint}
          </p>
        )}
      </div>
      {agendaItem && <p className="muted">{t('workshops.outputs.section', { title: agendaItem.title })}</p>}
      <div className="actions">
        <Button onClick={addLine}>{t('workshops.capture.add')}</Button>
        <Button variant="primary" busy={loading} onClick={() => void send()} disabled={pending.length === 0 && !text.trim()}>
          {t('workshops.capture.send', { count: withTyped().length })}
        </Button>
      </div>
      {problem && (
        <div className="form-summary" role="alert">
          <p>{t('workshops.capture.failed', { problem: problem.summary })}</p>
        </div>
      )}
      {pending.length > 0 && (
        <>
          <h3 id={`${id}-pending`}>{t('workshops.capture.pending')}</h3>
          <ol className="capture__pending" aria-labelledby={`${id}-pending`}>
            {pending.map((line, i) => (
              <li key={`${i}-${line.text}`} className={lineProblem(i) ? 'capture__line capture__line--invalid' : 'capture__line'}>
                <span className={`output-kind output-kind--${line.kind.toLowerCase()}`}>{t(`workshops.kind.${line.kind}`)}</span>{' '}
                <span className="capture__line-text">{line.text}</span>{' '}
                <Button variant="link" aria-label={t('workshops.capture.remove', { text: line.text })} onClick={() => removeLine(i)}>
                  {t('workshops.capture.removeShort')}
                </Button>
                {lineProblem(i) && <p className="field__error">{lineProblem(i)}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
