import { EventEntity } from './event.entity';
import { LiveEvents, MISSED_SIGNALS } from './live-events';

let nextId = 1;
function event(organisationId: string, programmeId: string | null = null, sequence: number | null = null): EventEntity {
  return Object.assign(new EventEntity(), { id: String(nextId++), organisationId, programmeId, sequence, type: 'T', payload: {} });
}

const allowed = async () => true;

describe('LiveEvents', () => {
  it("streams an organisation's events, its programmes' included, in publish order", async () => {
    const live = new LiveEvents();
    const stream = live.stream('org-1', allowed);
    const published = [event('org-1'), event('org-2'), event('org-1', 'p-1', 1), event('org-1')];
    for (const e of published) live.publish(e);
    const got = [await stream.next(), await stream.next(), await stream.next()].map((r) => r.value);
    expect(got).toEqual([published[0], published[2], published[3]]);
    await stream.return!();
  });

  it("streams one programme's events only, dropping any at or below the last sequence delivered", async () => {
    const live = new LiveEvents();
    const stream = live.streamProgramme('org-1', 'p-1', allowed);
    const first = event('org-1', 'p-1', 1);
    const second = event('org-1', 'p-1', 2);
    live.publish(event('org-1')); // organisation-level
    live.publish(event('org-1', 'p-2', 1)); // another programme
    live.publish(event('org-2', 'p-1', 1)); // the same programme id under another organisation
    live.publish(first);
    live.publish(first); // a duplicate
    live.publish(second);
    live.publish(event('org-1', 'p-1', 1)); // an old sequence
    const third = event('org-1', 'p-1', 3);
    live.publish(third);
    expect([(await stream.next()).value, (await stream.next()).value, (await stream.next()).value]).toEqual([first, second, third]);
    await stream.return!();
  });

  it('hears what is published between subscribing and the first read', async () => {
    const live = new LiveEvents();
    const stream = live.streamProgramme('org-1', 'p-1', allowed);
    const early = event('org-1', 'p-1', 1);
    live.publish(early);
    expect((await stream.next()).value).toBe(early);
    await stream.return!();
  });

  it('detaches at once when the subscriber leaves, even while waiting for an event', async () => {
    const live = new LiveEvents();
    const stream = live.stream('org-1', allowed);
    const waiting = stream.next();
    expect(live.subscriberCount('org-1')).toBe(1);
    await stream.return!();
    expect(live.subscriberCount('org-1')).toBe(0);
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
  });

  it('ends the stream when the subscriber is no longer allowed', async () => {
    const live = new LiveEvents();
    let member = true;
    const stream = live.streamProgramme('org-1', 'p-1', async () => member);
    live.publish(event('org-1', 'p-1', 1));
    expect((await stream.next()).done).toBe(false);
    member = false;
    live.publish(event('org-1', 'p-1', 2));
    expect((await stream.next()).done).toBe(true);
    expect(live.subscriberCount('org-1', 'p-1')).toBe(0);
  });

  it('asks again while the database cannot be reached, so a short loss does not end the stream', async () => {
    const live = new LiveEvents();
    const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    let asked = 0;
    const stream = live.streamProgramme('org-1', 'p-1', async () => {
      asked += 1;
      if (asked <= 2) throw unreachable;
      return true;
    });
    const first = event('org-1', 'p-1', 1);
    live.publish(first);
    expect((await stream.next()).value).toBe(first);
    expect(asked).toBe(3);
    await stream.return!();
  });

  it('ends the stream with any other failure at once, and stops asking when the subscriber leaves meanwhile', async () => {
    const live = new LiveEvents();
    const broken = live.stream('org-1', async () => {
      throw new Error('a bug');
    });
    live.publish(event('org-1'));
    await expect(broken.next()).rejects.toThrow('a bug');
    expect(live.subscriberCount('org-1')).toBe(0);

    let asked = 0;
    const waiting = live.stream('org-1', async () => {
      asked += 1;
      throw Object.assign(new Error('Connection terminated unexpectedly'), {});
    });
    live.publish(event('org-1'));
    const pending = waiting.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waiting.return!();
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
    expect(asked).toBe(1);
  });

  it('hands every open personal stream, whatever its kind, a MISSED_SIGNALS signal when the live connection is back', async () => {
    const live = new LiveEvents();
    const mine = live.streamPersonal('org-1', 'user-1', 'NOTIFICATION', allowed);
    const theirs = live.streamPersonal('org-2', 'user-2', 'OTHER', allowed);
    live.publishPersonal({ organisationId: 'org-1', userId: 'user-1', kind: 'ELSE', id: 'x' }); // not this stream's kind
    const since = new Date('2026-03-01T08:00:00.000Z');
    live.publishResumed(since);
    expect((await mine.next()).value).toEqual({ organisationId: 'org-1', userId: 'user-1', kind: MISSED_SIGNALS, id: since.toISOString() });
    expect((await theirs.next()).value).toEqual({
      organisationId: 'org-2',
      userId: 'user-2',
      kind: MISSED_SIGNALS,
      id: since.toISOString(),
    });
    await mine.return!();
    await theirs.return!();
  });
});
