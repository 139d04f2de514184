import { Redis } from 'ioredis';
import type { LiveTransport, PageIngestedEvent } from '../schema/live-events.js';

// Live events through Redis pub/sub, so that a subscriber connected to any server process hears
// the pages every process commits. Each process holds two connections: one subscribed to the
// channel (Redis forbids other commands on it) and one for commands (publish, the response cache).
//
// Redis down: queries and ingest carry on. Publishing fails fast (no offline queue: a page is
// never announced late, out of order with later pages), and open subscriptions end with
// EVENTS_UNAVAILABLE, since pub/sub keeps nothing for a subscriber that was away; new ones are
// refused until Redis answers again. ioredis reconnects by itself.

const CHANNEL = 'news-graph:page-ingested';

export interface RedisEvents {
  transport: LiveTransport;
  /** The command connection, shared with the response cache. */
  commands: Redis;
  close(): Promise<void>;
}

export interface RedisEventsOptions {
  url: string;
  log: (message: string, error?: unknown) => void;
  /** Counts events that could not be published (Redis down). */
  onPublishFailed?: () => void;
}

function retryDelay(attempt: number): number {
  return Math.min(100 * attempt, 1_000);
}

export function createRedisEvents(options: RedisEventsOptions): RedisEvents {
  const common = {
    retryStrategy: retryDelay,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  } as const;
  const commands = new Redis(options.url, {
    ...common,
    enableOfflineQueue: false,
    connectionName: 'news-graph-commands',
  });
  // Subscribed by hand on every (re)connect, so `up` turns true only once the channel is ours.
  const subscriber = new Redis(options.url, {
    ...common,
    autoResubscribe: false,
    connectionName: 'news-graph-events',
  });
  const listeners = new Set<{
    onEvent: (event: PageIngestedEvent) => void;
    onLost: (reason: string) => void;
  }>();
  let up = false;
  let closing = false;
  let lastProblem = '';

  const report = (message: string, error?: unknown) => {
    // One line per change of state, not one per reconnect attempt.
    if (message === lastProblem) return;
    lastProblem = message;
    options.log(message, error);
  };
  const lose = (reason: string) => {
    if (!up) return;
    up = false;
    report(`Redis: ${reason}; open subscriptions end, new ones are refused until it answers`);
    for (const listener of [...listeners])
      listener.onLost(`the event broker (Redis) went away: ${reason}`);
  };

  subscriber.on('ready', () => {
    subscriber.subscribe(CHANNEL).then(
      () => {
        up = true;
        if (lastProblem) options.log('Redis: live events flow again');
        lastProblem = '';
      },
      (error: unknown) => report('Redis: could not subscribe to the live events channel', error),
    );
  });
  subscriber.on('close', () => lose('connection closed'));
  subscriber.on('error', (error: Error) => report(`Redis (events): ${error.message}`));
  commands.on('error', (error: Error) => report(`Redis (commands): ${error.message}`));
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== CHANNEL) return;
    let event: PageIngestedEvent;
    try {
      event = JSON.parse(message) as PageIngestedEvent;
    } catch (error) {
      options.log('Redis: an unreadable live event was dropped', error);
      return;
    }
    for (const listener of listeners) listener.onEvent(event);
  });

  const transport: LiveTransport = {
    get up() {
      return up && !closing;
    },
    send: (event) => {
      commands.publish(CHANNEL, JSON.stringify(event)).catch((error: unknown) => {
        options.onPublishFailed?.();
        options.log('Redis: a committed page could not be announced', error);
      });
    },
    listen: (onEvent, onLost) => {
      const listener = { onEvent, onLost };
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return {
    transport,
    commands,
    close: async () => {
      closing = true;
      for (const listener of [...listeners]) listener.onLost('the server is shutting down');
      subscriber.disconnect();
      commands.disconnect();
    },
  };
}
