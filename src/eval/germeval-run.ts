import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { annotatePage, type SpanSource } from '../ingest/annotate.js';
import type { Catalog } from '../ingest/catalog/index.js';
import { catalogStages } from '../ingest/catalog-stages.js';
import { parsePage } from '../ingest/parse/index.js';
import { linkPage } from '../ingest/pipeline.js';
import type { EntityKind, KnownPerson, NamedSpan, SpanLabel } from '../ingest/types.js';
import {
  alignTokens,
  bioSpans,
  emptyGermEvalScores,
  exactPrf,
  GERMEVAL_CLASSES,
  type GermEvalClass,
  type GermEvalScores,
  type GermEvalSentence,
  germEvalPages,
  overlapPrf,
  type Prf,
  scoreSentence,
  type TokenSpan,
  tokensOf,
} from './germeval.js';

// Runs the benchmark's sentences through the same ingest as `npm run ingest` (parse, recognise,
// link and discover), page by page in order, and scores what it keeps beside what the recogniser
// alone found in the same text.

const KIND_CLASS: Record<EntityKind, GermEvalClass> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  COUNTRY: 'LOC',
  CITY: 'LOC',
  REGION: 'LOC',
};
const LABEL_CLASS: Partial<Record<SpanLabel, GermEvalClass>> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
};

/** How many people the eval remembers from earlier pages, as the graph's recent articles would. */
const RECENT_PEOPLE = 2000;

export interface GermEvalMiss {
  sentence: number;
  system: 'ingest' | 'ner';
  kind: 'missed' | 'wrong';
  label: GermEvalClass;
  text: string;
}

export interface GermEvalRun {
  sentences: number;
  /** Sentences whose tokens the parser did not keep in the item's lead, in order. */
  unaligned: number;
  ingest: GermEvalScores;
  ner: GermEvalScores;
  misses: GermEvalMiss[];
}

export interface GermEvalOptions {
  perPage?: number;
  /** Called after each page with the number of sentences done. */
  progress?(done: number): void;
}

function misses(
  system: GermEvalMiss['system'],
  sentence: number,
  tokens: readonly string[],
  gold: readonly TokenSpan[],
  predicted: readonly TokenSpan[],
): GermEvalMiss[] {
  const text = (s: TokenSpan) => tokens.slice(s.start, s.end).join(' ');
  const exact = (a: TokenSpan, b: TokenSpan) => a.start === b.start && a.end === b.end;
  const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;
  const classes = new Set<string>(GERMEVAL_CLASSES);
  return [
    ...gold
      .filter(
        (g) => classes.has(g.label) && !predicted.some((p) => p.label === g.label && exact(p, g)),
      )
      .map((g) => ({ kind: 'missed' as const, span: g })),
    ...predicted
      .filter((p) => !gold.some((g) => g.label === p.label && exact(p, g)))
      // A prediction only on a -deriv or -part span counts neither way (scoreSentence).
      .filter(
        (p) =>
          gold.some((g) => g.label === p.label && overlaps(g, p)) ||
          !gold.some((g) => /-?(?:deriv|part)$/.test(g.label) && overlaps(g, p)),
      )
      .map((p) => ({ kind: 'wrong' as const, span: p })),
  ].map(({ kind, span }) => ({
    sentence,
    system,
    kind,
    label: span.label as GermEvalClass,
    text: text(span),
  }));
}

