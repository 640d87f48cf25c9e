import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { type Formatter, useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { WebhookEndpointFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { IssuedOnce } from './IssueOnceForm';
import { OneTimeSecret } from './OneTimeSecret';
import { WebhookDeliveryLog } from './WebhookDeliveryLog';
import { WebhookForm, type WebhookValues } from './WebhookForm';
import {
  CREATE_WEBHOOK_ENDPOINT,
  DELETE_WEBHOOK_ENDPOINT,
  ROTATE_WEBHOOK_SECRET,
  UPDATE_WEBHOOK_ENDPOINT,
  WEBHOOK_ENDPOINTS,
  WEBHOOK_EVENT_TYPES,
} from './webhookOperations';
import { groupByKind, KEEP_PREVIOUS, keepPreviousHours, type KindGroup } from './webhookTypes';
import './webhooks.css';

type Endpoint = WebhookEndpointFieldsFragment;

const NEW_WEBHOOK: WebhookValues = { url: '', description: '', eventTypes: [], active: true };

/** What one secret should say: shown once, with what to do with it (OneTimeSecret). */
const issuedFor = (url: string, secret: string): IssuedOnce => ({ title: t('webhooks.secretTitle', { url }), value: secret });

/**
 * The organisation's webhooks (ADMIN only): each endpoint with what it receives and how it is
 * doing, adding one (its secret shown once), changing, turning off and on, a new secret, deleting,
 * and each one's delivery log. What happened is said in the section's status line, a live region.
 */
export function WebhooksSection() {
  const { data, error, refetch } = useQuery(WEBHOOK_ENDPOINTS);
  const catalogue = useQuery(WEBHOOK_EVENT_TYPES);
  const groups = useMemo(() => (catalogue.data ? groupByKind(catalogue.data.historyEventTypes) : null), [catalogue.data]);
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<IssuedOnce | null>(null);
  const [message, setMessage] = useState('');
  const [create, { loading: creating }] = useMutation(CREATE_WEBHOOK_ENDPOINT, { fetchPolicy: 'no-cache' });
  const endpoints = data?.webhookEndpoints;
  const types = { groups, error: catalogue.error, retry: () => void catalogue.refetch() };

  async function add(values: WebhookValues) {
    const { data: created } = await create({ variables: { input: values } });
    const { secret, endpoint } = created!.createWebhookEndpoint;
    setAdding(false);
    setIssued(issuedFor(endpoint.url, secret));
    setMessage(t('webhooks.added', { url: endpoint.url }));
    void refetch();
  }

  return (
    <section aria-labelledby="admin-webhooks" className="card stack webhooks">
      <h2 id="admin-webhooks">{t('webhooks.title')}</h2>
      <p className="hint">{t('webhooks.intro')}</p>
      <p className="webhooks__status" role="status">
        {message}
      </p>
      {issued && (
        <OneTimeSecret
          title={issued.title}
          warning={t('webhooks.secretWarning')}
          label={t('webhooks.secretLabel')}
          value={issued.value}
          onDone={() => setIssued(null)}
        />
      )}
      {endpoints ? (
        endpoints.length === 0 ? (
          <EmptyState title={t('webhooks.empty')}>
            <p>{t('webhooks.emptyNext')}</p>
          </EmptyState>
        ) : (
          <ul className="webhooks__list" aria-label={t('webhooks.list', { count: endpoints.length })}>
            {endpoints.map((endpoint) => (
              <li key={endpoint.id}>
                <EndpointCard endpoint={endpoint} types={types} onMessage={setMessage} onChanged={() => void refetch()} />
              </li>
            ))}
          </ul>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
      {adding ? (
        <WebhookForm
          draftId="add-webhook"
          initial={NEW_WEBHOOK}
          heading={t('webhooks.addTitle')}
          submitLabel={t('webhooks.submitAdd')}
          groups={groups}
          typesError={catalogue.error}
          onRetryTypes={types.retry}
          withActive
          busy={creating}
          onSubmit={add}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="actions">
          <Button
            variant="primary"
            onClick={() => {
              setIssued(null);
              setAdding(true);
            }}
          >
            {t('webhooks.add')}
          </Button>
        </div>
      )}
    </section>
  );
}

interface Types {
  groups: readonly KindGroup[] | null;
  error: unknown;
  retry: () => void;
}

/** The types an endpoint receives, by kind as the picker shows them; a type since dropped from the catalogue still shows. */
function ReceivedTypes({ endpoint, groups }: { endpoint: Endpoint; groups: readonly KindGroup[] | null }) {
  const known = new Set(groups?.flatMap((group) => group.types.map((info) => info.type)) ?? []);
  const unknown = groups ? endpoint.eventTypes.filter((type) => !known.has(type)) : endpoint.eventTypes;
  return (
    <details className="webhook__types">
      <summary>{t('webhooks.receives', { count: endpoint.eventTypes.length })}</summary>
      <dl>
        {groups?.map((group) => {
          const chosen = group.types.filter((info) => endpoint.eventTypes.includes(info.type));
          if (chosen.length === 0) return null;
          return (
            <div key={group.kind}>
              <dt>{t(`webhooks.kindTitle.${group.kind}`)}</dt>
              {chosen.map((info) => (
                <dd key={info.type}>
                  <code>{info.type}</code> <span className="muted">{info.description}</span>
                </dd>
              ))}
            </div>
          );
        })}
        {unknown.length > 0 && (
          <div>
            <dt>{groups ? t('webhooks.unknownType') : t('webhooks.types.legend')}</dt>
            {unknown.map((type) => (
              <dd key={type}>
                <code>{type}</code>
              </dd>
            ))}
          </div>
        )}
      </dl>
    </details>
  );
}

function EndpointCard({
  endpoint,
  types,
  onMessage,
  onChanged,
}: {
  endpoint: Endpoint;
  types: Types;
  onMessage: (message: string) => void;
  onChanged: () => void;
}) {
  const id = useId();
  const format = useFormat(useOrganisation());
  const [editing, setEditing] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const [dialog, setDialog] = useState<'rotate' | 'delete' | 'turnOn' | null>(null);
  const [issued, setIssued] = useState<IssuedOnce | null>(null);
  const [update, { loading: saving }] = useMutation(UPDATE_WEBHOOK_ENDPOINT);
  const [toggleError, setToggleError] = useState<unknown>(null);
  const whose = <span className="visually-hidden">{t('webhooks.actionsFor', { url: endpoint.url })}</span>;
  const rotatingUntil =
    endpoint.previousSecretValidUntil && new Date(endpoint.previousSecretValidUntil).getTime() > Date.now()
      ? endpoint.previousSecretValidUntil
      : null;

  async function save(values: WebhookValues) {
    const changes = {
      ...(values.url !== endpoint.url ? { url: values.url } : {}),
      ...(values.description !== endpoint.description ? { description: values.description } : {}),
      ...(sameTypes(values.eventTypes, endpoint.eventTypes) ? {} : { eventTypes: values.eventTypes }),
    };
    if (Object.keys(changes).length > 0) {
      await update({ variables: { input: { id: endpoint.id, version: endpoint.version, ...changes } } });
      onMessage(t('webhooks.saved', { url: values.url }));
    } else {
      onMessage(t('webhooks.unchanged'));
    }
    closeEditing();
  }

  /** Back to the button that opened the form, so a keyboard user carries on where they were. */
  function closeEditing() {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(`${id}-edit`)?.focus());
  }

  async function setActive(active: boolean) {
    setToggleError(null);
    const owed = active && Boolean(endpoint.disabledReason);
    await update({ variables: { input: { id: endpoint.id, version: endpoint.version, active } } });
    onMessage(
      active
        ? t(owed ? 'webhooks.turnedOnOwed' : 'webhooks.turnedOn', { url: endpoint.url })
        : t('webhooks.turnedOff', { url: endpoint.url }),
    );
  }

  return (
    <article
      className={['webhook', endpoint.active ? '' : 'webhook--off', endpoint.failingSince ? 'webhook--failing' : '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={`${id}-url`}
    >
      <h3 id={`${id}-url`} className="webhook__url">
        {endpoint.url}
      </h3>
      {endpoint.description && <p className="webhook__description">{endpoint.description}</p>}
      <p className="webhook__state">
        <span className={endpoint.active ? 'onoff onoff--on' : 'onoff onoff--off'}>
          {endpoint.active ? t('webhooks.on') : t('webhooks.off')}
        </span>{' '}
        {endpoint.active ? t('webhooks.onLine') : endpoint.disabledReason ? t('webhooks.offByProduct') : t('webhooks.offLine')}
        <span className="muted"> · {t('webhooks.created', { when: format.date(endpoint.createdAt) })}</span>
      </p>
      {endpoint.disabledReason && (
        <div className="webhook__alert">
          <p>
            <strong>{t('webhooks.why')}</strong> {endpoint.disabledReason}
          </p>
          <p>{t('webhooks.disabledWhat')}</p>
        </div>
      )}
      {endpoint.failingSince && <Failing since={endpoint.failingSince} format={format} />}
      {rotatingUntil && <p className="notice">{t('webhooks.rotating', { when: format.dateTime(rotatingUntil) })}</p>}
      <ReceivedTypes endpoint={endpoint} groups={types.groups} />
      {toggleError !== null && <ErrorState error={toggleError} />}
      <div className="actions webhook__actions">
        <Button id={`${id}-edit`} onClick={() => (editing ? closeEditing() : setEditing(true))} aria-expanded={editing}>
          {t('webhooks.edit')} {whose}
        </Button>
        <Button
          busy={saving && !editing}
          onClick={() => {
            if (!endpoint.active && endpoint.disabledReason) setDialog('turnOn');
            else void setActive(!endpoint.active).catch(setToggleError);
          }}
        >
          {endpoint.active ? t('webhooks.turnOff') : t('webhooks.turnOn')} {whose}
        </Button>
        <Button onClick={() => setDialog('rotate')}>
          {t('webhooks.rotate')} {whose}
        </Button>
        <Button aria-expanded={logOpen} aria-controls={`${id}-log`} onClick={() => setLogOpen((now) => !now)}>
          {t('webhooks.log.open')} {whose}
        </Button>
        <Button variant="danger" onClick={() => setDialog('delete')}>
          {t('webhooks.delete')} {whose}
        </Button>
      </div>
      {issued && (
        <OneTimeSecret
          title={issued.title}
          warning={t('webhooks.secretWarning')}
          label={t('webhooks.secretLabel')}
          value={issued.value}
          onDone={() => setIssued(null)}
        />
      )}
      {editing && (
        <WebhookForm
          draftId={`edit-webhook-${endpoint.id}`}
          initial={{ url: endpoint.url, description: endpoint.description, eventTypes: endpoint.eventTypes, active: endpoint.active }}
          heading={t('webhooks.editTitle', { url: endpoint.url })}
          submitLabel={t('webhooks.save')}
          groups={types.groups}
          typesError={types.error}
          onRetryTypes={types.retry}
          withActive={false}
          busy={saving}
          onSubmit={save}
          onCancel={closeEditing}
        />
      )}
      {logOpen && <WebhookDeliveryLog endpointId={endpoint.id} url={endpoint.url} id={`${id}-log`} />}
      {dialog === 'turnOn' && <TurnOnDialog endpoint={endpoint} onClose={() => setDialog(null)} turnOn={() => setActive(true)} />}
      {dialog === 'rotate' && (
        <RotateDialog
          endpoint={endpoint}
          onClose={() => setDialog(null)}
          onRotated={(secret) => {
            setIssued(issuedFor(endpoint.url, secret));
            onChanged();
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          endpoint={endpoint}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            onMessage(t('webhooks.deleted', { url: endpoint.url }));
            onChanged();
          }}
        />
      )}
    </article>
  );
}

function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((type) => b.includes(type));
}

function Failing({ since, format }: { since: string; format: Formatter }) {
  return (
    <div className="webhook__alert">
      <p>
        <strong>{t('webhooks.failingSince', { when: format.dateTime(since) })}</strong> {t('webhooks.failingWhat')}
      </p>
    </div>
  );
}

/** Turning on an endpoint the product turned off: what was owed is sent, in order, so it says so first. */
function TurnOnDialog({ endpoint, onClose, turnOn }: { endpoint: Endpoint; onClose: () => void; turnOn: () => Promise<void> }) {
  const errors = useFormErrors();
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await turnOn();
      onClose();
    } catch (error) {
      errors.fromError(error);
      setBusy(false);
    }
  }
  return (
    <Dialog open title={t('webhooks.turnOnTitle', { url: endpoint.url })} onClose={onClose}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {endpoint.disabledReason && (
        <p>
          <strong>{t('webhooks.offByProduct')}:</strong> {endpoint.disabledReason}
        </p>
      )}
      <p>{t('webhooks.turnOnBody')}</p>
      <div className="actions">
        <Button variant="primary" busy={busy} onClick={() => void confirm()} data-autofocus>
          {t('webhooks.turnOnConfirm')}
        </Button>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}

/** A new secret: how long the old one keeps signing (the API's default, 24 hours), then the new one shown once. */
function RotateDialog({ endpoint, onClose, onRotated }: { endpoint: Endpoint; onClose: () => void; onRotated: (secret: string) => void }) {
  const [hours, setHours] = useState(String(KEEP_PREVIOUS.initial));
  const values = useMemo(() => ({ keepPreviousForHours: hours }), [hours]);
  const errors = useFormErrors(values);
  const [rotate, { loading }] = useMutation(ROTATE_WEBHOOK_SECRET, { fetchPolicy: 'no-cache' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const keep = keepPreviousHours(hours);
    if (keep === null) {
      errors.setLocal({ keepPreviousForHours: t('webhooks.keepHours.invalid') }, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await rotate({ variables: { input: { id: endpoint.id, version: endpoint.version, keepPreviousForHours: keep } } });
      onClose();
      onRotated(data!.rotateWebhookSecret.secret);
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('webhooks.rotateTitle', { url: endpoint.url })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p>{t('webhooks.rotateBody')}</p>
        <Field
          label={t('webhooks.keepHours')}
          hint={t('webhooks.keepHoursHint')}
          name="keepPreviousForHours"
          type="number"
          inputMode="numeric"
          min={KEEP_PREVIOUS.min}
          max={KEEP_PREVIOUS.max}
          step={1}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={errors.field('keepPreviousForHours')}
          data-autofocus
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('webhooks.rotateConfirm')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteDialog({ endpoint, onClose, onDeleted }: { endpoint: Endpoint; onClose: () => void; onDeleted: () => void }) {
  const errors = useFormErrors();
  const [remove, { loading }] = useMutation(DELETE_WEBHOOK_ENDPOINT);
  async function confirm() {
    try {
      await remove({ variables: { input: { id: endpoint.id } } });
      onClose();
      onDeleted();
    } catch (error) {
      errors.fromError(error);
    }
  }
  return (
    <Dialog open title={t('webhooks.deleteTitle', { url: endpoint.url })} onClose={onClose}>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <p>{t('webhooks.deleteBody', { url: endpoint.url })}</p>
      <div className="actions">
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          {t('webhooks.deleteConfirm')}
        </Button>
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
