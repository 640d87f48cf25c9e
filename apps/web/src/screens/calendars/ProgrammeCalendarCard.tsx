import { useMutation, useQuery } from '@apollo/client/react';
import { Action, can } from '../../app/permissions';
import { useOrganisation } from '../../app/frames';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { CalendarLink } from './CalendarLink';
import { PROGRAMME_CALENDAR_FEED, RESET_PROGRAMME_CALENDAR_FEED } from './operations';

/**
 * A programme's "Subscribe in your calendar" card, for those who may publish its dates
 * (DECIDE_AND_PUBLISH, as the server decides): anyone holding the link reads them.
 */
export function ProgrammeCalendarCard({ programmeId, format }: { programmeId: string; format: Formatter }) {
  const organisation = useOrganisation();
  const allowed = can(organisation.role, Action.DECIDE_AND_PUBLISH);
  const { data, error, refetch } = useQuery(PROGRAMME_CALENDAR_FEED, { variables: { id: programmeId }, skip: !allowed });
  const [reset] = useMutation(RESET_PROGRAMME_CALENDAR_FEED, {
    fetchPolicy: 'no-cache',
    refetchQueries: [{ query: PROGRAMME_CALENDAR_FEED, variables: { id: programmeId } }],
  });
  if (!allowed) return null;
  return (
    <section className="card stack" aria-labelledby="programme-calendar-title">
      <h2 id="programme-calendar-title">{t('calendars.programme.title')}</h2>
      <p>{t('calendars.programme.lead')}</p>
      <CalendarLink
        issuedAt={data ? (data.programme.calendarFeed?.issuedAt ?? null) : undefined}
        loadError={error}
        onRetry={() => void refetch()}
        loadingLabel={t('calendars.programme.loading')}
        reset={async () => (await reset({ variables: { input: { programmeId } } })).data!.resetProgrammeCalendarFeed.url}
        when={format.dateTime}
      />
    </section>
  );
}
