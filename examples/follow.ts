import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import {
  ArticlesAboutDocument,
  type ArticlesAboutSubscription,
  ArticlesOfDocument,
  FollowTargetDocument,
  type FollowedArticleFragment,
  type FollowedMeetingFragment,
  MeetingsOfDocument,
  MeetingsWithDocument,
  type MeetingsWithSubscription,
} from './generated/operations.js';
import { allNodes, client, fail } from './lib.js';

// npm run example -- follow "Polen" [sse|ws]
// New articles about an entity and new meetings it takes part in, live, over GraphQL over SSE or
// WebSocket. Events that come while disconnected are not replayed, so after each reconnect the
// program reads what it missed (with the last event's bookmark: at least that fresh) and prints
// what it has not printed yet. One line per item on stdout; status lines on stderr.

const retryWait = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 5_000)));

export async function main([name, transport = 'sse']: string[]): Promise<void> {
  if (!name || !['sse', 'ws'].includes(transport)) fail('usage: follow "<entity>" [sse|ws]');
  const { entity } = await client.request(FollowTargetDocument, { name });
  if (entity?.__typename !== 'Person' && entity?.__typename !== 'Country') {
    fail(`follow: "${name}" is not a person or country this server knows`);
  }
  const { id } = entity;

  const known = new Set<string>(); // there before we started: not news
  const printed = new Set<string>();
  let bookmark: string | null = null;
  const printArticle = (article: FollowedArticleFragment) => {
    if (printed.has(article.id)) return;
    printed.add(article.id);
    console.log(['article', article.id, article.publishedAt, article.title].join('\t'));
  };
  const printMeeting = (meeting: FollowedMeetingFragment) => {
    if (printed.has(meeting.id)) return;
    printed.add(meeting.id);
    const who = meeting.participants.map((p) => p.name).join(', ');
    console.log(['meeting', meeting.id, meeting.date ?? 'undated', meeting.kind, who].join('\t'));
  };

  /** Everything about the entity now: remembered at the start, printed if unseen on a reconnect. */
  async function readAll(onItem: (item: { id: string }, print: () => void) => void) {
    const bookmarks = bookmark ? [bookmark] : [];
    const articles = allNodes(async (after) => {
      const { node } = await client.request(ArticlesOfDocument, { id, after }, bookmarks);
      if (!node || !('articles' in node)) throw new Error(`${id} is no longer an entity`);
      return node.articles;
    });
    for await (const article of articles) onItem(article, () => printArticle(article));
    const { node } = await client.request(MeetingsOfDocument, { id }, bookmarks);
    const meetings = node && 'meetings' in node ? node.meetings : [];
    for (const meeting of meetings) onItem(meeting, () => printMeeting(meeting));
  }
  const catchUp = async () => {
    const before = printed.size;
    await readAll((item, print) => {
      if (!known.has(item.id)) print();
    });
    console.error(`reconnected; caught up ${printed.size - before} item(s) missed meanwhile`);
  };

  const onArticle = ({ data }: { data?: ArticlesAboutSubscription | null }) => {
    if (!data) return;
    bookmark = data.entityMentioned.bookmark ?? bookmark;
    printArticle(data.entityMentioned.article);
  };
  const onMeeting = ({ data }: { data?: MeetingsWithSubscription | null }) => {
    if (!data) return;
    bookmark = data.meetingReported.bookmark ?? bookmark;
    printMeeting(data.meetingReported.meeting);
  };
  const error = (cause: unknown) => {
    console.error(`follow: the subscription failed: ${JSON.stringify(cause)}`);
    process.exit(1);
  };
  const complete = () => {
    console.error('follow: the server ended the subscription');
    process.exit(1);
  };

  // Subscribe first, then remember what exists: nothing committed in between is lost.
  let connected: () => void = () => {};
  const bothConnected = new Promise<void>((resolve) => {
    let count = 0;
    connected = () => {
      if (++count === 2) resolve();
    };
  });
  const variables = { id };
  if (transport === 'sse') {
    const sse = createSseClient({
      url: client.url,
      headers: client.headers(),
      retryAttempts: 20,
      retry: retryWait,
    });
    const on = {
      connected: (reconnected: boolean) =>
        reconnected ? void catchUp().catch(error) : connected(),
    };
    sse.subscribe<ArticlesAboutSubscription>(
      { query: String(ArticlesAboutDocument), variables },
      { next: onArticle, error, complete },
      on,
    );
    sse.subscribe<MeetingsWithSubscription>(
      { query: String(MeetingsWithDocument), variables },
      { next: onMeeting, error, complete },
      on,
    );
  } else {
    const ws = createWsClient({
      url: client.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: client.headers(),
      retryAttempts: 20,
      retryWait,
      shouldRetry: () => true,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void catchUp().catch(error);
          else {
            connected();
            connected();
          }
        },
      },
    });
    ws.subscribe<ArticlesAboutSubscription>(
      { query: String(ArticlesAboutDocument), variables },
      { next: onArticle, error, complete },
    );
    ws.subscribe<MeetingsWithSubscription>(
      { query: String(MeetingsWithDocument), variables },
      { next: onMeeting, error, complete },
    );
  }
  await bothConnected;
  await readAll((item) => known.add(item.id));
  console.error(`following ${entity.name} over ${transport} (${known.size} items known)`);
}
