import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { createFormatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { CalendarLink } from './CalendarLink';
import { MY_CALENDAR_FEED, RESET_MY_CALENDAR_FEED } from './operations';

/** The account page's Calendar section: the signed-in person's own calendar link. */
export function MyCalendarSection() {
  const { data, error, refetch } = useQuery(MY_CALENDAR_FEED);
  const [reset] = useMutation(RESET_MY_CALENDAR_FEED, { fetchPolicy: 'no-cache', refetchQueries: [MY_CALENDAR_FEED] });
  // No organisation here: the moment is shown in the browser's own time zone.
  const format = useMemo(() => createFormatter(Intl.DateTimeFormat().resolvedOptions().timeZone, 'GBP'), []);
  return (
    <section aria-labelledby="account-calendar" className="card stack">
      <h2 id="account-calendar">{t('calendars.mine.title')}</h2>
      <p>{t('calendars.mine.lead')}</p>
      <CalendarLink
        issuedAt={data ? (data.me.calendarFeed?.issuedAt ?? null) : undefined}
        loadError={error}
        onRetry={() => void refetch()}
        loadingLabel={t('calendars.mine.loading')}
        reset={async () => (await reset()).data!.resetMyCalendarFeed.url}
        when={format.dateTime}
      />
    </section>
  );
}
