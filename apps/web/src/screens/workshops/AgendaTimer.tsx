import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { t } from '../../i18n/i18n';
import type { AgendaItem } from './operations';

/**
 * The timer's state. While running, `endsAt` is the clock time the section's minutes run out, so a
 * reload (or a tab left in the background) still counts from the real clock; while paused,
 * `remainingMs` holds what was left.
 */
interface TimerState {
  sectionId: string | null;
  running: boolean;
  endsAt: number | null;
  remainingMs: number;
  /** Whether "time is up" was already said for this section. */
  announced: boolean;
}

const KEY = 'coprod:workshop-timer:';

/** Where a workshop's timer is kept: sessionStorage, this tab only. */
export function timerKey(workshopId: string): string {
  return `${KEY}${workshopId}`;
}

function read(workshopId: string): TimerState | null {
  try {
    const stored = window.sessionStorage.getItem(timerKey(workshopId));
    return stored ? (JSON.parse(stored) as TimerState) : null;
  } catch {
    return null;
  }
}

function write(workshopId: string, state: TimerState): void {
  try {
    window.sessionStorage.setItem(timerKey(workshopId), JSON.stringify(state));
  } catch {
    // Storage off or full: the timer still runs, it just does not survive a reload.
  }
}

const fresh = (section: AgendaItem | undefined): TimerState => ({
  sectionId: section?.id ?? null,
  running: false,
  endsAt: null,
  remainingMs: (section?.minutes ?? 0) * 60_000,
  announced: false,
});

function remaining(state: TimerState, now: number): number {
  return state.running && state.endsAt !== null ? state.endsAt - now : state.remainingMs;
}

/** "12:05", or for time over the section's minutes, the time over. */
export function clock(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The current section and its countdown, kept across reloads; `onSection` hears which section is under way. */
export function useSectionTimer(workshopId: string, agenda: readonly AgendaItem[]) {
  const [state, setState] = useState<TimerState>(() => {
    const stored = read(workshopId);
    // A section removed since the timer was kept: start again at the first.
    return stored && (stored.sectionId === null || agenda.some((a) => a.id === stored.sectionId)) ? stored : fresh(agenda[0]);
  });
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => write(workshopId, state), [workshopId, state]);

  useEffect(() => {
    if (!state.running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [state.running]);

  const index = Math.max(
    0,
    agenda.findIndex((a) => a.id === state.sectionId),
  );
  const section = agenda[index];
  const left = remaining(state, now);

  const start = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => (s.running ? s : { ...s, running: true, endsAt: at + s.remainingMs }));
  }, []);
  const pause = useCallback(() => {
    const at = Date.now();
    setNow(at);
    setState((s) => (s.running ? { ...s, running: false, endsAt: null, remainingMs: remaining(s, at) } : s));
  }, []);
  const goTo = useCallback(
    (target: number) => {
      const next = agenda[target];
      if (!next) return;
      const at = Date.now();
      setNow(at);
      // Moving on keeps the clock going if it was, so the room does not lose a beat.
      setState((s) => {
        const moved = fresh(next);
        return s.running ? { ...moved, running: true, endsAt: at + moved.remainingMs } : moved;
      });
    },
    [agenda],
  );
  const markAnnounced = useCallback(() => setState((s) => ({ ...s, announced: true })), []);

  return { section, index, left, running: state.running, announced: state.announced, start, pause, goTo, markAnnounced };
}

/** Run mode's timer: the section under way, its countdown, and start / pause / previous / next by button. */
export function AgendaTimer({
  workshopId,
  agenda,
  onSection,
}: {
  workshopId: string;
  agenda: readonly AgendaItem[];
  onSection?: (section: AgendaItem | undefined) => void;
}) {
  const announce = useAnnounce();
  const timer = useSectionTimer(workshopId, agenda);
  const { section, left, running, announced, markAnnounced } = timer;
  const sectionRef = useRef(onSection);
  useLayoutEffect(() => {
    sectionRef.current = onSection;
  });

  useEffect(() => sectionRef.current?.(section), [section]);

  useEffect(() => {
    if (section && running && left <= 0 && !announced) {
      announce(t('workshops.run.timeUp', { title: section.title }));
      markAnnounced();
    }
  }, [section, running, left, announced, announce, markAnnounced]);

  if (!section) {
    return (
      <section className="card timer" aria-labelledby="timer-title">
        <h2 id="timer-title">{t('workshops.run.timer')}</h2>
        <p>{t('workshops.run.noAgenda')}</p>
      </section>
    );
  }
  const total = section.minutes * 60_000;
  const over = left <= 0;
  const last = timer.index === agenda.length - 1;
  const started = running || left !== total;
  return (
    <section className="card timer" aria-labelledby="timer-title">
      <h2 id="timer-title">{t('workshops.run.timer')}</h2>
      <p className="muted">{t('workshops.run.section', { position: timer.index + 1, count: agenda.length })}</p>
      <p className="timer__section">{section.title}</p>
      <p className={over ? 'timer__clock timer__clock--over' : 'timer__clock'}>
        <span className="visually-hidden">{t('workshops.run.remaining')}: </span>
        {/* role timer is not live: read on demand, not every second; the LiveRegion says when time is up. */}
        <span role="timer">{over ? t('workshops.run.over', { time: clock(left) }) : clock(left)}</span>
      </p>
      <progress className="timer__progress" aria-hidden="true" max={total} value={Math.min(total, total - left)} />
      <div className="actions">
        {running ? (
          <Button onClick={timer.pause}>{t('workshops.run.pause')}</Button>
        ) : (
          <Button variant="primary" onClick={timer.start}>
            {started ? t('workshops.run.resume') : t('workshops.run.start')}
          </Button>
        )}
        <Button onClick={() => timer.goTo(timer.index - 1)} disabled={timer.index === 0}>
          {t('workshops.run.previous')}
        </Button>
        <Button onClick={() => timer.goTo(timer.index + 1)} disabled={last}>
          {t('workshops.run.next')}
        </Button>
        <Button onClick={() => timer.goTo(timer.index)} disabled={!started}>
          {t('workshops.run.restart')}
        </Button>
      </div>
    </section>
  );
}
