import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { describeApiError } from '../../api/errors';
import { useOrganisation } from '../../app/frames';
import { useFormat } from '../../format/format';
import type { UnpublishedInitiativesQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { CoproductionMapData } from './MapChartSection';
import { FEED_TOKEN_ISSUED_AT, PUBLISH_INITIATIVES, ROTATE_FEED_TOKEN, UNPUBLISHED_INITIATIVES } from './operations';

/** The API publishes up to this many per call. */
const PER_CALL = 100;

/** Publishing the map: every initiative shown in the organisation's feed, and the feed's link for the intranet. */
export function PublishSection({ map, role, onPublished }: { map: CoproductionMapData | undefined; role: Role; onPublished: () => void }) {
  const apollo = useApolloClient();
  const announce = useAnnounce();
  const [publish] = useMutation(PUBLISH_INITIATIVES);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mayPublish = can(role, Action.DECIDE_AND_PUBLISH);
  const total = map ? map.coproductionCount + map.selfOrganisedCount : 0;
  const published = map?.publishedCount ?? 0;

  const publishAll = async () => {
    setBusy(true);
    setProblem(null);
    try {
      // Every unpublished initiative's id, a page at a time, then published in calls of at most PER_CALL.
      const ids: string[] = [];
      let after: string | null | undefined = null;
      do {
        const page: { data?: UnpublishedInitiativesQuery } = await apollo.query({
          query: UNPUBLISHED_INITIATIVES,
          variables: { after },
          fetchPolicy: 'network-only',
        });
        const list: UnpublishedInitiativesQuery['initiatives'] = page.data!.initiatives;
        ids.push(...list.edges.map((e) => e.node.id));
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after);
      for (let i = 0; i < ids.length; i += PER_CALL)
        await publish({ variables: { input: { initiativeIds: ids.slice(i, i + PER_CALL), published: true } } });
      await apollo.refetchQueries({ include: ['MapInitiatives'] });
      onPublished();
      announce(t('mapIt.publish.done', { count: ids.length }));
    } catch (error) {
      setProblem(describeApiError(error).summary);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="map-publish" aria-labelledby="map-publish-title" className="card stack map-section">
      <h2 id="map-publish-title">{t('mapIt.publish.title')}</h2>
      <p>{t('mapIt.publish.lead')}</p>
      {map && (
        <p role="status" className="map-publish__count">
          {total === 0 ? t('mapIt.publish.nothing') : t('mapIt.publish.count', { published, count: total })}
        </p>
      )}
      {mayPublish ? (
        total > published && (
          <Button variant="primary" busy={busy} onClick={() => void publishAll()}>
            {t('mapIt.publish.all', { count: total - published })}
          </Button>
        )
      ) : (
        <p className="notice">{t('mapIt.publish.notAllowed')}</p>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <FeedLink role={role} />
    </section>
  );
}

/** The feed's link: only its holder can read the feed, so it is shown once, when an ADMIN issues it, with a button to copy it. */
function FeedLink({ role }: { role: Role }) {
  const [rotate, { loading }] = useMutation(ROTATE_FEED_TOKEN, { refetchQueries: [FEED_TOKEN_ISSUED_AT] });
  const issued = useQuery(FEED_TOKEN_ISSUED_AT);
  const format = useFormat(useOrganisation());
  const issuedAt = issued.data?.feedTokenIssuedAt as string | null | undefined;
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const announce = useAnnounce();

  const issue = async () => {
    setProblem(null);
    setCopied(false);
    try {
      const answer = await rotate();
      setUrl(answer.data!.rotateFeedToken.feedUrl);
      requestAnimationFrame(() => input.current?.focus());
    } catch (error) {
      setProblem(describeApiError(error).summary);
    }
  };

  const copy = async () => {
    if (!url) return;
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      announce(t('mapIt.feed.copied'));
    } catch {
      setProblem(t('mapIt.feed.copyFailed'));
    }
  };

  return (
    <div className="stack map-feed">
      <h3>{t('mapIt.feed.title')}</h3>
      <p>{t('mapIt.feed.lead')}</p>
      {!url && issuedAt && <p className="notice">{t('mapIt.feed.issuedBefore', { when: format.dateTime(issuedAt) })}</p>}
      {!can(role, Action.MANAGE_MEMBERS) ? (
        <p className="notice">{t('mapIt.feed.notAllowed')}</p>
      ) : (
        <>
          {url && (
            <div className="field">
              <label htmlFor={id} className="field__label">
                {t('mapIt.feed.link')}
              </label>
              <p id={`${id}-hint`} className="field__hint">
                {t('mapIt.feed.shownOnce')}
              </p>
              <div className="map-feed__copy">
                <input
                  ref={input}
                  id={id}
                  className="field__control"
                  readOnly
                  value={url}
                  aria-describedby={`${id}-hint`}
                  onFocus={(e) => e.target.select()}
                />
                <Button onClick={() => void copy()}>{copied ? t('mapIt.feed.copiedButton') : t('mapIt.feed.copy')}</Button>
              </div>
            </div>
          )}
          <div>
            <Button busy={loading} onClick={() => void issue()}>
              {url || issuedAt ? t('mapIt.feed.reissue') : t('mapIt.feed.issue')}
            </Button>
            <p className="hint">{t('mapIt.feed.issueHint')}</p>
          </div>
        </>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
