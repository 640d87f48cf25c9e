import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { describeApiError } from '../../api/errors';
import { useAnnounce } from '../../components/LiveRegion';
import type { BallotLineInput, RoomRoundFragment } from '../../gql/graphql';
import { LOCALE, t } from '../../i18n/i18n';
import './room.css';

const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

type Ballot = Record<string, number>;

const ballotOf = (round: RoomRoundFragment): Ballot => Object.fromEntries(round.myBallot.map((line) => [line.optionId, line.dots]));
const spent = (ballot: Ballot) => Object.values(ballot).reduce((sum, dots) => sum + dots, 0);
const linesOf = (ballot: Ballot, round: RoomRoundFragment): BallotLineInput[] =>
  round.options.filter((o) => (ballot[o.id] ?? 0) > 0).map((o) => ({ optionId: o.id, dots: ballot[o.id] }));

interface Props {
  round: RoomRoundFragment;
  /** Sends the whole ballot (it replaces the voter's last one); rejects with the API's error. */
  onCast?: (ballot: BallotLineInput[]) => Promise<unknown>;
  /** The heading level of the round's title within the page. */
  level?: 2 | 3;
  /** What the facilitator may do with the round (close it, select from it). */
  children?: ReactNode;
}

/**
 * One round of dot-voting as every screen in the room shows it: the question, each option with its
 * dots so far as a bar (a <meter>, no inline style), and, for someone who may vote while it is open,
 * a − and + button per option and the dots left. Each press sends the whole ballot at once; presses
 * made while one is on its way go together in the next, so the last press always wins. Once closed,
 * the options are listed by rank with the result.
 */
export function RoundView({ round, onCast, level = 2, children }: Props) {
  const id = useId();
  const announce = useAnnounce();
  const [pending, setPending] = useState<Ballot | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sending = useRef(false);
  const queued = useRef<Ballot | null>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';

  // A new round starts with a clean slate.
  useEffect(() => {
    setPending(null);
    setRefusal(null);
    queued.current = null;
  }, [round.id]);

  const open = round.status === 'OPEN';
  const voting = open && round.canVote && Boolean(onCast);
  const ballot = pending ?? ballotOf(round);
  const left = round.dotsPerVoter - spent(ballot);
  const total = round.options.reduce((sum, o) => sum + o.dots, 0);

  const send = async (next: Ballot) => {
    if (!onCast) return;
    if (sending.current) {
      queued.current = next;
      return;
    }
    sending.current = true;
    try {
      await onCast(linesOf(next, round));
      setRefusal(null);
    } catch (error) {
      queued.current = null;
      setPending(null);
      setRefusal(t('room.round.refused', { problem: describeApiError(error).summary }));
    } finally {
      sending.current = false;
    }
    const after = queued.current;
    queued.current = null;
    if (after) await send(after);
    else setPending(null);
  };

  const change = (optionId: string, label: string, by: 1 | -1) => {
    const dots = Math.max(0, (ballot[optionId] ?? 0) + by);
    if (by > 0 && left <= 0) {
      setRefusal(t('room.round.noDotsLeft'));
      return;
    }
    const next = { ...ballot, [optionId]: dots };
    setPending(next);
    announce(t('room.round.placed', { label, count: dots, left: round.dotsPerVoter - spent(next) }));
    void send(next);
  };

  const ranked = [...round.options].sort((a, b) => a.rank - b.rank || a.position - b.position);

  return (
    <section className="round" aria-labelledby={`${id}-question`}>
      <Heading id={`${id}-question`} className="round__question">
        {round.question}
      </Heading>
      <p className="round__facts">
        {t(open ? 'room.round.open' : 'room.round.closed', { n: round.position })} ·{' '}
        {t('room.round.dotsEach', { count: round.dotsPerVoter })} · {t(round.anonymous ? 'room.round.anonymous' : 'room.round.named')} ·{' '}
        {t('room.round.voters', { count: round.voterCount })}
      </p>
      {voting && (
        <p className="round__left" aria-live="polite">
          <strong>{t('room.round.left', { count: left })}</strong>
        </p>
      )}
      {open && !round.canVote && <p className="muted">{t('room.round.watching')}</p>}
      {refusal && (
        <p className="form-summary round__refusal" role="alert">
          {refusal}
        </p>
      )}
      {open ? (
        <ul className="round__options" aria-label={t('room.round.options')}>
          {round.options.map((option) => {
            const mine = ballot[option.id] ?? 0;
            const labelId = `${id}-${option.id}`;
            return (
              <li key={option.id} className={mine > 0 ? 'round__option round__option--mine' : 'round__option'}>
                <span id={labelId} className="round__label">
                  {option.label}
                </span>
                <Tally dots={option.dots} share={option.share} labelId={labelId} />
                {voting && (
                  <div className="round__mine" role="group" aria-label={t('room.round.yourDotsOn', { label: option.label })}>
                    <button
                      type="button"
                      className="button round__step"
                      aria-label={t('room.round.less', { label: option.label })}
                      disabled={mine === 0}
                      onClick={() => change(option.id, option.label, -1)}
                    >
                      −
                    </button>
                    <span className="round__count">{t('room.round.mine', { count: mine })}</span>
                    <button
                      type="button"
                      className="button round__step"
                      aria-label={t('room.round.more', { label: option.label })}
                      disabled={left <= 0}
                      onClick={() => change(option.id, option.label, 1)}
                    >
                      +
                    </button>
                  </div>
                )}
                {!round.anonymous && option.voters.length > 0 && (
                  <p className="round__voters muted">{t('room.round.votedBy', { names: option.voters.join(', ') })}</p>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <>
          <Sub>{t('room.round.result')}</Sub>
          <ol className="round__options round__result" aria-label={t('room.round.result')}>
            {ranked.map((option) => {
              const labelId = `${id}-${option.id}`;
              return (
                <li key={option.id} className={option.rank === 1 && option.dots > 0 ? 'round__option round__option--top' : 'round__option'}>
                  <span id={labelId} className="round__label">
                    <span className="round__rank">{t('room.round.rank', { rank: option.rank })}</span> {option.label}
                  </span>
                  <Tally dots={option.dots} share={option.share} labelId={labelId} />
                  {!round.anonymous && option.voters.length > 0 && (
                    <p className="round__voters muted">{t('room.round.votedBy', { names: option.voters.join(', ') })}</p>
                  )}
                </li>
              );
            })}
          </ol>
          {total === 0 && <p className="muted">{t('room.round.noDots')}</p>}
          {round.decisionOutputId && <p>{t('room.round.recorded')}</p>}
        </>
      )}
      {children}
    </section>
  );
}

function Tally({ dots, share, labelId }: { dots: number; share: number; labelId: string }) {
  const text = t('room.round.tally', { count: dots, share: percent.format(share) });
  return (
    <span className="round__tally">
      <meter className="round__bar" min={0} max={1} value={share} aria-labelledby={labelId} aria-valuetext={text} />
      <span className="round__dots">{text}</span>
    </span>
  );
}
