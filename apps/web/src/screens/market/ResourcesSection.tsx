import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { ParticipantResourceKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { MarketPilot } from './MarketScreen';
import { ADD_RESOURCE, REMOVE_RESOURCE } from './operations';
import { usePlanChange } from './usePlanChange';

const RESOURCE_KINDS: readonly ParticipantResourceKind[] = ['SKILLS_AND_KNOWLEDGE', 'TOOLS_AND_FACILITIES', 'TIME'];

interface Props {
  pilot: MarketPilot;
  mayPlan: boolean;
  onChanged: () => Promise<void>;
}

/** What the organisation gives participants so they can take part (Jakobsen 2012): skills, tools and places, time. */
export function ResourcesSection({ pilot, mayPlan, onChanged }: Props) {
  const headingId = useId();
  const plan = pilot.engagementPlan;
  const resources = plan?.resources ?? [];
  const [remove] = useMutation(REMOVE_RESOURCE);
  const { errors, working, run } = usePlanChange(headingId, onChanged);

  return (
    <section id="market-resources" className="card market__section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('marketIt.resources.title')}
      </h2>
      <p className="muted">{t('marketIt.resources.why')}</p>
      <FormSummary message={errors.summary} />
      {resources.length === 0 ? (
        <p className="state state--empty">{t('marketIt.resources.empty')}</p>
      ) : (
        <ul className="market__list" aria-label={t('marketIt.resources.listLabel', { pilot: pilot.name })}>
          {resources.map((resource) => (
            <li key={resource.id} className="market__item">
              <p>
                <span className="tag">{t(`marketIt.resourceKind.${resource.kind}`)}</span> {resource.description}
              </p>
              {mayPlan && plan && (
                <Button
                  variant="link"
                  busy={working === resource.id}
                  aria-label={t('marketIt.resources.removeNamed', { description: resource.description })}
                  onClick={() =>
                    void run(
                      resource.id,
                      () => remove({ variables: { input: { participantResourceId: resource.id, planVersion: plan.version } } }),
                      t('marketIt.resources.removed'),
                    )
                  }
                >
                  {t('marketIt.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayPlan && <ResourceForm pilotId={pilot.id} onAdded={onChanged} />}
    </section>
  );
}

function ResourceForm({ pilotId, onAdded }: { pilotId: string; onAdded: () => Promise<void> }) {
  const draft = useDraft(`resource-${pilotId}`, { kind: 'SKILLS_AND_KNOWLEDGE' as ParticipantResourceKind, description: '' });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_RESOURCE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!requireFields(errors, values, { description: 'marketIt.resources.description.required' })) return;
    try {
      await add({ variables: { input: { pilotId, kind: values.kind, description: values.description.trim() } } });
      draft.clear();
      await onAdded();
      announce(t('marketIt.resources.added'));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="stack market__form" onSubmit={submit} noValidate aria-label={t('marketIt.resources.formLabel')}>
      <h3>{t('marketIt.resources.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('marketIt.resources.kind')}
        name="kind"
        value={values.kind}
        onChange={(e) => draft.set('kind', e.target.value as ParticipantResourceKind)}
        error={errors.field('kind')}
      >
        {RESOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`marketIt.resourceKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('marketIt.resources.description')}
        hint={t('marketIt.resources.description.hint')}
        name="description"
        rows={2}
        maxLength={2000}
        value={values.description}
        onChange={(e) => draft.set('description', e.target.value)}
        error={errors.field('description')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.resources.submit')}
        </Button>
      </div>
    </form>
  );
}
