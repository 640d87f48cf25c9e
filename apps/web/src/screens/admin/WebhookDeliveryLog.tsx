import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useId, useState } from 'react';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { describeApiError } from '../../api/errors';
import { type Formatter, useFormat } from '../../format/format';
import type { WebhookDeliveryFieldsFragment, WebhookDeliveryStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { DELIVERY_PAGE, REDELIVER_WEBHOOK, WEBHOOK_DELIVERIES } from './webhookOperations';
import { DELIVERY_STATUS_CLASS } from './webhookTypes';

type Delivery = WebhookDeliveryFieldsFragment;
const STATUSES: readonly WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/** A delivery's state in words, coloured too (the words carry it for those who cannot see the colour). */
export function DeliveryStatus({ status }: { status: WebhookDeliveryStatus }) {
  return <span className={DELIVERY_STATUS_CLASS[status]}>{t(`webhooks.status.${status}`)}</span>;
}

/**
 * One endpoint's delivery log, newest first: each delivery's state, attempts, the receiver's last
 * answer and the next try; filtered by state, paged with "Show more"; a delivery's attempts open on
 * demand, and any delivery can be sent again.
 */
export function WebhookDeliveryLog({ endpointId, url, id }: { endpointId: string; url: string; id: string }) {
  const format = useFormat(useOrganisation());
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [message, setMessage] = useState('');
  const { data, error, loading, fetchMore, refetch } = useQuery(WEBHOOK_DELIVERIES, {
    variables: { id: endpointId, first: DELIVERY_PAGE, ...(status ? { status } : {}) },
    notifyOnNetworkStatusChange: true,
    // Deliveries change by themselves (the sender works in the background): read afresh on opening.
    fetchPolicy: 'cache-and-network',
  });
  const deliveries = data?.webhookEndpoint.deliveries;

  function more() {
    void fetchMore({
      variables: { after: deliveries!.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        webhookEndpoint: {
          ...fetchMoreResult.webhookEndpoint,
          deliveries: {
            ...fetchMoreResult.webhookEndpoint.deliveries,
            edges: [...previous.webhookEndpoint!.deliveries.edges, ...fetchMoreResult.webhookEndpoint.deliveries.edges],
          },
        },
      }),
    });
  }

  return (
    <section className="webhook-log stack" aria-labelledby={`${id}-title`} id={id}>
      <h4 id={`${id}-title`}>{t('webhooks.log.title', { url })}</h4>
      <div className="inline-form">
        <SelectField
          label={t('webhooks.log.filter')}
          name="status"
          value={status}
          onChange={(e) => {
            setMessage('');
            setStatus(e.target.value as WebhookDeliveryStatus | '');
          }}
        >
          <option value="">{t('webhooks.log.all')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`webhooks.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <Button className="webhook-log__refresh" onClick={() => void refetch()} busy={loading && Boolean(deliveries)}>
          {t('webhooks.log.refresh')}
        </Button>
      </div>
      <p className="webhook-log__status" role="status">
        {message}
      </p>
      {deliveries ? (
        deliveries.edges.length === 0 ? (
          <EmptyState
            title={status ? t('webhooks.log.emptyFiltered', { status: t(`webhooks.statusHint.${status}`) }) : t('webhooks.log.empty')}
          >
            {!status && <p>{t('webhooks.log.emptyNext')}</p>}
          </EmptyState>
        ) : (
          <>
            <table className="table table--compact webhook-log__table">
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.log.event')}</th>
                  <th scope="col">{t('webhooks.log.status')}</th>
                  <th scope="col" className="numeric">
                    {t('webhooks.log.attempts')}
                  </th>
                  <th scope="col">{t('webhooks.log.lastAnswer')}</th>
                  <th scope="col">{t('webhooks.log.next')}</th>
                  <th scope="col">{t('webhooks.log.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.edges.map(({ node }) => (
                  <DeliveryRow key={node.id} delivery={node} format={format} onMessage={setMessage} />
                ))}
              </tbody>
            </table>
            <Pager shown={deliveries.edges.length} total={deliveries.totalCount} onMore={more} busy={loading} />
          </>
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

function lastAnswer(delivery: Delivery): string {
  if (delivery.attemptCount === 0) return t('webhooks.log.notTried');
  const code = delivery.lastStatusCode === null || delivery.lastStatusCode === undefined ? null : delivery.lastStatusCode;
  const parts = [code === null ? t('webhooks.log.noAnswer') : t('webhooks.log.http', { code: String(code) })];
  if (delivery.lastError) parts.push(delivery.lastError);
  return parts.join(': ');
}

function DeliveryRow({ delivery, format, onMessage }: { delivery: Delivery; format: Formatter; onMessage: (message: string) => void }) {
  const attemptsId = useId();
  const [open, setOpen] = useState(false);
  const [redeliver, { loading }] = useMutation(REDELIVER_WEBHOOK);
  const whose = t('webhooks.log.attemptsOf', { type: delivery.eventType, when: format.dateTime(delivery.createdAt) });

  async function sendAgain() {
    try {
      await redeliver({ variables: { input: { deliveryId: delivery.id } } });
      onMessage(t('webhooks.log.sentAgain', { type: delivery.eventType }));
    } catch (error) {
      onMessage(describeApiError(error).summary);
    }
  }

  return (
    <Fragment>
      <tr>
        <th scope="row">
          <code>{delivery.eventType}</code>{' '}
          <div className="muted">{t('webhooks.log.happened', { when: format.dateTime(delivery.createdAt) })}</div>
        </th>
        <td>
          <DeliveryStatus status={delivery.status} />{' '}
          {delivery.deliveredAt && delivery.status === 'DELIVERED' && (
            <div className="muted">{t('webhooks.log.deliveredAt', { when: format.dateTime(delivery.deliveredAt) })}</div>
          )}
        </td>
        <td className="numeric">{format.number(delivery.attemptCount)}</td>
        <td className="webhook-log__answer">{lastAnswer(delivery)}</td>
        <td>
          {delivery.nextAttemptAt
            ? format.dateTime(delivery.nextAttemptAt)
            : delivery.status === 'FAILED'
              ? t('webhooks.log.givenUp')
              : t('webhooks.log.noNext')}
        </td>
        <td>
          <div className="webhook-log__actions">
            <Button variant="link" aria-expanded={open} aria-controls={attemptsId} onClick={() => setOpen((now) => !now)}>
              {open ? t('webhooks.log.hideAttempts') : t('webhooks.log.showAttempts')} <span className="visually-hidden">{whose}</span>
            </Button>
            <Button onClick={() => void sendAgain()} busy={loading}>
              {t('webhooks.log.sendAgain')} <span className="visually-hidden">{whose}</span>
            </Button>
          </div>
        </td>
      </tr>
      <tr id={attemptsId} hidden={!open} className="webhook-log__attempts">
        <td colSpan={6}>{open && <Attempts delivery={delivery} format={format} />}</td>
      </tr>
    </Fragment>
  );
}

function Attempts({ delivery, format }: { delivery: Delivery; format: Formatter }) {
  if (delivery.attempts.length === 0) return <p className="muted">{t('webhooks.log.noAttempts')}</p>;
  return (
    <table className="table table--compact">
      <caption className="webhook-log__caption">{t('webhooks.log.attemptsTitle', { type: delivery.eventType })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.log.attemptAt')}</th>
          <th scope="col">{t('webhooks.log.attemptAnswer')}</th>
          <th scope="col" className="numeric">
            {t('webhooks.log.attemptTook')}
          </th>
        </tr>
      </thead>
      <tbody>
        {delivery.attempts.map((attempt, index) => (
          <tr key={`${attempt.attemptedAt}-${index}`}>
            <td>{format.dateTime(attempt.attemptedAt)}</td>
            <td>
              {[
                attempt.statusCode === null || attempt.statusCode === undefined
                  ? t('webhooks.log.noAnswer')
                  : t('webhooks.log.http', { code: String(attempt.statusCode) }),
                attempt.error,
              ]
                .filter(Boolean)
                .join(': ')}
            </td>
            <td className="numeric">{t('webhooks.log.ms', { ms: attempt.durationMs })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
