import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';
import { isDatabaseUnavailable } from '@app/common';
import type { EventEntity } from './event.entity';

/** Asked before each delivery: false ends the stream (membership ended, key revoked). */
export type StillAllowed = () => Promise<boolean>;

const organisationChannel = (organisationId: string) => `organisation:${organisationId}`;
const programmeChannel = (organisationId: string, programmeId: string) => `programme:${organisationId}:${programmeId}`;

const personChannel = (organisationId: string, userId: string) => `person:${organisationId}:${userId}`;

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * The `kind` of the personal signal every open personal stream is handed when the live connection
 * is back after a loss (LiveEvents.publishResumed): signals sent since `id` (an ISO time) may
 * have been missed, and the stream's owner re-reads what it owns from then on.
 */
export const MISSED_SIGNALS = 'MISSED_SIGNALS';

/**
 * How long a delivery waits for the database to answer `stillAllowed` again when it cannot be
 * reached, asking again and again, before the stream ends with DATABASE_UNAVAILABLE.
 */
const STILL_ALLOWED_PATIENCE_MS = 30_000;

/**
 * A change of access that is no organisation's event, so has no history row to travel with:
 * a person's sessions ended (signing out, a changed or reset password). It reaches every
 * process as events do (EventFanout.announceAccess).
 */
export interface AccessSignal {
  userId: string;
  /** The sessions that ended; the person's older tokens, which name none, may have ended too. */
  sessionIds: string[];
}

/**
 * Something for one person in one organisation that is no history event (a reminder for them,
 * libs/notifications): it reaches every process as events do (EventFanout.announcePersonal),
 * carrying ids only; the owner of `kind` reads the record and hands it to the person's streams.
 */
export interface PersonalSignal {
  userId: string;
  organisationId: string;
  kind: string;
  id: string;
}

/**
 * Delivers committed history events to subscribers in this process, each once and in the
 * order they were published. Who publishes depends on the database (see EventFanout): on
 * PostgreSQL the LISTEN connection, for every process; on the embedded database the writer's
 * after-commit hook.
 */
@Injectable()
export class LiveEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly observers = new Set<(event: EventEntity) => void>();
  private readonly accessObservers = new Set<(signal: AccessSignal) => void>();
  private readonly personalObservers = new Set<(signal: PersonalSignal) => void>();

  /**
   * Calls `observer` with every event this process publishes, before any subscriber is handed
   * it: a cache that an event makes stale (memberships) is cleared before deliveries check it.
   * The process that wrote an event may call it twice (once at its commit, once when it hears
   * it back): observers must not mind. Returns the function that stops observing.
   */
  observe(observer: (event: EventEntity) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Calls `observer` with every access signal this process hears. Returns the function that stops observing. */
  observeAccess(observer: (signal: AccessSignal) => void): () => void {
    this.accessObservers.add(observer);
    return () => this.accessObservers.delete(observer);
  }

  publishAccess(signal: AccessSignal): void {
    for (const observer of this.accessObservers) observer(signal);
  }

  /** Calls `observer` with every personal signal this process hears. Returns the function that stops observing. */
  observePersonal(observer: (signal: PersonalSignal) => void): () => void {
    this.personalObservers.add(observer);
    return () => this.personalObservers.delete(observer);
  }

  publishPersonal(signal: PersonalSignal): void {
    for (const observer of this.personalObservers) observer(signal);
    this.emitter.emit(personChannel(signal.organisationId, signal.userId), signal);
  }

  /**
   * The live connection is back after a loss (EventFanout): events were re-read, but personal
   * signals sent since `since` may be lost, so every open personal stream is handed one
   * MISSED_SIGNALS signal to re-read from.
   */
  publishResumed(since: Date): void {
    for (const channel of this.emitter.eventNames()) {
      const person = typeof channel === 'string' ? /^person:([^:]+):([^:]+)$/.exec(channel) : null;
      if (person)
        this.emitter.emit(channel, { organisationId: person[1], userId: person[2], kind: MISSED_SIGNALS, id: since.toISOString() });
    }
  }

  /**
   * One person's signals of one `kind` in one organisation from now on, each as it was published,
   * and MISSED_SIGNALS after the live connection was lost and is back; `stillAllowed` is asked
   * before each, as for events.
   */
  streamPersonal(organisationId: string, userId: string, kind: string, stillAllowed: StillAllowed): AsyncIterableIterator<PersonalSignal> {
    return new LiveStream<PersonalSignal>(
      this.emitter,
      personChannel(organisationId, userId),
      stillAllowed,
      (signal) => signal.kind === kind || signal.kind === MISSED_SIGNALS,
    );
  }

  /** Tells this process's observers only (not subscribers): the writer's own caches are cleared at its commit. */
  observed(event: EventEntity): void {
    for (const observer of this.observers) observer(event);
  }

  publish(event: EventEntity): void {
    this.observed(event);
    this.emitter.emit(organisationChannel(event.organisationId), event);
    if (event.programmeId) this.emitter.emit(programmeChannel(event.organisationId, event.programmeId), event);
  }

  /**
   * The organisation's events from now on (its programmes' events included). `stillAllowed` is
   * asked before each delivery, so a subscriber whose membership ends or whose key is revoked
   * stops receiving at once.
   */
  stream(organisationId: string, stillAllowed: StillAllowed): AsyncIterableIterator<EventEntity> {
    return new LiveStream(this.emitter, organisationChannel(organisationId), stillAllowed, () => true);
  }

  /**
   * One programme's events from now on, in `sequence` order, each once: an event whose
   * sequence is not above the last one delivered to this subscriber is dropped. The programme
   * must belong to `organisationId` (the caller has checked it): events are keyed by both, so a
   * programme id from another organisation simply hears nothing.
   */
  streamProgramme(organisationId: string, programmeId: string, stillAllowed: StillAllowed): AsyncIterableIterator<EventEntity> {
    let lastSequence = 0;
    return new LiveStream(this.emitter, programmeChannel(organisationId, programmeId), stillAllowed, (event) => {
      if (event.sequence === null) return true;
      if (event.sequence <= lastSequence) return false;
      lastSequence = event.sequence;
      return true;
    });
  }

  /** One person's open personal streams in the organisation, for tests and metrics. */
  personalSubscriberCount(organisationId: string, userId: string): number {
    return this.emitter.listenerCount(personChannel(organisationId, userId));
  }

  /** Open streams on the organisation (and programme), for tests and metrics. */
  subscriberCount(organisationId: string, programmeId?: string): number {
    return this.emitter.listenerCount(programmeId ? programmeChannel(organisationId, programmeId) : organisationChannel(organisationId));
  }
}

