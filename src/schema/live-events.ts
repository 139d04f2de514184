import { GraphQLError } from 'graphql';
import type { QuoteRecord } from '../graph/quote.js';

// What one committed page changed, as plain data: the ingest resolver publishes it once the page's
// transaction has committed, and subscriptions filter it. Events travel through an EventTarget, so
// an in-process one and a shared one (Redis) are interchangeable.

export interface IngestedArticleEvent {
  id: string;
  outletId: string;
  entityIds: string[];
}

export interface ReportedMeetingEvent {
  id: string;
  participantIds: string[];
  placeId: string | null;
  articleIds: string[];
}

/** A quote the page wrote, whole (the record a read would give): subscribers get it without a read. */
export type IngestedQuoteEvent = QuoteRecord;

export interface PageIngestedEvent {
  outletId: string;
  articles: IngestedArticleEvent[];
  meetings: ReportedMeetingEvent[];
  /** Absent from events of servers without the quotes stage. */
  quotes?: IngestedQuoteEvent[];
  /** The Neo4j bookmarks of the page's transaction: payloads are read at least that fresh. */
  bookmarks?: string[];
}

/** A subscription's payload with the page event it came from (one event object per process). */
export interface LiveDelivery<T> {
  readonly event: PageIngestedEvent;
  readonly payload: T;
}

export interface LiveEventLimits {
  /** Subscriptions open at once in this process. */
  maxSubscriptions: number;
  /** Events a subscriber may have waiting before it is dropped as too slow. */
  bufferSize: number;
}

/**
 * How events reach subscribers: within this process, or through a broker shared by every server
 * process (src/server/redis-events.ts). A transport that loses its broker says so, so that open
 * subscriptions end with a reason instead of silently missing events.
 */
export interface LiveTransport {
  /** Whether a subscriber added now would hear every event sent from now on. */
  readonly up: boolean;
  /** Sends an event to every subscriber of every process (this one's included); never throws. */
  send(event: PageIngestedEvent): void;
  /** Calls onEvent for each event sent, and onLost once delivery can no longer be promised. */
  listen(onEvent: (event: PageIngestedEvent) => void, onLost: (reason: string) => void): () => void;
}

const TOPIC = 'page-ingested';

/** One process, no broker: an EventTarget, which never goes down. */
export function inProcessTransport(target: EventTarget = new EventTarget()): LiveTransport {
  return {
    up: true,
    send: (event) => {
      target.dispatchEvent(new CustomEvent(TOPIC, { detail: event }));
    },
    listen: (onEvent) => {
      const listener = (event: Event) => onEvent((event as CustomEvent<PageIngestedEvent>).detail);
      target.addEventListener(TOPIC, listener);
      return () => target.removeEventListener(TOPIC, listener);
    },
  };
}

function unavailable(reason: string): GraphQLError {
  return new GraphQLError(
    `Live updates unavailable: ${reason}. Queries still work; subscribe again later.`,
    {
      extensions: { code: 'EVENTS_UNAVAILABLE' },
    },
  );
}

/** Publishes page events and hands each subscriber a bounded stream of them. */
export class LiveEvents {
  private open = 0;
  private readonly transport: LiveTransport;
  private bookmarks: readonly string[] = [];

  constructor(
    transport: EventTarget | LiveTransport,
    readonly limits: LiveEventLimits,
  ) {
    this.transport = transport instanceof EventTarget ? inProcessTransport(transport) : transport;
    // Heard before any subscriber's listener, so a payload is resolved at least as fresh as its page.
    this.transport.listen(
      (event) => {
        if (event.bookmarks?.length) this.bookmarks = event.bookmarks;
      },
      () => {},
    );
  }

  /** The bookmarks of the latest page heard from any process. */
  get latestBookmarks(): readonly string[] {
    return this.bookmarks;
  }

  get openSubscriptions(): number {
    return this.open;
  }

  publish(event: PageIngestedEvent): void {
    this.transport.send(event);
  }

  /**
   * A stream of page events. Publishing never waits for a subscriber: events queue per subscriber
   * up to bufferSize, and a subscriber that falls further behind ends with SLOW_SUBSCRIBER.
   */
  subscribe(signal?: AbortSignal): AsyncIterable<PageIngestedEvent> {
    if (this.open >= this.limits.maxSubscriptions) {
      throw new GraphQLError(
        `Too many subscriptions: this server allows ${this.limits.maxSubscriptions} at once`,
        {
          extensions: {
            code: 'LIMIT_EXCEEDED',
            limit: 'subscriptions',
            max: this.limits.maxSubscriptions,
          },
        },
      );
    }
    if (!this.transport.up) throw unavailable('the event broker does not answer');
    this.open += 1;
    const queue: PageIngestedEvent[] = [];
    let overflowed = false;
    let lost: string | null = null;
    let ended = false;
    let wake: (() => void) | null = null;
    const notify = () => {
      const resolve = wake;
      wake = null;
      resolve?.();
    };
    const stopListening = this.transport.listen(
      (event) => {
        if (overflowed || lost !== null || ended) return;
        if (queue.length >= this.limits.bufferSize) overflowed = true;
        else queue.push(event);
        notify();
      },
      (reason) => {
        if (ended) return;
        lost ??= reason;
        notify();
      },
    );
    const finish = () => {
      if (ended) return;
      ended = true;
      this.open -= 1;
      stopListening();
      notify();
    };
    signal?.addEventListener('abort', finish, { once: true });
    const bufferSize = this.limits.bufferSize;
    return {
      [Symbol.asyncIterator]: () => ({
        next: async (): Promise<IteratorResult<PageIngestedEvent>> => {
          while (true) {
            if (overflowed) {
              finish();
              throw new GraphQLError(
                `Subscriber too slow: more than ${bufferSize} events waiting; subscribe again`,
                {
                  extensions: { code: 'SLOW_SUBSCRIBER', max: bufferSize },
                },
              );
            }
            // Events that arrived before the loss are still delivered; then the stream ends with its reason.
            if (lost !== null && queue.length === 0) {
              finish();
              throw unavailable(lost);
            }
            const next = queue.shift();
            if (next) return { value: next, done: false };
            if (ended) return { value: undefined, done: true };
            await new Promise<void>((resolve) => {
              wake = resolve;
            });
          }
        },
        return: async (): Promise<IteratorResult<PageIngestedEvent>> => {
          finish();
          return { value: undefined, done: true };
        },
      }),
    };
  }
}
