import { paddingFor } from './padding.js';
import type { CatalogEntity, ExtractedMeeting } from '../../src/ingest/types.js';
import { intBetween, pick, shuffled, zipfSampler } from './random.js';

// A synthetic news corpus in the seed page's format (section header; items of a title line, a
// "DD.MM.YYYY HH:MM" line and paragraphs), so that it goes through the real parser and linker.
// Articles name 3–15 entities drawn with Zipf popularity; their dates run over five years in order
// of their number. Meetings are planned here (2–4 participants, a city, 1–5 reporting articles
// that describe them), so that their shape is known rather than left to the extractor.

export interface CorpusOptions {
  articles: number;
  random: () => number;
  itemsPerPage?: number;
  /** Pad each article with background paragraphs to at least this many words (0: none). */
  words?: number;
}

export interface PlannedMeeting extends Omit<ExtractedMeeting, 'reports'> {
  /** Article numbers (0-based) that report the meeting. */
  reporters: number[];
}

export interface GeneratedPage {
  text: string;
  /** Article numbers of the page's items, in page order. */
  articleNumbers: number[];
}

const START = Date.UTC(2021, 0, 1);
const SPAN_MS = Date.UTC(2025, 11, 31) - START;
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const TOPICS = [
  'Gespräche',
  'Sanktionen',
  'Energie',
  'Sicherheit',
  'Handel',
  'Wahlen',
  'Diplomatie',
  'Hilfe',
  'Grenze',
  'Haushalt',
];
const FILLERS = [
  'Weitere Einzelheiten wurden nicht bekannt.',
  'Die Gespräche sollen in den kommenden Wochen fortgesetzt werden.',
  'Beobachter sprechen von einem wichtigen Signal.',
  'Eine offizielle Stellungnahme steht noch aus.',
];

