import { GraphQLError } from 'graphql';

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

export interface PageIngestedEvent {
  outletId: string;
  articles: IngestedArticleEvent[];
  meetings: ReportedMeetingEvent[];
}

export interface LiveEventLimits {
  /** Subscriptions open at once in this process. */
  maxSubscriptions: number;
  /** Events a subscriber may have waiting before it is dropped as too slow. */
  bufferSize: number;
}

const TOPIC = 'page-ingested';

/** Publishes page events and hands each subscriber a bounded stream of them. */
export class LiveEvents {
  private open = 0;

  constructor(
    private readonly target: EventTarget,
    readonly limits: LiveEventLimits,
  ) {}

  get openSubscriptions(): number {
    return this.open;
  }

  publish(event: PageIngestedEvent): void {
    this.target.dispatchEvent(new CustomEvent(TOPIC, { detail: event }));
  }

  /**
   * A stream of page events. Publishing never waits for a subscriber: events queue per subscriber
   * up to bufferSize, and a subscriber that falls further behind ends with SLOW_SUBSCRIBER.
   */
  subscribe(signal?: AbortSignal): AsyncIterable<PageIngestedEvent> {
    if (this.open >= this.limits.maxSubscriptions) {
      throw new GraphQLError(`Too many subscriptions: this server allows ${this.limits.maxSubscriptions} at once`, {
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'subscriptions', max: this.limits.maxSubscriptions },
      });
    }
    this.open += 1;
    const queue: PageIngestedEvent[] = [];
    let overflowed = false;
    let ended = false;
    let wake: (() => void) | null = null;
    const notify = () => {
      const resolve = wake;
      wake = null;
      resolve?.();
    };
    const listener = (event: Event) => {
      if (overflowed || ended) return;
      if (queue.length >= this.limits.bufferSize) overflowed = true;
      else queue.push((event as CustomEvent<PageIngestedEvent>).detail);
      notify();
    };
    this.target.addEventListener(TOPIC, listener);
    const finish = () => {
      if (ended) return;
      ended = true;
      this.open -= 1;
      this.target.removeEventListener(TOPIC, listener);
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
              throw new GraphQLError(`Subscriber too slow: more than ${bufferSize} events waiting; subscribe again`, {
                extensions: { code: 'SLOW_SUBSCRIBER', max: bufferSize },
              });
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
