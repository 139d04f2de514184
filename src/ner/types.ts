import type { ParsedToken } from '../ingest/types.js';

export type { ParsedToken };
/** The four classes of CoreNLP's German model. */
export type NerLabel = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';

export const NER_LABELS: readonly NerLabel[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

/** One entity mention; `start`/`end` are UTF-16 offsets (JavaScript string indices) into the text given. */
export interface NerSpan {
  label: NerLabel;
  start: number;
  end: number;
  /** Always `text.slice(start, end)` of the input text. */
  text: string;
}

/** A named-entity recogniser. Spans are candidates for the linker to check, not facts. */
export interface NerService {
  /** One span list per input text, in the same order; throws NerUnavailableError when the NER fails. */
  annotate(texts: string[]): Promise<NerSpan[][]>;
  /** Dependency parses, one per sentence given (each read as one sentence); absent: no parser. */
  parse?(sentences: string[]): Promise<ParsedToken[][]>;
  /** Where the NER runs, for logs and reports (e.g. "CoreNLP 4.5.10 local at http://127.0.0.1:9000"). */
  describe(): string;
}

export type NerFailure =
  | 'refused'
  | 'timeout'
  | 'http-status'
  | 'bad-answer'
  | 'reset'
  | 'not-started';

/** The NER could not answer: names its URL and what failed. */
export class NerUnavailableError extends Error {
  constructor(
    readonly url: string,
    readonly failure: NerFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`NER at ${url} unavailable (${failure}): ${detail}`, options);
    this.name = 'NerUnavailableError';
  }
}

/** No NER server is set and none can be started here: says what to install. */
export class NoNerProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoNerProviderError';
  }
}