export async function runGermEval(
  sentences: readonly GermEvalSentence[],
  catalog: Catalog,
  ner: SpanSource,
  options: GermEvalOptions = {},
): Promise<GermEvalRun> {
  const stages = catalogStages(catalog);
  const run: GermEvalRun = {
    sentences: sentences.length,
    unaligned: 0,
    ingest: emptyGermEvalScores(),
    ner: emptyGermEvalScores(),
    misses: [],
  };
  // What the graph would remember: the people named in full on earlier pages, the latest last.
  let recentPeople: KnownPerson[] = [];
  for (const source of germEvalPages(sentences, options.perPage)) {
    const page = parsePage(source.text);
    if (page.items.length !== source.sentences.length)
      throw new Error(
        `page of sentences ${source.sentences[0] ?? 0}… parsed into ${page.items.length} items, not ${source.sentences.length}`,
      );
    const spans = await annotatePage(ner, page);
    const graph = linkPage(page, { recentPeople }, stages, spans);
    const named = new Set(graph.discoveredPeople.map((p) => p.id));
    recentPeople = [
      ...recentPeople.filter((p) => !named.has(p.id)),
      ...graph.discoveredPeople
        .filter((p) => /\s/.test(p.name.trim()))
        .map((p) => ({ id: p.id, name: p.name, role: p.role, countryIds: [] })),
    ].slice(-RECENT_PEOPLE);
    source.sentences.forEach((index, position) => {
      const sentence = sentences[index] as GermEvalSentence;
      const lead = page.items[position]?.lead ?? '';
      const aligned = alignTokens(sentence.tokens, lead);
      if (aligned.some((place) => place === null)) run.unaligned++;
      const toSpan = (label: GermEvalClass | undefined, start: number, end: number) => {
        const tokens = label ? tokensOf(aligned, start, end) : null;
        return label && tokens ? [{ label, ...tokens }] : [];
      };
      const gold = bioSpans(sentence.outer);
      const fromIngest = (graph.articles[position]?.mentions ?? [])
        .filter((m) => m.field === 'lead' && m.kind !== 'ADJECTIVE')
        .flatMap((m) => toSpan(KIND_CLASS[m.entityKind], m.start, m.end));
      const fromNer = (spans[position]?.lead ?? []).flatMap((s: NamedSpan) =>
        toSpan(LABEL_CLASS[s.label], s.start, s.end),
      );
      scoreSentence(gold, fromIngest, run.ingest);
      scoreSentence(gold, fromNer, run.ner);
      run.misses.push(
        ...misses('ingest', index, sentence.tokens, gold, fromIngest),
        ...misses('ner', index, sentence.tokens, gold, fromNer),
      );
    });
    options.progress?.(source.sentences.at(-1) ?? 0);
  }
  return run;
}

/** Keeps the recogniser's answers in a JSON file by text, so repeated runs ask it only for new text. */
export function cachedSpans(source: SpanSource, file: string): SpanSource & { save(): void } {
  const cache: Record<string, NamedSpan[]> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, NamedSpan[]>)
    : {};
  return {
    describe: () => `${source.describe()}, answers cached in ${file}`,
    async annotate(texts) {
      const missing = [...new Set(texts.filter((text) => !Object.hasOwn(cache, text)))];
      if (missing.length > 0) {
        const answers = await source.annotate(missing);
        missing.forEach((text, index) => {
          cache[text] = answers[index] ?? [];
        });
      }
      return texts.map((text) => cache[text] ?? []);
    },
    save: () => writeFileSync(file, JSON.stringify(cache)),
  };
}

export type GermEvalFloors = Partial<
  Record<GermEvalClass, Partial<Record<'precision' | 'recall' | 'f1', number>>>
>;

/** The ingest figures (exact span) below their floor, with both numbers. */
export function germEvalBelowFloors(scores: GermEvalScores, floors: GermEvalFloors): string[] {
  return GERMEVAL_CLASSES.flatMap((cls) =>
    Object.entries(floors[cls] ?? {}).flatMap(([metric, floor]) => {
      const value = exactPrf(scores[cls])[metric as keyof Prf];
      return value < floor
        ? [`${cls} ${metric}: ${(value * 100).toFixed(1)}% < ${(floor * 100).toFixed(1)}%`]
        : [];
    }),
  );
}

/** One table: NER alone and ingest, exact span and overlap, P / R / F1 per class. */
export function formatGermEvalTable(run: GermEvalRun): string {
  const percent = (value: number) => (value * 100).toFixed(1);
  const rows: string[][] = [];
  for (const [mode, measure] of [
    ['exact', exactPrf],
    ['overlap', overlapPrf],
  ] as const) {
    for (const [system, scores] of [
      ['CoreNLP NER alone', run.ner],
      ['ingest', run.ingest],
    ] as const) {
      rows.push([
        `${system} (${mode})`,
        ...GERMEVAL_CLASSES.map((cls) => {
          const { precision, recall, f1 } = measure(scores[cls]);
          return `${percent(precision)} / ${percent(recall)} / **${percent(f1)}**`;
        }),
      ]);
    }
  }
  const header = ['system', ...GERMEVAL_CLASSES.map((cls) => `${cls} P / R / F1`)];
  const counts = ['gold spans', ...GERMEVAL_CLASSES.map((cls) => String(run.ingest[cls].gold))];
  const all = [header, ...rows, counts];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join(
    '\n',
  );
}
