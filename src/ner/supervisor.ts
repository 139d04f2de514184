import { CoreNlpClient } from './client.js';
import type { LocalCoreNlpProvider } from './local-provider.js';
import { type NerService, type NerSpan, NerUnavailableError, type ParsedToken } from './types.js';

// The local CoreNLP, kept running: before each batch it checks the process is alive and starts it
// when it is not. A call during which the server dies fails with NerUnavailableError (the caller
// fails that page whole); the next call starts the server again, so a long-running process recovers.

export interface SupervisedNerOptions {
  timeoutMs: number;
  concurrency: number;
  maxRequestChars?: number;
  log: (line: string) => void;
}

export class SupervisedLocalNer implements NerService {
  private client: CoreNlpClient | null = null;
  private pid: number | null = null;
  private lastUrl: string | null = null;
  private starting: Promise<CoreNlpClient> | null = null;

  constructor(
    private readonly provider: LocalCoreNlpProvider,
    private readonly options: SupervisedNerOptions,
  ) {}

  describe(): string {
    const where = this.client
      ? this.client.url
      : `${this.lastUrl ? `was ${this.lastUrl}, ` : ''}not running now; home ${this.provider.home}`;
    return `CoreNLP German NER, local (${where})`;
  }

  /** Starts the server if its process is not alive; resolves once it annotates. */
  async ensureRunning(): Promise<string> {
    return (await this.running()).url;
  }

  annotate(texts: string[]): Promise<NerSpan[][]> {
    return this.withClient((client) => client.annotate(texts));
  }

  parse(sentences: string[]): Promise<ParsedToken[][]> {
    return this.withClient((client) => client.parse(sentences));
  }

  private async withClient<T>(call: (client: CoreNlpClient) => Promise<T>): Promise<T> {
    const client = await this.running();
    try {
      return await call(client);
    } catch (error) {
      if (error instanceof NerUnavailableError && error.failure !== 'http-status') {
        this.client = null;
        const alive = this.provider.aliveInstance();
        if (!alive || alive.pid !== this.pid) {
          this.options.log(
            `CoreNLP at ${client.url} is gone (${error.failure}); the next batch starts it again.`,
          );
        }
      }
      throw error;
    }
  }

  private running(): Promise<CoreNlpClient> {
    const alive = this.provider.aliveInstance();
    if (this.client && alive && alive.pid === this.pid) return Promise.resolve(this.client);
    this.starting ??= this.start().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async start(): Promise<CoreNlpClient> {
    try {
      const instance = await this.provider.start();
      this.pid = instance.pid;
      this.lastUrl = instance.url;
      this.client = new CoreNlpClient({
        url: instance.url,
        timeoutMs: this.options.timeoutMs,
        concurrency: this.options.concurrency,
        maxRequestChars: this.options.maxRequestChars,
      });
      return this.client;
    } catch (error) {
      throw new NerUnavailableError(
        `local CoreNLP (${this.provider.home})`,
        'not-started',
        (error as Error).message,
        { cause: error },
      );
    }
  }
}

/** A CoreNLP server someone else runs (NER_URL): nothing is started, failures are reported as they come. */
export class RemoteNer implements NerService {
  private readonly client: CoreNlpClient;

  constructor(options: {
    url: string;
    timeoutMs: number;
    concurrency: number;
    maxRequestChars?: number;
  }) {
    this.client = new CoreNlpClient(options);
  }

  describe(): string {
    return `CoreNLP German NER at ${this.client.url} (NER_URL)`;
  }

  annotate(texts: string[]): Promise<NerSpan[][]> {
    return this.client.annotate(texts);
  }

  parse(sentences: string[]): Promise<ParsedToken[][]> {
    return this.client.parse(sentences);
  }
}
