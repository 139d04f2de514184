import {
  NER_LABELS,
  type NerLabel,
  type NerSpan,
  NerUnavailableError,
  type ParsedToken,
} from './types.js';

// HTTP client for a Stanford CoreNLP server. Many texts go in one request, joined by a blank line
// (a sentence break with ssplit.newlineIsSentenceBreak=two, so no entity spans two texts), and the
// answer's offsets (Java chars, i.e. UTF-16 units like JavaScript indices) are mapped back to each text.

export const SEPARATOR = '\n\n';

export const CORENLP_PROPERTIES = {
  annotators: 'tokenize,ssplit,mwt,ner',
  outputFormat: 'json',
  pipelineLanguage: 'de',
  'ssplit.newlineIsSentenceBreak': 'two',
} as const;

// The German UD tagger and dependency parser of the same models jar; each line is one sentence.
export const CORENLP_PARSE_PROPERTIES = {
  annotators: 'tokenize,ssplit,mwt,pos,depparse',
  outputFormat: 'json',
  pipelineLanguage: 'de',
  'ssplit.eolonly': 'true',
} as const;

interface AnswerToken {
  word?: string;
  originalText?: string;
  characterOffsetBegin?: number;
  characterOffsetEnd?: number;
  pos?: string;
}
interface AnswerDependency {
  dep?: string;
  governor?: number;
  dependent?: number;
}

/** The parses of a parse request's answer, one per line of `body` (lines start at `starts`). */
export function parsesFromAnswer(starts: readonly number[], answer: unknown): ParsedToken[][] {
  const sentences = (answer as { sentences?: unknown[] }).sentences;
  if (!Array.isArray(sentences)) throw new Error('the answer has no sentences');
  if (sentences.length !== starts.length)
    throw new Error(`the parser answered ${sentences.length} sentences for ${starts.length}`);
  return sentences.map((raw, index) => {
    const sentence = raw as {
      tokens?: AnswerToken[];
      basicDependencies?: AnswerDependency[];
    };
    const offset = starts[index] as number;
    const tokens: ParsedToken[] = (sentence.tokens ?? []).map((token) => ({
      text: token.originalText ?? token.word ?? '',
      start: (token.characterOffsetBegin ?? 0) - offset,
      end: (token.characterOffsetEnd ?? 0) - offset,
      pos: token.pos ?? 'X',
      head: -1,
      rel: 'root',
    }));
    for (const dependency of sentence.basicDependencies ?? []) {
      const token = tokens[(dependency.dependent ?? 0) - 1];
      if (!token) continue;
      token.head = (dependency.governor ?? 0) - 1;
      token.rel = dependency.dep === 'ROOT' ? 'root' : (dependency.dep ?? 'dep');
    }
    return tokens;
  });
}

export interface CoreNlpClientOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:9000 */
  url: string;
  timeoutMs: number;
  /** Largest request body in UTF-16 units; bigger batches are split (a single longer text goes alone). */
  maxRequestChars?: number;
  /** Requests in flight at once for one annotate() call (match the server's -threads). */
  concurrency?: number;
}

export interface Batch {
  /** Indices into the caller's texts. */
  indices: number[];
  /** The texts joined by SEPARATOR. */
  body: string;
  /** Offset of each text in `body`, parallel to `indices`. */
  starts: number[];
}

/** Groups texts in order into request bodies of at most maxChars (a longer single text goes alone). */
export function planBatches(texts: readonly string[], maxChars: number): Batch[] {
  const batches: Batch[] = [];
  let current: { indices: number[]; parts: string[]; starts: number[]; length: number } | null =
    null;
  const flush = () => {
    if (current)
      batches.push({
        indices: current.indices,
        body: current.parts.join(SEPARATOR),
        starts: current.starts,
      });
    current = null;
  };
  texts.forEach((text, index) => {
    if (text.trim() === '') return;
    const added = current ? SEPARATOR.length + text.length : text.length;
    if (current && current.length + added > maxChars) flush();
    if (!current) current = { indices: [], parts: [], starts: [], length: 0 };
    const start = current.parts.length === 0 ? 0 : current.length + SEPARATOR.length;
    current.indices.push(index);
    current.parts.push(text);
    current.starts.push(start);
    current.length = start + text.length;
  });
  flush();
  return batches;
}

interface CoreNlpMention {
  ner?: string;
  characterOffsetBegin?: number;
  characterOffsetEnd?: number;
}

interface CoreNlpAnswer {
  sentences?: { entitymentions?: CoreNlpMention[] }[];
}

const LABELS = new Set<string>(NER_LABELS);

/**
 * Maps a CoreNLP answer for one batch back to span lists per text (keyed by the caller's index).
 * Throws a plain Error when the answer does not fit the body (the caller reports it as bad JSON).
 */
