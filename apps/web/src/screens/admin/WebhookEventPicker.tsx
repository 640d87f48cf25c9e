import { useId } from 'react';
import { Button } from '../../components/Button';
import { t } from '../../i18n/i18n';
import { allChosen, type KindGroup, toggleKind, toggleType } from './webhookTypes';

export interface WebhookEventPickerProps {
  groups: readonly KindGroup[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string;
}

/**
 * The event types an endpoint receives, as checkboxes grouped by kind: each kind says what its
 * events are about and how many are chosen, offers "select all" for the kind, and folds its types
 * away (there are dozens of edits) until asked; each type's catalogue description is its hint.
 */
export function WebhookEventPicker({ groups, chosen, onChange, error }: WebhookEventPickerProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={error ? 'webhook-types field--invalid' : 'webhook-types'}
      aria-describedby={[hintId, error ? errorId : undefined].filter(Boolean).join(' ')}
    >
      <legend className="field__label">{t('webhooks.types.legend')}</legend>
      <p id={hintId} className="field__hint">
        {t('webhooks.types.hint')}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {groups.map((group) => (
        <KindGroupPicker key={group.kind} group={group} chosen={chosen} onChange={onChange} />
      ))}
    </fieldset>
  );
}

function KindGroupPicker({
  group,
  chosen,
  onChange,
}: {
  group: KindGroup;
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
}) {
  const id = useId();
  const count = group.types.filter((info) => chosen.includes(info.type)).length;
  const kind = t(`webhooks.kind.${group.kind}`);
  return (
    <fieldset className="webhook-types__group" aria-describedby={`${id}-hint`}>
      <legend>
        {t(`webhooks.kindTitle.${group.kind}`)}{' '}
        <span className="webhook-types__count">({t('webhooks.types.chosen', { count, total: group.types.length })})</span>
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        {t(`webhooks.kindHint.${group.kind}`)}
      </p>
      <Button variant="link" onClick={() => onChange(toggleKind(chosen, group))}>
        {allChosen(chosen, group) ? t('webhooks.types.clearAll', { kind }) : t('webhooks.types.selectAll', { kind })}
      </Button>
      <details className="webhook-types__list">
        <summary>{t('webhooks.types.show', { count: group.types.length })}</summary>
        <ul>
          {group.types.map((info) => (
            <li key={info.type}>
              <label className="webhook-types__check">
                <input
                  type="checkbox"
                  name="eventTypes"
                  value={info.type}
                  checked={chosen.includes(info.type)}
                  onChange={(event) => onChange(toggleType(chosen, info.type, event.target.checked))}
                  aria-describedby={`${id}-${info.type}`}
                />
                <code>{info.type}</code>
              </label>
              <p id={`${id}-${info.type}`} className="field__hint webhook-types__description">
                {info.description}
              </p>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