/**
 * A subscriber's queue. It listens from the moment it is created (nothing published between
 * subscribing and the first `next()` is lost), and `return()` detaches it at once, even while
 * it waits for an event (an async generator would only notice at its next event).
 */
class LiveStream<T = EventEntity> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private wake: (() => void) | null = null;
  /** Ends a pause between asking `stillAllowed` again. */
  private onClose: (() => void) | null = null;
  private closed = false;
  /** `next()` calls are served one after another, so events leave in the order they came. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly emitter: EventEmitter,
    private readonly channel: string,
    private readonly stillAllowed: StillAllowed,
    private readonly accept: (event: T) => boolean,
  ) {
    emitter.on(channel, this.listener);
  }

  private readonly listener = (event: T): void => {
    if (this.closed || !this.accept(event)) return;
    this.queue.push(event);
    this.rouse();
  };

  next(): Promise<IteratorResult<T>> {
    const result = this.turn.then(() => this.pull());
    this.turn = result.catch(() => undefined);
    return result;
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve(DONE);
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private async pull(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.closed) return DONE;
      const event = this.queue.shift();
      if (!event) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      let allowed: boolean;
      try {
        allowed = await this.askStillAllowed();
      } catch (error) {
        this.close();
        throw error;
      }
      if (!allowed) this.close();
      if (this.closed) return DONE;
      return { value: event, done: false };
    }
  }

  /**
   * `stillAllowed`, asked again with growing pauses while the database cannot be reached (the
   * event waits at the head of the queue) for at most STILL_ALLOWED_PATIENCE_MS, so that a short
   * loss of the database does not end the subscription.
   */
  private async askStillAllowed(): Promise<boolean> {
    const giveUpAt = Date.now() + STILL_ALLOWED_PATIENCE_MS;
    for (let pause = 250; ; pause = Math.min(pause * 2, 4000)) {
      try {
        return await this.stillAllowed();
      } catch (error) {
        if (this.closed) return false;
        if (!isDatabaseUnavailable(error) || Date.now() + pause > giveUpAt) throw error;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.onClose = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.onClose = null;
      if (this.closed) return false;
    }
  }

  private rouse(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emitter.off(this.channel, this.listener);
    this.queue.length = 0;
    this.rouse();
    this.onClose?.();
  }
}