export function spansFromAnswer(
  batch: Batch,
  texts: readonly string[],
  answer: unknown,
): Map<number, NerSpan[]> {
  const result = new Map<number, NerSpan[]>(batch.indices.map((index) => [index, []]));
  const sentences = (answer as CoreNlpAnswer | null)?.sentences;
  if (!Array.isArray(sentences)) throw new Error('the answer has no "sentences" list');
  for (const sentence of sentences) {
    for (const mention of sentence.entitymentions ?? []) {
      const begin = mention.characterOffsetBegin;
      const end = mention.characterOffsetEnd;
      if (
        typeof begin !== 'number' ||
        typeof end !== 'number' ||
        begin < 0 ||
        end <= begin ||
        end > batch.body.length
      ) {
        throw new Error(
          `an entity mention has offsets ${begin}..${end} outside the ${batch.body.length}-char text sent`,
        );
      }
      if (!mention.ner || !LABELS.has(mention.ner)) continue;
      const slot = lastStartAtOrBefore(batch.starts, begin);
      const index = batch.indices[slot] as number;
      const text = texts[index] as string;
      const offset = batch.starts[slot] as number;
      // A mention reaching into the separator or the next text cannot come from one sentence; skip it.
      if (end - offset > text.length) continue;
      const start = begin - offset;
      const stop = end - offset;
      result
        .get(index)
        ?.push({ label: mention.ner as NerLabel, start, end: stop, text: text.slice(start, stop) });
    }
  }
  return result;
}

function lastStartAtOrBefore(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

type TransportFailure = { kind: 'refused' | 'reset' | 'timeout'; detail: string };

function classify(error: unknown): TransportFailure {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return { kind: 'timeout', detail: 'no answer in time' };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code ?? '';
  const detail = `${code || (error as Error).message}${cause?.message ? ` (${cause.message})` : ''}`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return { kind: 'reset', detail };
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return { kind: 'timeout', detail };
  }
  return { kind: 'refused', detail };
}

export class CoreNlpClient {
  private readonly endpoint: string;
  private readonly parseEndpoint: string;
  private readonly maxRequestChars: number;
  private readonly concurrency: number;

  constructor(private readonly options: CoreNlpClientOptions) {
    this.endpoint = `${options.url.replace(/\/+$/, '')}/?properties=${encodeURIComponent(JSON.stringify(CORENLP_PROPERTIES))}`;
    this.parseEndpoint = `${options.url.replace(/\/+$/, '')}/?properties=${encodeURIComponent(JSON.stringify(CORENLP_PARSE_PROPERTIES))}`;
    this.maxRequestChars = options.maxRequestChars ?? 90_000;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
  }

  get url(): string {
    return this.options.url;
  }

  async annotate(texts: string[]): Promise<NerSpan[][]> {
    const results: NerSpan[][] = texts.map(() => []);
    const batches = planBatches(texts, this.maxRequestChars);
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++] as Batch;
        const answer = await this.post(batch.body);
        let spans: Map<number, NerSpan[]>;
        try {
          spans = spansFromAnswer(batch, texts, answer);
        } catch (error) {
          throw new NerUnavailableError(this.options.url, 'bad-json', (error as Error).message);
        }
        for (const [index, list] of spans) results[index] = list;
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, batches.length) }, worker));
    return results;
  }

  /** Dependency parses of sentences (each on a line of its own), in requests of at most
   * maxRequestChars, as many in flight as annotate() sends. */
  async parse(sentences: string[]): Promise<ParsedToken[][]> {
    // A sentence is one line to the parser; an empty one would be no sentence at all.
    const lines = sentences.map((s) => s.replace(/[\r\n]/g, ' ').replace(/^\s*$/, '.'));
    const groups: number[][] = [];
    let size = Number.POSITIVE_INFINITY;
    lines.forEach((line, index) => {
      if (size + line.length + 1 > this.maxRequestChars) {
        groups.push([]);
        size = 0;
      }
      groups.at(-1)?.push(index);
      size += line.length + 1;
    });
    const results: ParsedToken[][] = lines.map(() => []);
    let next = 0;
    const worker = async () => {
      while (next < groups.length) {
        const group = groups[next++] as number[];
        const starts: number[] = [];
        let at = 0;
        for (const index of group) {
          starts.push(at);
          at += (lines[index] as string).length + 1;
        }
        const answer = await this.post(group.map((i) => lines[i]).join('\n'), this.parseEndpoint);
        let parses: ParsedToken[][];
        try {
          parses = parsesFromAnswer(starts, answer);
        } catch (error) {
          throw new NerUnavailableError(this.options.url, 'bad-json', (error as Error).message);
        }
        group.forEach((index, k) => {
          results[index] = parses[k] ?? [];
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, groups.length) }, worker));
    return results;
  }

  /** One POST; retried once when the connection was reset (a stale keep-alive socket), never otherwise. */
  private async post(body: string, endpoint = this.endpoint): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'text/plain; charset=utf-8' },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (error) {
        const failure = classify(error);
        if (failure.kind === 'reset' && attempt === 1) continue;
        const detail =
          failure.kind === 'timeout'
            ? `no answer within ${this.options.timeoutMs} ms`
            : failure.detail;
        throw new NerUnavailableError(this.options.url, failure.kind, detail, { cause: error });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        const failure = classify(error);
        if (failure.kind === 'reset' && attempt === 1) continue;
        throw new NerUnavailableError(
          this.options.url,
          failure.kind,
          `while reading the answer: ${failure.detail}`,
          { cause: error },
        );
      }
      if (!response.ok) {
        throw new NerUnavailableError(
          this.options.url,
          'http-status',
          `HTTP ${response.status}: ${text.slice(0, 300)}`,
        );
      }
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new NerUnavailableError(
          this.options.url,
          'bad-json',
          `the answer is not JSON: ${text.slice(0, 200)}`,
          { cause: error },
        );
      }
    }
  }
}
