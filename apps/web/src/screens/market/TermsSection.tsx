import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import type { Formatter } from '../../format/format';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { ENDED, type MarketPilot } from './MarketScreen';
import { PUBLISH_TERMS, SAVE_TERMS } from './operations';

interface Props {
  pilot: MarketPilot;
  mayPlan: boolean;
  mayPublish: boolean;
  format: Formatter;
  onChanged: () => Promise<void>;
}

/**
 * What citizens can expect and the rules of engagement: saved as numbered versions that never
 * change, one of which is published (the newest published one is what the public feed shows).
 */
export function TermsSection({ pilot, mayPlan, mayPublish, format, onChanged }: Props) {
  const headingId = useId();
  const plan = pilot.engagementPlan;
  const versions = plan?.terms ?? [];
  const latest = versions[0];
  const live = versions.find((v) => v.published);
  const ended = ENDED.includes(pilot.status);
  const announce = useAnnounce();
  const publishErrors = useFormErrors();
  const [publish, { loading: publishing }] = useMutation(PUBLISH_TERMS);
  const [publishingVersion, setPublishingVersion] = useState<number | null>(null);

  const doPublish = async (version: number) => {
    publishErrors.clear();
    setPublishingVersion(version);
    try {
      await publish({ variables: { input: { pilotId: pilot.id, version } } });
      await onChanged();
      announce(t('marketIt.terms.published', { version }));
    } catch (error) {
      publishErrors.fromError(error);
    } finally {
      setPublishingVersion(null);
    }
  };

  return (
    <section id="market-terms" className="card market__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('marketIt.terms.title')}</h2>
      <p className="muted">{t('marketIt.terms.why')}</p>
      <p>
        {live
          ? t('marketIt.terms.live', { version: live.version, when: format.dateTime(live.publishedAt!) })
          : versions.length
            ? t('marketIt.terms.noneLive')
            : t('marketIt.terms.none')}
      </p>
      {mayPlan && !ended && (
        <TermsForm
          key={latest?.id ?? 'first'}
          pilotId={pilot.id}
          nextVersion={(latest?.version ?? 0) + 1}
          latest={latest}
          onSaved={onChanged}
        />
      )}
      {versions.length > 0 && (
        <>
          <h3>{t('marketIt.terms.versions')}</h3>
          <FormSummary message={publishErrors.summary} />
          <table className="table table--compact">
            <caption className="visually-hidden">{t('marketIt.terms.versionsCaption', { pilot: pilot.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('marketIt.terms.version')}</th>
                <th scope="col">{t('marketIt.terms.saved')}</th>
                <th scope="col">{t('marketIt.terms.state')}</th>
                <th scope="col">{t('marketIt.terms.text')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((terms) => (
                <tr key={terms.id}>
                  <th scope="row">{t('marketIt.terms.versionN', { version: terms.version })}</th>
                  <td>{format.dateTime(terms.createdAt)}</td>
                  <td>
                    {terms.published ? (
                      <span className="market__published">
                        {t('marketIt.terms.publishedOn', { when: format.dateTime(terms.publishedAt!) })}
                      </span>
                    ) : (
                      <>
                        <span>{t('marketIt.terms.draft')}</span>
                        {mayPublish && !ended && (
                          <Button
                            className="market__inline-action"
                            variant="primary"
                            busy={publishing && publishingVersion === terms.version}
                            onClick={() => void doPublish(terms.version)}
                          >
                            {t('marketIt.terms.publish', { version: terms.version })}
                          </Button>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    <details>
                      <summary>{t('marketIt.terms.read', { version: terms.version })}</summary>
                      <h4>{t('marketIt.terms.expectations')}</h4>
                      <p className="market__text">{terms.expectations}</p>
                      <h4>{t('marketIt.terms.rules')}</h4>
                      <p className="market__text">{terms.rulesOfEngagement}</p>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {ended && <p className="muted">{t('marketIt.terms.ended')}</p>}
    </section>
  );
}

function TermsForm({
  pilotId,
  nextVersion,
  latest,
  onSaved,
}: {
  pilotId: string;
  nextVersion: number;
  latest: { expectations: string; rulesOfEngagement: string } | undefined;
  onSaved: () => Promise<void>;
}) {
  const draft = useDraft(`terms-${pilotId}`, {
    expectations: latest?.expectations ?? '',
    rulesOfEngagement: latest?.rulesOfEngagement ?? '',
  });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [save, { loading }] = useMutation(SAVE_TERMS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !requireFields(errors, values, {
        expectations: 'marketIt.terms.expectations.required',
        rulesOfEngagement: 'marketIt.terms.rules.required',
      })
    )
      return;
    try {
      await save({
        variables: { input: { pilotId, expectations: values.expectations.trim(), rulesOfEngagement: values.rulesOfEngagement.trim() } },
      });
      draft.clear();
      await onSaved();
      announce(t('marketIt.terms.saved.announce', { version: nextVersion }));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('marketIt.terms.formLabel')}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <TextAreaField
        label={t('marketIt.terms.expectations')}
        hint={t('marketIt.terms.expectations.hint')}
        name="expectations"
        rows={4}
        maxLength={20000}
        value={values.expectations}
        onChange={(e) => draft.set('expectations', e.target.value)}
        error={errors.field('expectations')}
      />
      <TextAreaField
        label={t('marketIt.terms.rules')}
        hint={t('marketIt.terms.rules.hint')}
        name="rulesOfEngagement"
        rows={6}
        maxLength={20000}
        value={values.rulesOfEngagement}
        onChange={(e) => draft.set('rulesOfEngagement', e.target.value)}
        error={errors.field('rulesOfEngagement')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.terms.save', { version: nextVersion })}
        </Button>
      </div>
      <p className="muted">{t('marketIt.terms.saveHint')}</p>
    </form>
  );
}
