import { type MessagePort, parentPort, Worker, workerData } from 'node:worker_threads';
import { openNer } from '../../src/ner/index.js';
import { loadConfig } from '../../src/config.js';
import type { CatalogEntity, PageGraph } from '../../src/ingest/types.js';
import { SyntheticPages } from './synthetic-pages.js';

// Parsing and linking on a second thread, so they run while the main thread writes the page
// before (on one thread the write's round trips wait for the parser: no overlap at all).
// The main thread keeps at most `ahead` requests open, so the worker never runs far ahead of the
// database (pages are large); the pages requested are prepared concurrently.

interface Started {
  entities: CatalogEntity[];
  pageCount: number;
  meetingCount: number;
  /** The NER the pages went through, or null (the rules alone). */
  ner: string | null;
}
type Prepared = { page: PageGraph; prepareMs: number; nerMs: number; statementsMs: number };
type Reply = Prepared | { error: string };

export class PageWorker {
  private readonly worker: Worker;
  private readonly waiting: ((reply: Reply) => void)[] = [];
  private readonly replies: Promise<Reply>[] = [];
  private requested = 0;

  private constructor(
    worker: Worker,
    readonly started: Started,
    private readonly ahead: number,
  ) {
    this.worker = worker;
    worker.on('message', (reply: Reply) => this.waiting.shift()?.(reply));
    // A worker that dies must not leave the writer waiting forever for its pages.
    const fail = (reason: string) => {
      for (const resolve of this.waiting.splice(0)) resolve({ error: reason });
    };
    worker.on('error', (error) => fail(`the page worker failed: ${error.message}`));
    worker.on('exit', (code) => fail(`the page worker exited (code ${code})`));
  }

  static async start(
    articles: number,
    seed: number,
    options: { words: number; ner: boolean; statements?: boolean; ahead?: number },
  ): Promise<PageWorker> {
    // The worker runs this TypeScript file too: it registers tsx's loader, then imports it.
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: {
        articles,
        seed,
        words: options.words,
        ner: options.ner,
        statements: options.statements ?? true,
      },
    });
    const started = await new Promise<Started>((resolve, reject) => {
      worker.once('message', (message: Started | { error: string }) =>
        'error' in message ? reject(new Error(message.error)) : resolve(message),
      );
      worker.once('error', reject);
    });
    return new PageWorker(worker, started, options.ahead ?? 2);
  }

  /** The next page in order; keeps up to `ahead` pages in preparation. */
  async next(): Promise<Prepared> {
    while (this.requested < this.started.pageCount && this.replies.length < this.ahead) {
      this.requested += 1;
      this.replies.push(new Promise<Reply>((resolve) => this.waiting.push(resolve)));
      this.worker.postMessage('next');
    }
    const reply = await this.replies.shift();
    if (!reply) throw new Error('no page left to prepare');
    if ('error' in reply) throw new Error(reply.error);
    return reply;
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

async function serve(port: MessagePort): Promise<void> {
  // The NER as ingest opens it (NER_URL, else the local server), in this thread, where the pages are linked.
  const opened = workerData.ner
    ? await openNer({ ...loadConfig(), NER: 'on' }, (line) => console.error(line))
    : null;
  const pages = new SyntheticPages(workerData.articles as number, workerData.seed as number, {
    words: workerData.words as number,
    ner: opened?.ner ?? null,
    statements: workerData.statements as boolean,
  });
  let nerCounted = 0;
  let statementsCounted = 0;
  port.postMessage({
    entities: pages.entities,
    pageCount: pages.pageCount,
    meetingCount: pages.meetingCount,
    ner: opened?.ner?.describe() ?? null,
  } satisfies Started);
  // Pages asked for are prepared at once (up to the main thread's `ahead`), so one page's
  // linking runs while the next waits for the NER; answers still go out in order.
  let lastAnswer: Promise<void> = Promise.resolve();
  port.on('message', () => {
    const started = performance.now();
    const prepared: Promise<Reply> = pages.next().then(
      (page) => ({ page, prepareMs: performance.now() - started, nerMs: 0, statementsMs: 0 }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
    lastAnswer = lastAnswer.then(async () => {
      const reply = await prepared;
      // The NER's wait is counted once per page in order (pages overlap, so spans would double).
      const nerMs = pages.nerMs - nerCounted;
      nerCounted = pages.nerMs;
      const statementsMs = pages.statementsMs - statementsCounted;
      statementsCounted = pages.statementsMs;
      port.postMessage(
        'error' in reply ? reply : ({ ...reply, nerMs, statementsMs } satisfies Reply),
      );
    });
  });
}

if (parentPort && workerData?.articles) {
  serve(parentPort).catch((error: unknown) => {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  });
}
