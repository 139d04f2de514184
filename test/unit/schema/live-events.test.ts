import { describe, expect, it } from 'vitest';
import { LiveEvents, type PageIngestedEvent } from '../../../src/schema/live-events.js';

function page(n: number): PageIngestedEvent {
  return {
    outletId: 'outlet',
    articles: [{ id: `a${n}`, outletId: 'outlet', entityIds: [] }],
    meetings: [],
  };
}

describe('live events', () => {
  it('delivers every event once, in publish order, to each subscriber', async () => {
    const events = new LiveEvents(new EventTarget(), { maxSubscriptions: 10, bufferSize: 10 });
    const one = events.subscribe()[Symbol.asyncIterator]();
    const two = events.subscribe()[Symbol.asyncIterator]();
    for (let n = 0; n < 3; n++) events.publish(page(n));
    for (const iterator of [one, two]) {
      const seen = [];
      for (let n = 0; n < 3; n++) seen.push((await iterator.next()).value.articles[0].id);
      expect(seen).toEqual(['a0', 'a1', 'a2']);
    }
  });

  it('drops a subscriber that falls more than its buffer behind, without holding up publishing', async () => {
    const events = new LiveEvents(new EventTarget(), { maxSubscriptions: 10, bufferSize: 2 });
    const slow = events.subscribe()[Symbol.asyncIterator]();
    for (let n = 0; n < 5; n++) events.publish(page(n));
    await expect(slow.next()).rejects.toMatchObject({
      extensions: { code: 'SLOW_SUBSCRIBER', max: 2 },
    });
    expect(events.openSubscriptions).toBe(0);
  });

  it('refuses subscriptions past the per-process cap, and frees a slot when one closes', async () => {
    const events = new LiveEvents(new EventTarget(), { maxSubscriptions: 1, bufferSize: 2 });
    const first = events.subscribe()[Symbol.asyncIterator]();
    expect(() => events.subscribe()).toThrow(/Too many subscriptions/);
    const waiting = first.next();
    await first.return?.();
    expect(await waiting).toMatchObject({ done: true });
    expect(() => events.subscribe()).not.toThrow();
  });
});
