import { ApolloProvider, useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { TextAreaField } from '../../components/Field';
import { useAnnounce } from '../../components/LiveRegion';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { WORKSHOP_OUTPUT_TEXT_MAX_LENGTH } from '../../../../../libs/workflow/src/workshop-outputs';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { createGuestClient, forgetPass, type GuestClient, readPass } from './guestClient';
import { ADD_GUEST_NOTE, CAST_GUEST_VOTES, GUEST_ROOM, GUEST_ROOM_CHANGED } from './operations';
import { RoundView } from './RoundView';
import './room.css';

const passEnded = (error: unknown) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/**
 * /room: a guest's view of the workshop they joined, phone first: its title and agenda, the round
 * being voted on with their dots and the live tally, and a box to add a note. It follows the room
 * through guestRoomChanged on a socket that presents the pass (connectionParams.guestPass). When the
 * pass ends (the workshop is over), it thanks them and forgets the pass.
 */
export function GuestRoomScreen() {
  const [stored] = useState(readPass);
  const [ended, setEnded] = useState(false);
  const [client, setClient] = useState<GuestClient | null>(null);
  const end = useCallback(() => setEnded(true), []);
  usePageTitle(t('room.guest.pageTitle'));

  useEffect(() => {
    if (!stored) return;
    const created = createGuestClient({ guestPass: stored.pass, onEnded: end });
    setClient(created);
    return () => created.dispose();
  }, [stored, end]);

  useEffect(() => {
    if (ended) forgetPass();
  }, [ended]);

  return (
    <main id="main" className="guest" tabIndex={-1}>
      {!stored ? (
        <NotJoined />
      ) : ended ? (
        <Ended />
      ) : client ? (
        <ApolloProvider client={client.apollo}>
          <GuestRoom pass={stored.pass} onEnded={end} />
        </ApolloProvider>
      ) : (
        <LoadingState label={t('room.guest.loading')} />
      )}
    </main>
  );
}

function NotJoined() {
  return (
    <div className="guest__card">
      <h1>{t('room.guest.notJoinedTitle')}</h1>
      <p>{t('room.guest.notJoined')}</p>
      <p>
        <Link to="/join" className="button button--primary">
          {t('room.guest.joinLink')}
        </Link>
      </p>
    </div>
  );
}

export function Ended() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="guest__card" role="status">
      <h1 ref={heading} tabIndex={-1}>
        {t('room.guest.endedTitle')}
      </h1>
      <p>{t('room.guest.ended')}</p>
    </div>
  );
}

function GuestRoom({ pass, onEnded }: { pass: string; onEnded: () => void }) {
  const client = useApolloClient();
  const announce = useAnnounce();
  const query = useQuery(GUEST_ROOM, { variables: { pass } });
  const room = query.data?.guestRoom;
  const [cast] = useMutation(CAST_GUEST_VOTES);
  const lastRound = useRef<string | null>(null);

  useSubscription(GUEST_ROOM_CHANGED, {
    variables: { pass },
    onData: ({ data }) => {
      const next = data.data?.guestRoomChanged;
      if (next) client.writeQuery({ query: GUEST_ROOM, variables: { pass }, data: { guestRoom: next } });
    },
    // The stream ends with the pass: ask once more, which says whether the room is over.
    onComplete: () => void query.refetch().catch(() => undefined),
    onError: () => void query.refetch().catch(() => undefined),
  });

  const over = (query.error && passEnded(query.error)) || (room && room.status !== 'RUNNING');
  useEffect(() => {
    if (over) onEnded();
  }, [over, onEnded]);

  // Say so when a new round opens or one closes, for those not looking at that part of the screen.
  const roundKey = room?.round ? `${room.round.id}:${room.round.status}` : null;
  useEffect(() => {
    if (!room?.round || roundKey === lastRound.current) return;
    if (lastRound.current !== null)
      announce(t(room.round.status === 'OPEN' ? 'room.guest.roundOpened' : 'room.guest.roundClosed', { question: room.round.question }));
    lastRound.current = roundKey;
  }, [roundKey, room?.round, announce]);

  if (!room) {
    return query.error && !passEnded(query.error) ? (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <LoadingState label={t('room.guest.loading')} />
    );
  }
  return (
    <>
      <header className="guest__header">
        <h1>{room.title}</h1>
        {room.guestName && <p className="muted">{t('room.guest.you', { name: room.guestName })}</p>}
      </header>
      <section className="guest__card" aria-labelledby="guest-vote">
        <h2 id="guest-vote" className="visually-hidden">
          {t('room.guest.voteHeading')}
        </h2>
        {room.round ? (
          <RoundView
            round={room.round}
            level={2}
            onCast={(ballot) => cast({ variables: { input: { pass, roundId: room.round!.id, ballot } } })}
          />
        ) : (
          <p className="muted">{t('room.guest.noRound')}</p>
        )}
      </section>
      <NoteBox pass={pass} />
      <Agenda room={room} />
    </>
  );
}

function Agenda({ room }: { room: RoomFieldsFragment }) {
  return (
    <section className="guest__card" aria-labelledby="guest-agenda">
      <h2 id="guest-agenda">{t('room.guest.agenda')}</h2>
      {room.agenda.length === 0 ? (
        <p className="muted">{t('room.guest.agendaEmpty')}</p>
      ) : (
        <ol className="guest__agenda">
          {room.agenda.map((item) => (
            <li key={item.position}>
              {item.title} <span className="muted">{t('room.guest.minutes', { count: item.minutes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NoteBox({ pass }: { pass: string }) {
  const id = useId();
  const announce = useAnnounce();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState(0);
  const [addNote, { loading }] = useMutation(ADD_GUEST_NOTE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setProblem(t('room.note.required'));
      return;
    }
    try {
      await addNote({ variables: { input: { pass, text: text.trim() } } });
      setText('');
      setProblem(null);
      setAdded((n) => n + 1);
      announce(t('room.note.added'));
    } catch (error) {
      const described = describeApiError(error);
      setProblem(described.fields.text ?? described.summary);
    }
  };

  return (
    <section className="guest__card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.note.title')}</h2>
      <form onSubmit={submit} noValidate className="guest__form">
        <TextAreaField
          name="text"
          label={t('room.note.label')}
          hint={t('room.note.hint')}
          value={text}
          rows={3}
          maxLength={WORKSHOP_OUTPUT_TEXT_MAX_LENGTH}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
          error={problem ?? undefined}
        />
        <Button type="submit" variant="primary" busy={loading} className="guest__submit">
          {t('room.note.submit')}
        </Button>
        {added > 0 && <p className="muted">{t('room.note.count', { count: added })}</p>}
      </form>
    </section>
  );
}
