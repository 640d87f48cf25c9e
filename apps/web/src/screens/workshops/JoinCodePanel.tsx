import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { t } from '../../i18n/i18n';
import '../room/room.css';
import { JoinQrCode } from './JoinQrCode';
import type { RunPanelProps } from './RunPanels';
import { CLOSE_JOINING, GUEST_ARRIVALS, OPEN_JOINING, WORKSHOP_JOINING } from './roomOperations';

interface ShownCode {
  code: string;
  expiresAt: string;
}

const codeKey = (workshopId: string) => `coprod:join-code:${workshopId}`;

/** The code is shown once, in openWorkshopJoining's answer: kept for this tab only, to survive a reload of the facilitator's screen. */
function readCode(workshopId: string): ShownCode | null {
  try {
    const stored = window.sessionStorage.getItem(codeKey(workshopId));
    return stored ? (JSON.parse(stored) as ShownCode) : null;
  } catch {
    return null;
  }
}

function writeCode(workshopId: string, code: ShownCode | null): void {
  try {
    if (code) window.sessionStorage.setItem(codeKey(workshopId), JSON.stringify(code));
    else window.sessionStorage.removeItem(codeKey(workshopId));
  } catch {
    // Storage switched off: the code shows now, and a reload offers a new one.
  }
}

/** Types of the programme's events after which the guest list or the joining state may have changed. */
const JOINING_EVENTS = new Set(['WORKSHOP_GUEST_JOINED', 'WORKSHOP_JOINING_OPENED', 'WORKSHOP_JOINING_CLOSED', 'WORKSHOP_ENDED']);

/**
 * "Let people join", for those who run the workshop (PLAN) while it runs: the join code large
 * enough to read from the back of the room, a QR code of the join link, until when it works, a new
 * code (the old one stops) or an end to joining, and the guests who have joined, heard live.
 */
export function JoinCodePanel({ workshop, mayPlan }: RunPanelProps) {
  if (!mayPlan || workshop.status !== 'RUNNING') return null;
  return <JoinCode workshopId={workshop.id} programmeId={workshop.programmeId} />;
}

function JoinCode({ workshopId, programmeId }: { workshopId: string; programmeId: string }) {
  const id = useId();
  const announce = useAnnounce();
  const format = useFormat(useOrganisation());
  const query = useQuery(WORKSHOP_JOINING, { variables: { id: workshopId } });
  const [shown, setShown] = useState<ShownCode | null>(() => readCode(workshopId));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [openJoining, opening] = useMutation(OPEN_JOINING);
  const [closeJoining, closing] = useMutation(CLOSE_JOINING);
  const [now, setNow] = useState(() => Date.now());
  const [stage, setStage] = useState(false);
  const closeStage = useRef<HTMLButtonElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);

  // Over the whole screen: the way back takes the focus, and Escape goes back too.
  useEffect(() => {
    if (!stage) return;
    closeStage.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setStage(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [stage]);

  useSubscription(GUEST_ARRIVALS, {
    variables: { programmeId },
    onData: ({ data }) => {
      const event = data.data?.programmeEvents;
      if (event && JOINING_EVENTS.has(event.type) && event.payload.workshopId === workshopId) void query.refetch();
    },
  });

  // Once a minute, so an expired code stops being shown as working.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const workshop = query.data?.workshop;
  const openUntil = workshop?.joiningOpenUntil ?? null;
  const open = openUntil !== null && new Date(openUntil).getTime() > now;
  // The code in this tab is the one that works only while joining is open until the time it was given.
  const code = open && shown && shown.expiresAt === openUntil ? shown : null;

  const show = async () => {
    try {
      const { data } = await openJoining({ variables: { input: { workshopId } } });
      if (!data) return;
      const next = { code: data.openWorkshopJoining.code, expiresAt: data.openWorkshopJoining.expiresAt };
      writeCode(workshopId, next);
      setShown(next);
      setProblem(null);
      announce(t('room.joining.shown', { code: next.code }));
      await query.refetch();
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const stop = async () => {
    try {
      await closeJoining({ variables: { input: { workshopId } } });
      writeCode(workshopId, null);
      setShown(null);
      setProblem(null);
      announce(t('room.joining.stopped'));
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const link = `${window.location.origin}/join`;
  const guests = workshop?.guests ?? [];

  return (
    <section className="card join" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.joining.title')}</h2>
      {!workshop ? (
        query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState label={t('room.joining.loading')} />
        )
      ) : (
        <>
          {code ? (
            <div
              className={stage ? 'join__shown join__stage' : 'join__shown'}
              role={stage ? 'dialog' : undefined}
              aria-label={stage ? t('room.joining.stageLabel') : undefined}
            >
              <p className="join__how">{t('room.joining.how', { link })}</p>
              <p className="join__code" aria-label={t('room.joining.codeLabel', { code: code.code.split('').join(' ') })}>
                {code.code}
              </p>
              <JoinQrCode text={`${link}?code=${encodeURIComponent(code.code)}`} label={t('room.joining.qr')} />
              <p className="muted">{t('room.joining.until', { time: format.dateTime(code.expiresAt) })}</p>
              {stage ? (
                <button
                  type="button"
                  ref={closeStage}
                  className="button button--secondary"
                  onClick={() => {
                    setStage(false);
                    requestAnimationFrame(() => showButton.current?.focus());
                  }}
                >
                  {t('room.joining.stageClose')}
                </button>
              ) : (
                <button type="button" ref={showButton} className="button button--primary" onClick={() => setStage(true)}>
                  {t('room.joining.stage')}
                </button>
              )}
            </div>
          ) : open ? (
            <p className="notice">{t('room.joining.openElsewhere', { time: format.dateTime(openUntil) })}</p>
          ) : (
            <p className="muted">{t('room.joining.closed')}</p>
          )}
          <div className="actions">
            <Button variant={code ? 'secondary' : 'primary'} busy={opening.loading} onClick={() => void show()}>
              {t(code ? 'room.joining.newCode' : open ? 'room.joining.showNew' : 'room.joining.open')}
            </Button>
            {open && (
              <Button busy={closing.loading} onClick={() => void stop()}>
                {t('room.joining.stop')}
              </Button>
            )}
          </div>
          {problem && (
            <div className="form-summary" role="alert">
              <p>{problem.summary}</p>
            </div>
          )}
          <h3 id={`${id}-guests`}>{t('room.joining.guests', { count: guests.length })}</h3>
          {guests.length === 0 ? (
            <p className="muted">{t('room.joining.noGuests')}</p>
          ) : (
            <ul className="join__guests" aria-labelledby={`${id}-guests`}>
              {guests.map((guest) => (
                <li key={guest.id}>
                  {guest.displayName} <span className="muted">{t('room.joining.joinedAt', { time: format.dateTime(guest.joinedAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