function sentenceFor(entity: CatalogEntity, random: () => number): string {
  switch (entity.kind) {
    case 'PERSON':
      return pick(random, [
        `${entity.name} äußerte sich am ${pick(random, WEEKDAYS)} zur Lage.`,
        `Laut ${entity.name} sind weitere Schritte geplant.`,
        `Auch ${entity.name} nahm an den Beratungen teil.`,
      ]);
    case 'COUNTRY':
      return pick(random, [
        `Die Regierung in ${entity.name} kündigte neue Maßnahmen an.`,
        `Die Beziehungen zu ${entity.name} bleiben angespannt.`,
      ]);
    case 'CITY':
      return `In ${entity.name} fanden weitere Beratungen statt.`;
    default:
      return `${entity.name} veröffentlichte dazu eine Erklärung.`;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Warsaw local time as the page prints it; the article's place in time follows its number. */
function dateLine(
  articleNumber: number,
  total: number,
  random: () => number,
): { line: string; day: Date } {
  const at = new Date(
    START + Math.floor((articleNumber / total) * SPAN_MS) + intBetween(random, 0, 20 * 3_600_000),
  );
  return {
    line: `${pad(at.getUTCDate())}.${pad(at.getUTCMonth() + 1)}.${at.getUTCFullYear()} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
    day: at,
  };
}

export class SyntheticCorpus {
  readonly meetings: PlannedMeeting[] = [];
  private readonly meetingsByReporter = new Map<number, PlannedMeeting[]>();
  private readonly entity: () => CatalogEntity;
  private readonly random: () => number;
  private readonly itemsPerPage: number;
  private readonly byId: ReadonlyMap<string, CatalogEntity>;

  constructor(
    private readonly entities: readonly CatalogEntity[],
    private readonly options: CorpusOptions,
  ) {
    this.random = options.random;
    this.itemsPerPage = options.itemsPerPage ?? 200;
    this.byId = new Map(entities.map((entity) => [entity.id, entity]));
    // Names the linker only takes with context ("Metro", a region called like a town) are written
    // bare here, so they are left out.
    const nameable = entities.filter((entity) => !entity.guardedNames?.includes(entity.name));
    this.entity = zipfSampler(shuffled(nameable, this.random), 1.07, this.random);
    this.planMeetings();
  }

  get pageCount(): number {
    return Math.ceil(this.options.articles / this.itemsPerPage);
  }

  private planMeetings(): void {
    const random = this.random;
    const actors = shuffled(
      this.entities.filter((entity) => entity.kind === 'PERSON' || entity.kind === 'COUNTRY'),
      random,
    );
    const actor = zipfSampler(actors, 1.0, random);
    const city = zipfSampler(
      shuffled(
        this.entities.filter((entity) => entity.kind === 'CITY'),
        random,
      ),
      1.0,
      random,
    );
    const count = Math.max(1, Math.floor(this.options.articles / 25));
    for (let index = 0; index < count; index++) {
      const participants = new Set<string>();
      const wanted = intBetween(random, 2, 4);
      while (participants.size < wanted) participants.add(actor().id);
      const place = city();
      const first = intBetween(random, 0, Math.max(0, this.options.articles - 1));
      // An article reports at most two meetings, so that it names at most 15 entities in all.
      const reporters = [
        ...new Set(
          Array.from({ length: intBetween(random, 1, 5) }, () =>
            Math.min(this.options.articles - 1, first + intBetween(random, 0, 40)),
          ),
        ),
      ].filter((number) => (this.meetingsByReporter.get(number)?.length ?? 0) < 2);
      if (reporters.length === 0) continue;
      const day = new Date(START + Math.floor((first / this.options.articles) * SPAN_MS));
      const meeting: PlannedMeeting = {
        id: `meeting:synthetic-${index + 1}`,
        date: day.toISOString().slice(0, 10),
        status: 'HELD',
        kind: 'TALKS',
        placeCityId: place.id,
        placeCountryId: place.countryId ?? null,
        participantIds: [...participants],
        reporters,
      };
      this.meetings.push(meeting);
      for (const reporter of reporters) {
        const list = this.meetingsByReporter.get(reporter) ?? [];
        list.push(meeting);
        this.meetingsByReporter.set(reporter, list);
      }
    }
  }

  meetingsReportedBy(articleNumber: number): PlannedMeeting[] {
    return this.meetingsByReporter.get(articleNumber) ?? [];
  }

  /** The sentence an article uses to report a meeting (also the report's evidence). */
  meetingSentence(meeting: PlannedMeeting): string {
    const names = meeting.participantIds.map((id) => this.byId.get(id)?.name ?? id);
    const place = (meeting.placeCityId && this.byId.get(meeting.placeCityId)?.name) ?? '';
    const [day, month] = [meeting.date?.slice(8, 10), meeting.date?.slice(5, 7)];
    return `${names.slice(0, -1).join(', ')} und ${names.at(-1)} trafen sich am ${day}.${month}. in ${place}.`;
  }

  page(pageNumber: number): GeneratedPage {
    const random = this.random;
    const first = pageNumber * this.itemsPerPage;
    const last = Math.min(this.options.articles, first + this.itemsPerPage);
    const lines = ['Synthetische Redaktion', ''];
    const articleNumbers: number[] = [];
    for (let number = first; number < last; number++) {
      articleNumbers.push(number);
      // 3-15 entities per article, the reported meetings' participants and places included.
      const reported = this.meetingsReportedBy(number);
      const alsoNamed = reported.reduce(
        (sum, meeting) => sum + meeting.participantIds.length + 1,
        0,
      );
      const named = Array.from({ length: Math.max(2, intBetween(random, 3, 14) - alsoNamed) }, () =>
        this.entity(),
      );
      const lead = named[0] as CatalogEntity;
      lines.push(
        `${lead.name}: ${pick(random, TOPICS)} (Nr. ${number + 1})`,
        '',
        dateLine(number, this.options.articles, random).line,
      );
      const sentences = named.map((entity) => sentenceFor(entity, random));
      for (const meeting of reported) sentences.splice(1, 0, this.meetingSentence(meeting));
      sentences.push(pick(random, FILLERS));
      // Padding is chosen by the article's number, not drawn: the corpus stays the same with or without it.
      const words = sentences.reduce((sum, sentence) => sum + sentence.split(' ').length, 0);
      sentences.push(...paddingFor(number, words, this.options.words ?? 0));
      for (let start = 0; start < sentences.length; start += 3)
        lines.push(sentences.slice(start, start + 3).join(' '), '');
      if (random() < 0.5) lines.push('PR/syn', '');
    }
    return { text: lines.join('\n'), articleNumbers };
  }
}
