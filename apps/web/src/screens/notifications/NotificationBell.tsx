import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import { MARK_NOTIFICATIONS_READ, NOTIFICATION_ADDED, RECENT_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from './operations';
import './notifications.css';

const SHOWN = 20;

/**
 * The header's reminders: a button with the unread count, kept live by notificationAdded (each new
 * one is announced to screen readers), that opens the list of recent ones to mark read. Escape
 * closes the list and gives focus back to the button.
 */
export function NotificationBell() {
  const announce = useAnnounce();
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [arrivals, setArrivals] = useState(0);
  const { data, refetch } = useQuery(UNREAD_NOTIFICATION_COUNT, { fetchPolicy: 'cache-and-network' });
  useSubscription(NOTIFICATION_ADDED, {
    onData: ({ data: added }) => {
      const title = added.data?.notificationAdded.title;
      if (title) announce(t('notifications.arrived', { title }));
      void refetch();
      setArrivals((n) => n + 1);
    },
  });
  const count = data?.unreadNotificationCount ?? 0;

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="bell">
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('notifications.bell.unread', { count })}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('notifications.bell')}
        {count > 0 && (
          <span className="bell__count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      <div id={panelId} hidden={!open}>
        {open && <NotificationPanel onClose={close} arrivals={arrivals} />}
      </div>
    </div>
  );
}

/** The list; `arrivals` counts reminders heard live, each of which reads the list again. */
function NotificationPanel({ onClose, arrivals }: { onClose: () => void; arrivals: number }) {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(RECENT_NOTIFICATIONS, {
    variables: { first: SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, { loading: marking }] = useMutation(MARK_NOTIFICATIONS_READ, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT, RECENT_NOTIFICATIONS],
  });
  useEffect(() => heading.current?.focus(), []);
  const shownAt = useRef(arrivals);
  useEffect(() => {
    if (arrivals !== shownAt.current) void refetch();
    shownAt.current = arrivals;
  }, [arrivals, refetch]);
  // Escape closes wherever focus is (a Mark read button that has just gone leaves it on the page).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  async function mark(input: { ids: string[] } | { all: true }) {
    await markRead({ variables: { input } });
    // The button pressed is gone: focus goes back to the list's heading rather than to the page.
    heading.current?.focus();
  }

  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const unread = items.some((item) => !item.readAt);
  return (
    <section className="bell__panel card stack" aria-labelledby="notifications-title">
      <div className="bell__head">
        <h2 id="notifications-title" ref={heading} tabIndex={-1}>
          {t('notifications.panel.title')}
        </h2>
        <Button variant="link" onClick={onClose}>
          {t('notifications.close')}
        </Button>
      </div>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState label={t('notifications.panel.loading')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('notifications.panel.empty')}>{t('notifications.panel.emptyBody')}</EmptyState>
      ) : (
        <>
          <ul className="bell__list">
            {items.map((item) => (
              <li key={item.id} className={item.readAt ? 'bell__item' : 'bell__item bell__item--unread'}>
                <p className="bell__kind">{t(`notifications.kind.${item.kind}`)}</p>
                <p>
                  <strong>{item.title}</strong>
                  {item.context && <> · {item.context}</>}
                  {item.dueOn && (
                    <>
                      {' '}
                      ·{' '}
                      {t(item.kind === 'STEP_PAST_TARGET' ? 'notifications.target' : 'notifications.due', { date: format.day(item.dueOn) })}
                    </>
                  )}
                  {item.startsAt && <> · {t('notifications.starts', { time: format.dateTime(item.startsAt) })}</>}
                </p>
                {item.readAt ? (
                  <p className="hint">{t('notifications.read')}</p>
                ) : (
                  <Button
                    variant="link"
                    busy={marking}
                    aria-label={t('notifications.markRead.label', { title: item.title })}
                    onClick={() => void mark({ ids: [item.id] })}
                  >
                    {t('notifications.markRead')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {unread && (
            <Button busy={marking} onClick={() => void mark({ all: true })}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
