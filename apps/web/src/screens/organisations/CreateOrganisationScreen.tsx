import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/frames';
import { ME } from '../../app/session';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';

const CREATE_ORGANISATION = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      timeZone
      currency
    }
  }
`);

/** The browser's own time zone, a good first guess for a new organisation. */
function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London';
}

/**
 * A new organisation, of which the caller becomes the first ADMIN. Someone who belongs to none is
 * brought here after signing up or signing in.
 */
export function CreateOrganisationScreen() {
  usePageTitle(t('organisations.new.title'));
  const me = useMe();
  const navigate = useNavigate();
  const client = useApolloClient();
  const draft = useDraft('create-organisation', { name: '', timeZone: browserTimeZone(), currency: 'GBP' });
  const errors = useFormErrors(draft.values);
  const [create, { loading }] = useMutation(CREATE_ORGANISATION);
  const timeZones = useMemo(() => {
    const zones = Intl.supportedValuesOf('timeZone');
    // The browser may report a zone the list leaves out (UTC): offer it too, so the field shows what is chosen.
    return zones.includes(draft.values.timeZone) ? zones : [draft.values.timeZone, ...zones];
  }, [draft.values.timeZone]);
  const currencies = useMemo(() => Intl.supportedValuesOf('currency'), []);
  const currencyNames = useMemo(() => new Intl.DisplayNames(['en-GB'], { type: 'currency' }), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { name: 'organisations.name.required' })) return;
    try {
      const { data } = await create({ variables: { input: { ...draft.values, name: draft.values.name.trim() } } });
      draft.clear();
      await client.refetchQueries({ include: [ME] });
      navigate(`/o/${data!.createOrganisation.id}`, { replace: true });
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="new-organisation-title">
      <h1 id="new-organisation-title">{t('organisations.new.title')}</h1>
      <p>{me.memberships.length === 0 ? t('organisations.new.first') : t('organisations.new.another')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <form onSubmit={submit} noValidate>
        <Field
          label={t('organisations.name')}
          name="name"
          required
          autoComplete="organization"
          value={draft.values.name}
          onChange={(e) => draft.set('name', e.target.value)}
          error={errors.field('name')}
        />
        <SelectField
          label={t('organisations.timeZone')}
          hint={t('organisations.timeZoneHint')}
          name="timeZone"
          value={draft.values.timeZone}
          onChange={(e) => draft.set('timeZone', e.target.value)}
          error={errors.field('timeZone')}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('organisations.currency')}
          name="currency"
          value={draft.values.currency}
          onChange={(e) => draft.set('currency', e.target.value)}
          error={errors.field('currency')}
        >
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code} · {currencyNames.of(code)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="primary" busy={loading}>
          {t('organisations.new.submit')}
        </Button>
      </form>
    </section>
  );
}
