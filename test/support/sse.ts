// A GraphQL-over-SSE subscriber (Yoga's "distinct connections" mode: one subscription per request),
// reading the stream as it arrives so a test can wait for each event with a deadline.

export interface SseMessage {
  event: string;
  data: {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  /** When it arrived (Date.now()), for latency checks. */
  at: number;
}

export interface SseSubscription {
  status: number;
  /** Every message so far, in arrival order. */
  messages: SseMessage[];
  /** The next unread message, or an error after timeoutMs. */
  next(timeoutMs?: number): Promise<SseMessage>;
  close(): void;
}

export async function subscribeSse(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const messages: SseMessage[] = [];
  let read = 0;
  const wake: { waiter: (() => void) | null } = { waiter: null };
  let ended = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const lines = block.split('\n').filter((line) => !line.startsWith(':'));
          if (lines.length === 0) continue; // keep-alive
          const event =
            lines
              .find((line) => line.startsWith('event:'))
              ?.slice(6)
              .trim() ?? 'message';
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          messages.push({ event, data: data ? JSON.parse(data) : null, at: Date.now() });
          wake.waiter?.();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true;
      wake.waiter?.();
    }
  })();
  return {
    status: response.status,
    messages,
    async next(timeoutMs = 1_000) {
      const deadline = Date.now() + timeoutMs;
      while (read >= messages.length) {
        if (ended) throw new Error(`SSE stream ended after ${messages.length} messages`);
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`no SSE message within ${timeoutMs} ms (${messages.length} so far)`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake.waiter = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake.waiter = null;
      }
      return messages[read++] as SseMessage;
    },
    close() {
      abort.abort();
    },
  };
}
