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
// Answers come as CoNLL tables with only the columns read here: CoreNLP's JSON carries every token's
// every field and cost the server and this process more than the recognition itself.

export const SEPARATOR = '\n\n';

// The German CRF under an annotator name of its own: asked for as "ner", the server adds the POS
// tagger and lemmatiser as prerequisites, though the German model reads neither.
const RECOGNISER = 'germanner';
export const CORENLP_PROPERTIES = {
  annotators: `tokenize,ssplit,mwt,${RECOGNISER}`,
  [`customAnnotatorClass.${RECOGNISER}`]: 'edu.stanford.nlp.pipeline.NERCombinerAnnotator',
  // The annotator reads the ner.* settings whatever name it runs under.
  'ner.model': 'edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz',
  'ner.applyNumericClassifiers': 'false',
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  'ner.buildEntityMentions': 'false',
  outputFormat: 'conll',
  'output.columns': 'BEGIN_POS,END_POS,ner',
  pipelineLanguage: 'de',
  'ssplit.newlineIsSentenceBreak': 'two',
} as const;

// The German UD tagger and dependency parser of the same models jar; each line is one sentence.
// The token's text is the last column: it is the only one that could hold a space.
export const CORENLP_PARSE_PROPERTIES = {
  annotators: 'tokenize,ssplit,mwt,pos,depparse',
  outputFormat: 'conll',
  'output.columns': 'BEGIN_POS,END_POS,pos,headidx,deprel,current',
  pipelineLanguage: 'de',
  'ssplit.eolonly': 'true',
} as const;

/** The rows of a CoNLL answer, one list per sentence (sentences end at a blank line). */
function conllSentences(answer: string): string[][][] {
  const sentences: string[][][] = [];
  let current: string[][] = [];
  for (const line of answer.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(line.split('\t'));
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function offsetOf(cell: string | undefined, what: string): number {
  const value = Number(cell);
  if (cell === undefined || cell === '' || !Number.isInteger(value))
    throw new Error(`a token's ${what} is ${JSON.stringify(cell)}, not a character offset`);
  return value;
}

/** The parses of a parse request's answer, one per line of `body` (lines start at `starts`). */
export function parsesFromAnswer(starts: readonly number[], answer: string): ParsedToken[][] {
  const sentences = conllSentences(answer);
  if (sentences.length !== starts.length)
    throw new Error(`the parser answered ${sentences.length} sentences for ${starts.length}`);
  return sentences.map((rows, index) => {
    const offset = starts[index] as number;
    return rows.map((row) => {
      const [begin, end, pos, head, rel, ...text] = row;
      const governor = Number(head);
      return {
        text: text.join('\t'),
        start: offsetOf(begin, 'start') - offset,
        end: offsetOf(end, 'end') - offset,
        pos: pos && pos !== '_' ? pos : 'X',
        head: Number.isInteger(governor) && governor > 0 ? governor - 1 : -1,
        rel: !rel || rel === '_' || rel === 'ROOT' ? 'root' : rel,
      };
    });
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

const LABELS = new Set<string>(NER_LABELS);

/**
 * Maps a CoreNLP answer for one batch back to span lists per text (keyed by the caller's index):
 * a mention is a run of tokens with one label within a sentence, as CoreNLP's own entity mentions.
 * Throws a plain Error when the answer does not fit the body (the caller reports it as a bad answer).
 */
export function spansFromAnswer(
  batch: Batch,
  texts: readonly string[],
  answer: string,
): Map<number, NerSpan[]> {
  const result = new Map<number, NerSpan[]>(batch.indices.map((index) => [index, []]));
  if (answer.trim() !== '' && !/^\d+\t\d+\t/.test(answer))
    throw new Error(`the answer is no token table: ${JSON.stringify(answer.slice(0, 80))}`);
  const add = (label: string, begin: number, end: number) => {
    if (begin < 0 || end <= begin || end > batch.body.length) {
      throw new Error(
        `an entity mention has offsets ${begin}..${end} outside the ${batch.body.length}-char text sent`,
      );
    }
    if (!LABELS.has(label)) return;
    const slot = lastStartAtOrBefore(batch.starts, begin);
    const index = batch.indices[slot] as number;
    const text = texts[index] as string;
    const offset = batch.starts[slot] as number;
    // A mention reaching into the separator or the next text cannot come from one sentence; skip it.
    if (end - offset > text.length) return;
    const start = begin - offset;
    const stop = end - offset;
    result
      .get(index)
      ?.push({ label: label as NerLabel, start, end: stop, text: text.slice(start, stop) });
  };
  // Read line by line without splitting the answer into rows: a page's answer has a row per token.
  let open: { label: string; begin: number; end: number } | null = null;
  for (let at = 0; at < answer.length; ) {
    const lineEnd = answer.indexOf('\n', at);
    const stop = lineEnd < 0 ? answer.length : lineEnd;
    const firstTab = answer.indexOf('\t', at);
    if (firstTab < 0 || firstTab > stop) {
      // A blank line ends the sentence, and with it any mention.
      if (answer.slice(at, stop).trim() !== '')
        throw new Error(`a token row has no columns: ${JSON.stringify(answer.slice(at, stop))}`);
      if (open) add(open.label, open.begin, open.end);
      open = null;
    } else {
      const secondTab = answer.indexOf('\t', firstTab + 1);
      const endCell = answer.slice(
        firstTab + 1,
        secondTab < 0 || secondTab > stop ? stop : secondTab,
      );
      const label = secondTab < 0 || secondTab > stop ? 'O' : answer.slice(secondTab + 1, stop);
      const begin = offsetOf(answer.slice(at, firstTab), 'start');
      const end = offsetOf(endCell, 'end');
      if (open && open.label === label) open.end = Math.max(open.end, end);
      else {
        if (open) add(open.label, open.begin, open.end);
        open = label === 'O' || label === '_' ? null : { label, begin, end };
      }
    }
    at = stop + 1;
  }
  if (open) add(open.label, open.begin, open.end);
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
          throw new NerUnavailableError(this.options.url, 'bad-answer', (error as Error).message);
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
          throw new NerUnavailableError(this.options.url, 'bad-answer', (error as Error).message);
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
  private async post(body: string, endpoint = this.endpoint): Promise<string> {
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
      return text;
    }
  }
}
