import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';
import { Button } from '../../components/Button';
import { Field, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import type { Formatter } from '../../format/format';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import type { MarketPilot } from './MarketScreen';
import { ADD_COMMUNICATION, REMOVE_COMMUNICATION, UPDATE_COMMUNICATION } from './operations';
import { usePlanChange } from './usePlanChange';

interface Props {
  pilot: MarketPilot;
  mayPlan: boolean;
  format: Formatter;
  onChanged: () => Promise<void>;
}

/** Telling people about the pilot: channel, audience, message and dates, each marked done when sent. */
export function CommunicationsSection({ pilot, mayPlan, format, onChanged }: Props) {
  const headingId = useId();
  const plan = pilot.engagementPlan;
  const actions = plan?.communicationActions ?? [];
  const [update] = useMutation(UPDATE_COMMUNICATION);
  const [remove] = useMutation(REMOVE_COMMUNICATION);
  // A removed row takes its buttons with it: focus goes to the section's heading.
  const { errors, working, run } = usePlanChange(headingId, onChanged);

  const when = (startsOn: string | null, endsOn: string | null) => {
    if (startsOn && endsOn) return t('marketIt.communications.between', { from: format.day(startsOn), to: format.day(endsOn) });
    if (startsOn) return t('marketIt.communications.from', { from: format.day(startsOn) });
    if (endsOn) return t('marketIt.communications.until', { to: format.day(endsOn) });
    return t('marketIt.communications.undated');
  };

  return (
    <section id="market-communications" className="card market__section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('marketIt.communications.title')}
      </h2>
      <p className="muted">{t('marketIt.communications.why')}</p>
      <FormSummary message={errors.summary} />
      {actions.length === 0 ? (
        <p className="state state--empty">{t('marketIt.communications.empty')}</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">{t('marketIt.communications.caption', { pilot: pilot.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('marketIt.communications.channel')}</th>
              <th scope="col">{t('marketIt.communications.audienceColumn')}</th>
              <th scope="col">{t('marketIt.communications.message')}</th>
              <th scope="col">{t('marketIt.communications.when')}</th>
              <th scope="col">{t('marketIt.communications.state')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.channel}</th>
                <td>{action.audience || t('marketIt.communications.everyone')}</td>
                <td className="market__text">{action.message}</td>
                <td>{when(action.startsOn, action.endsOn)}</td>
                <td>
                  <p>{action.done ? t('marketIt.communications.done') : t('marketIt.communications.toDo')}</p>
                  {mayPlan && plan && (
                    <div className="market__row-actions">
                      <Button
                        variant="link"
                        busy={working === action.id}
                        aria-label={
                          action.done
                            ? t('marketIt.communications.markToDoNamed', { channel: action.channel })
                            : t('marketIt.communications.markDoneNamed', { channel: action.channel })
                        }
                        onClick={() =>
                          void run(
                            action.id,
                            () =>
                              update({
                                variables: { input: { communicationActionId: action.id, planVersion: plan.version, done: !action.done } },
                              }),
                            action.done ? t('marketIt.communications.markedToDo') : t('marketIt.communications.markedDone'),
                          )
                        }
                      >
                        {action.done ? t('marketIt.communications.markToDo') : t('marketIt.communications.markDone')}
                      </Button>
                      <Button
                        variant="link"
                        disabled={working === action.id}
                        aria-label={t('marketIt.communications.removeNamed', { channel: action.channel })}
                        onClick={() =>
                          void run(
                            action.id,
                            () => remove({ variables: { input: { communicationActionId: action.id, planVersion: plan.version } } }),
                            t('marketIt.communications.removed'),
                          )
                        }
                      >
                        {t('marketIt.remove')}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayPlan && <CommunicationForm pilotId={pilot.id} onAdded={onChanged} />}
    </section>
  );
}

function CommunicationForm({ pilotId, onAdded }: { pilotId: string; onAdded: () => Promise<void> }) {
  const draft = useDraft(`communication-${pilotId}`, { channel: '', audience: '', message: '', startsOn: '', endsOn: '' });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_COMMUNICATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !requireFields(errors, values, {
        channel: 'marketIt.communications.channel.required',
        message: 'marketIt.communications.message.required',
      })
    )
      return;
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
      errors.setLocal({ endsOn: t('marketIt.communications.endsBeforeStart') }, t('forms.fixBelow'));
      return;
    }
    try {
      await add({
        variables: {
          input: {
            pilotId,
            channel: values.channel.trim(),
            audience: values.audience.trim() || undefined,
            message: values.message.trim(),
            startsOn: values.startsOn || undefined,
            endsOn: values.endsOn || undefined,
          },
        },
      });
      draft.clear();
      await onAdded();
      announce(t('marketIt.communications.added'));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="stack market__form" onSubmit={submit} noValidate aria-label={t('marketIt.communications.formLabel')}>
      <h3>{t('marketIt.communications.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label={t('marketIt.communications.channel')}
        hint={t('marketIt.communications.channel.hint')}
        name="channel"
        maxLength={100}
        value={values.channel}
        onChange={(e) => draft.set('channel', e.target.value)}
        error={errors.field('channel')}
      />
      <Field
        label={t('marketIt.communications.audience')}
        hint={t('marketIt.communications.audience.hint')}
        name="audience"
        maxLength={200}
        value={values.audience}
        onChange={(e) => draft.set('audience', e.target.value)}
        error={errors.field('audience')}
      />
      <TextAreaField
        label={t('marketIt.communications.message')}
        name="message"
        rows={3}
        maxLength={5000}
        value={values.message}
        onChange={(e) => draft.set('message', e.target.value)}
        error={errors.field('message')}
      />
      <div className="market__dates">
        <Field
          label={t('marketIt.communications.startsOn')}
          name="startsOn"
          type="date"
          value={values.startsOn}
          onChange={(e) => draft.set('startsOn', e.target.value)}
          error={errors.field('startsOn')}
        />
        <Field
          label={t('marketIt.communications.endsOn')}
          name="endsOn"
          type="date"
          value={values.endsOn}
          onChange={(e) => draft.set('endsOn', e.target.value)}
          error={errors.field('endsOn')}
        />
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.communications.submit')}
        </Button>
      </div>
    </form>
  );
}
