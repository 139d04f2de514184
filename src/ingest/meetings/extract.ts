import { bodyText } from '../body-text.js';
import { sentenceSpans } from '../link/sentences.js';
import type { ArticleField, MeetingKind, Mention, SentenceParse } from '../types.js';
import { rememberRecentTexts } from '../recent-texts.js';
import { findDates, sentenceTense } from './dates.js';
import { formatParties } from './formats.js';
import { type CharRange, tableRanges, within } from './structure.js';

// One article's meeting reports: sentences about talks, calls, visits or summits, each with its
// kind, date(s), place(s) and participants (people named at the table and the countries they act
// for). Captions count too: a caption is often the only place that says where and when.

export interface MeetingArticle {
  id: string;
  publishedAt: string;
  title: string;
  lead: string;
  body: readonly string[];
  captions?: readonly string[];
  mentions: readonly Mention[];
  /** Dependency parses of sentences that may report a meeting, when a parser ran. */
  parses?: readonly SentenceParse[];
}

export interface MeetingReport {
  articleId: string;
  publishedAt: string;
  kind: MeetingKind;
  date: string | null;
  future: boolean;
  /** The sentence speaks of something done (an undated report then joins a meeting before it). */
  past: boolean;
  /** The sentence says the meeting was called off or postponed. */
  cancelled: boolean;
  /** Told in the present or perfect with no day: the date line's day if nothing dates the event. */
  onReportDay: boolean;
  placeCityId: string | null;
  participantIds: string[];
  evidence: string;
  /** The stops of one trip told in one sentence share this key. */
  trip?: string;
}

export interface MeetingFacts {
  cityCountry(cityId: string): string | null;
  personCountry(personId: string): string | null;
  /** A format's or an alliance's member states ("country:PL"); empty for other organisations. */
  formatMembers?(organizationId: string): readonly string[];
}

const KINDS: [MeetingKind, RegExp][] = [
  [
    'CALL',
    /\b(?:Telefonat\w*|telefonier\w*|telefonisch\w*|Telefongespräch\w*|Videokonferenz\w*|Videoschalte\w*)/i,
  ],
  ['SUMMIT', /(?:gipfel\w*|Generalversammlung\w*|Gipfeltreffen\w*)\b/i],
  [
    'VISIT',
    /\b(?:\w*[bB]esuch\w*|besucht\w*|Visite\w*|zu Gast|gereist|reist\w*|empfing|empfangen\w*|Empfangszeremoniell\w*|eingeladen)\b/i,
  ],
  [
    'TALKS',
    /\b(?:Gespräch\w*|Treffen\w*|trafen|traf|treffen|getroffen|zusammentreffen|zusammen\w*treffen|zusammengetroffen|zusammen(?:ge)?kommen|zusammenkamen|(?:kam|kamen|kommt|kommen)\s(?:[^.]*?\s)?zusammen|tagt|tagte|tagten|getagt|Konsultation\w*|Verhandlung\w*|Verhandlungsrunde|Runde|Unterredung\w*|Sitzung\w*|beraten|berieten|erörtern|erörterten)\b/i,
  ],
];
const PERSONAL_MEETING =
  /\b(?:traf|trafen|treffen|trifft|getroffen|zusammentreffen|telefonierte\w*|telefoniert|sprach\w*|empfing|empfangen|besuchte\w*|besucht|mit|zwischen|Gespräch\w*|Besuch\w*|Visite)\b/i;
// "in Istanbul", "nach Paris und Warschau": a city after a locative, or in a list after one.
const LOCATIVE_BEFORE =
  /\b(?:in|nach|im)\s+(?:der\s+|den\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+und\s+|,\s+))*$/iu;
// "Bundespräsident Steinmeier": the press's word for Germany's offices.
const GERMAN_OFFICE = /\bBundes(?:präsident|kanzler|minister|außenminister|regierung)\w*\s+$/u;
// "Gespräche über die Ukraine": a topic, not a party at the table.
const TOPIC_BEFORE = /\b(?:über|um|zur|zum|wegen|gegen|auf|für)\s+(?:die|den|das|der|dem)?\s*$/i;
// Past generic talk ("bei ähnlichen Treffen") reports no meeting.
const GENERIC = /\b(?:ähnlichen|solchen|früheren|bisherigen)\s+(?:Treffen|Gespräch\w*|Besuch\w*)/i;
// "3 bcm": Polish "bieżącego miesiąca", the given day of the article's month.
const POLISH_DAY = /\b(\d{1,2})\s*bcm\b/i;
// "7.05.2025", and in captions "7.05." (the article's year).
const NUMERIC_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)/;
const TODAY = /\b(?:heute|heutigen|am heutigen Tag)\b/i;
const TOMORROW = /\b(?:morgen|morgigen)\b/i;

interface Sentence {
  field: ArticleField;
  start: number;
  end: number;
  text: string;
  mentions: Mention[];
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

const GLOBAL_KINDS = KINDS.map(([kind, cue]) => [kind, new RegExp(cue.source, 'giu')] as const);

/** Where the sentence names meetings (not as a topic: "für den NATO-Gipfel"), first first. */
function meetingCues(text: string): { kind: MeetingKind; at: number }[] {
  return GLOBAL_KINDS.flatMap(([kind, cue]) =>
    [...text.matchAll(cue)]
      .filter((match) => !TOPIC_BEFORE.test(text.slice(0, match.index)))
      .map((match) => ({ kind, at: match.index })),
  ).sort((a, b) => a.at - b.at);
}

/** The kind of the sentence's first meeting cue that is not a topic (remembered: the annotation,
 * the reports and the titles each ask it of the same sentences). */
export const meetingKind: (text: string) => MeetingKind | null = rememberRecentTexts(
  4096,
  (text) => meetingCues(text)[0]?.kind ?? null,
);

/** Where the parties of the sentence's meetings can stand, from its parse; null without one. */
function tableOf(
  sentence: Sentence,
  parses: readonly SentenceParse[] | undefined,
): CharRange[] | null {
  const parse = parses?.find((p) => p.field === sentence.field && p.start === sentence.start);
  if (!parse || parse.tokens.length === 0) return null;
  const ranges = meetingCues(sentence.text).flatMap(
    (cue) => tableRanges(parse.tokens, cue.at) ?? [],
  );
  return ranges.length > 0 ? ranges : null;
}

// Who speaks about a meeting is not at its table: "…, kündigte Kremlsprecher Dmitri Peskow an".
const REPORTER_BEFORE =
  /\b(?:kündigte|sagte|erklärte|betonte|teilte|meldete|berichtete|so|laut|zufolge|wertete|kommentierte)\b[^,;]*$/i;
// "den Antrittsbesuch von Bundeskanzler Friedrich Merz": the visit is his; who judges it is not.
const VISIT_OF = /(?:[bB]esuch|Visite|Reise)\w*\s+(?:von|des)\s/u;
const ANAPHORIC =
  /\b(?:[Dd]as|[Dd]er|[Dd]ie|[Dd]iese[smr]?|[Dd]em)\s+(?:Treffen|Besuch|Gespräch\w*|Telefonat|Gipfel\w*|Visite)\b/u;
// A meeting called off or moved: it exists, as CANCELLED.
const CANCELLED =
  /\b(?:abgesagt\w*|sagte\w*\s[^.]*\sab\b|verschoben|verschiebt|vertagt\w*|findet\s+(?:\w+\s+)?nicht\s+statt|fällt\s+aus|ausgefallen|abgebrochen|storniert)/iu;
// Only wished for, demanded, offered or hoped: no meeting (an invitation accepted with a date is).
const WISH =
  /\b(?:zu\s+wollen|wolle|fordert\w*|forderte\w*|verlangt\w*|hofft\w*|hoffe|wünscht\w*|wünsche|appelliert\w*|bereit\s+(?:zu|für)|angeboten|bietet\w*\s[^.]*\san|schlägt\w*\s[^.]*\svor|schlug\w*\s[^.]*\svor|vorgeschlagen|möchte|möchten|würde\w*\s[^.]*\sgern|Forderung\w*|Wunsch|Angebot)\b/iu;
// A speech before an assembly is no meeting of parties.
const SPEECH = /\b(?:Rede|Ansprache|Grußwort)\w*\s+(?:vor|im|in\s+der|beim)\b/iu;
// "nach dem Treffen", "nach seinem Besuch": the meeting lies before the report.
const AFTER_MEETING =
  /\bnach\s+(?:(?:dem|den|der|seinem|seinen|ihrem|ihren|einem)\s+)?(?:[\p{L}-]+\s+)?(?:Treffen|Gespräch\w*|Besuch\w*|Telefonat\w*|\w*[gG]ipfel\w*|Verhandlung\w*)/iu;
// An invitation is to a meeting to come; alone, with no day, it is no meeting.
const INVITATION = /\b(?:eingeladen|lädt\s[^.]*\sein|lud\s[^.]*\sein|Einladung\w*)\b/iu;
// Told as background: a meeting of another time, undated here and never the item's day.
const BACKGROUND =
  /\b(?:im\s+(?:vergangenen|letzten|vorigen)\s+(?:Jahr|Monat|Herbst|Sommer|Winter|Frühjahr)|vor\s+(?:einem|zwei|drei|\d+)\s+(?:Jahr|Monat|Woche)\w*|damals|seinerzeit|früher\w*|zuletzt|seit\s+(?:dem|der)|bereits\s+(?:im|\d)|(?:der|in\s+den|den)\s+(?:vergangenen|letzten)\s+(?:Tage|Wochen|Monate))/iu;
// A year standing alone (not in a date like "7.05.2025" or "18. Februar 2025"): another time when
// it is before the article's.
const YEAR = /(?<!\.|\d|\p{L}\s)\b((?:19|20)\d\d)\b/gu;
// The day of saying or agreeing, not of the meeting: "Der Besuch sei am Montag vereinbart worden",
// "Bereits am Sonntag hatte der Sprecher erklärt, …", "kündigte Peskow am Dienstag an".
const ANNOUNCED =
  /\b(?:vereinbart\w*|angekündigt|kündigte\w*|mitgeteilt|teilte\w*|erklärt\w*|sagte\w*|gesagt|bestätigt\w*|berichtet\w*|eingeladen|einlud|lud|informiert\w*|bekanntgegeben|gab\w*\s+bekannt)\b/iu;

function sentencesOf(article: MeetingArticle): Sentence[] {
  const fields: [ArticleField, string][] = [
    ['title', article.title],
    ['lead', article.lead],
    ['body', bodyText(article.body)],
  ];
  const inField = fields.flatMap(([field, text]) =>
    sentenceSpans(text).map((span) => ({
      field,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      mentions: article.mentions.filter(
        (m) => m.field === field && m.start >= span.start && m.end <= span.end,
      ),
    })),
  );
  // Each caption is one sentence; its mentions' offsets point into the captions joined by a blank line.
  let offset = 0;
  const captions = (article.captions ?? []).map((caption) => {
    const start = offset;
    offset += caption.length + 2;
    return {
      field: 'caption' as const,
      start,
      end: start + caption.length,
      text: caption,
      mentions: article.mentions.filter(
        (m) => m.field === 'caption' && m.start >= start && m.end <= start + caption.length,
      ),
    };
  });
  return [...inField, ...captions];
}

function dayOf(publishedAt: string, offsetDays: number): string {
  const day = new Date(`${publishedAt.slice(0, 10)}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/** Dates in a sentence: German expressions, numeric dates, "3 bcm", today/tomorrow adjectives. */
function datesIn(text: string, publishedAt: string): { offset: number; date: string }[] {
  const found = findDates(text, publishedAt);
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric && !found.some((d) => d.offset === numeric.index)) {
    const [, day, month, year] = numeric;
    if (Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31)
      found.push({
        offset: numeric.index,
        date: `${year ?? publishedAt.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      });
  }
  const polish = POLISH_DAY.exec(text);
  if (polish)
    found.push({
      offset: polish.index,
      date: `${publishedAt.slice(0, 8)}${String(polish[1]).padStart(2, '0')}`,
    });
  if (found.length === 0) {
    const tomorrow = TOMORROW.exec(text);
    const today = TODAY.exec(text);
    // "für den morgigen Vormittag" names the day of the event; "trifft am heutigen Tag ein" the arrival.
    if (tomorrow) found.push({ offset: tomorrow.index, date: dayOf(publishedAt, 1) });
    else if (today) found.push({ offset: today.index, date: dayOf(publishedAt, 0) });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The sentence's dates, less those of saying or agreeing (see ANNOUNCED). */
function meetingDates(text: string, publishedAt: string): { offset: number; date: string }[] {
  const cues = KINDS.flatMap(([, cue]) =>
    [...text.matchAll(new RegExp(cue.source, 'giu'))].map((m) => m.index),
  );
  return datesIn(text, publishedAt).filter((d) => {
    const clauseStart = Math.max(...[',', ';', ':'].map((c) => text.lastIndexOf(c, d.offset))) + 1;
    const ends = [',', ';', ':'].map((c) => text.indexOf(c, d.offset)).filter((i) => i >= 0);
    const clause = text.slice(clauseStart, Math.min(text.length, ...ends));
    const clauseHasCue = cues.some((c) => c >= clauseStart && c < clauseStart + clause.length);
    if (ANNOUNCED.test(clause) && !clauseHasCue) return false;
    const nextCue = cues.filter((c) => c > d.offset).sort((a, b) => a - b)[0];
    const clauseEnd = clauseStart + clause.length;
    const untilCue = text.slice(d.offset, nextCue !== undefined ? nextCue : clauseEnd);
    return !ANNOUNCED.test(untilCue);
  });
}

function isPlace(sentence: Sentence, city: Mention): boolean {
  return LOCATIVE_BEFORE.test(sentence.text.slice(0, city.start - sentence.start));
}

/**
 * "Neben einem Treffen mit Präsident Duda stehen Gespräche mit Premierminister Morawiecki an":
 * several cues, each with its own people, are several meetings; each person goes with the cue
 * before it.
 */
function peopleByCue(sentence: Sentence, people: readonly Mention[]): Mention[][] {
  const cues = KINDS.flatMap(([, cue]) =>
    [...sentence.text.matchAll(new RegExp(cue.source, 'giu'))].map((m) => m.index),
  ).sort((a, b) => a - b);
  const groups = new Map<number, Mention[]>();
  for (const person of people) {
    const at = person.start - sentence.start;
    const cue = cues.filter((c) => c < at).at(-1) ?? -1;
    groups.set(cue, [...(groups.get(cue) ?? []), person]);
  }
  return [...groups.values()];
}

function insideOrganization(sentence: Sentence, country: Mention): boolean {
  return sentence.mentions.some(
    (o) =>
      o.entityKind === 'ORGANIZATION' &&
      o.start <= country.start &&
      country.end <= o.end &&
      o.end - o.start > country.end - country.start,
  );
}

/** Countries at the table in a sentence: every country named, except as a topic. */
function partyCountries(sentence: Sentence): string[] {
  return unique(
    sentence.mentions
      .filter((m) => m.entityKind === 'COUNTRY')
      .filter((m) => !TOPIC_BEFORE.test(sentence.text.slice(0, m.start - sentence.start)))
      // "nach Paris und Warschau": a city where it happens, not its state at the table.
      .filter((m) => !(m.kind === 'METONYM' && isPlace(sentence, m)))
      // "Das UK-Außenministerium begrüßte …": a country naming an institution is not at the table.
      .filter((m) => !insideOrganization(sentence, m))
      .map((m) => m.entityId),
  );
}

/** The country a person's role names right before the name: "der ukrainische Präsident X", "US-Präsident X". */
function roleCountry(sentence: Sentence, personId: string): string | null {
  const person = sentence.mentions.find((m) => m.entityId === personId);
  if (!person) return null;
  const before = sentence.text.slice(0, person.start - sentence.start);
  if (GERMAN_OFFICE.test(before)) return 'country:DE';
  const adjective = sentence.mentions
    .filter(
      (m) => m.entityKind === 'COUNTRY' && m.end <= person.start && person.start - m.end <= 30,
    )
    .at(-1);
  if (!adjective) return null;
  const between = sentence.text.slice(
    adjective.end - sentence.start,
    person.start - sentence.start,
  );
  return /^[\p{L}\s-]*$/u.test(between) ? adjective.entityId : null;
}

/** A visit and its talks are one event; calls and summits are their own. */
function sameEvent(a: MeetingKind, b: MeetingKind): boolean {
  const inPerson = (kind: MeetingKind) => kind === 'VISIT' || kind === 'TALKS';
  return a === b || (inPerson(a) && inPerson(b));
}

export function meetingReports(article: MeetingArticle, facts: MeetingFacts): MeetingReport[] {
  const reports: MeetingReport[] = [];
  const sentences = sentencesOf(article);
  // When a sentence names fewer than two parties ("beider Länder"), the parties of the title's
  // meeting sentence stand in: "USA-Russland: Zweite Verhandlungsrunde".
  const titleParties =
    sentences
      .filter((s) => s.field === 'title' && meetingKind(s.text) !== null)
      .map((s) => partyCountries(s))
      .find((parties) => parties.length >= 2) ?? [];
  // A city the article places things in ("In Warschau wird …") stands for the visit's place.
  const articleCities = sentences.flatMap((s) =>
    s.mentions.filter(
      (m) => m.entityKind === 'CITY' && LOCATIVE_BEFORE.test(s.text.slice(0, m.start - s.start)),
    ),
  );
  const visitCities = sentences
    .filter((s) => meetingKind(s.text) === 'VISIT')
    .flatMap((s) =>
      s.mentions.filter(
        (m) => m.entityKind === 'CITY' && LOCATIVE_BEFORE.test(s.text.slice(0, m.start - s.start)),
      ),
    );
  let visitor: string | null = null;
  const invitations = new Set<MeetingReport>();
  for (const sentence of sentences) {
    const kind = meetingKind(sentence.text);
    if (!kind || GENERIC.test(sentence.text)) continue;
    if (SPEECH.test(sentence.text) && kind !== 'CALL') continue;
    if (WISH.test(sentence.text) && !CANCELLED.test(sentence.text)) continue;
    // "nannte das Telefonat ein wichtiges Signal", "Vorbereitet wird der Besuch von …": a sentence
    // that points back at a meeting the article reported, giving no date or place of its own, is
    // about that meeting (its speakers and organisers are not at the table), not a new one.
    if (
      ANAPHORIC.test(sentence.text) &&
      reports.some((r) => sameEvent(r.kind, kind)) &&
      datesIn(sentence.text, article.publishedAt).length === 0 &&
      !sentence.mentions.some((m) => m.entityKind === 'CITY')
    )
      continue;
    const local = (m: Mention) => m.start - sentence.start;
    const table = tableOf(sentence, article.parses);
    const personal = kind === 'VISIT' || PERSONAL_MEETING.test(sentence.text);
    const visitOf = VISIT_OF.exec(sentence.text);
    const atTable = (m: Mention) =>
      !REPORTER_BEFORE.test(sentence.text.slice(0, local(m))) &&
      !(visitOf && local(m) < visitOf.index);
    const seated = sentence.mentions.filter(
      (m) => m.entityKind === 'PERSON' && personal && atTable(m),
    );
    const groups =
      visitor && new Set(seated.map((m) => m.entityId)).size >= 2
        ? peopleByCue(
            sentence,
            seated.filter((m) => m.entityId !== visitor),
          )
        : [seated];
    for (const group of groups.length > 0 ? groups : [[]]) {
      const people = unique(group.map((m) => m.entityId));
      // "mit seinem Amtskollegen …": the person of the article's visit is at the table too.
      if (
        visitor &&
        kind !== 'CALL' &&
        kind !== 'SUMMIT' &&
        !people.includes(visitor) &&
        people.length > 0
      )
        people.unshift(visitor);
      const countryOf = (personId: string) =>
        facts.personCountry(personId) ?? roleCountry(sentence, personId);
      const partiesWhere = (keep: (id: string) => boolean) => {
        const seatedPeople = people.filter(keep);
        return unique([
          ...partyCountries(sentence).filter(keep),
          ...formatParties(
            sentence,
            meetingCues(sentence.text).map((cue) => cue.at),
            facts.formatMembers ?? (() => []),
            keep,
          ),
          ...seatedPeople,
          ...seatedPeople.map(countryOf).filter((c): c is string => c !== null),
        ]);
      };
      let participants = partiesWhere(() => true);
      // The parse keeps the parties of the meeting's own clause (tableOf is null where the parse
      // cannot be read: a title fragment, a cue on no token; the rules' parties stand there).
      if (table) {
        const onTable = (id: string) =>
          id === visitor ||
          sentence.mentions.some(
            (m) => m.entityId === id && within(table, local(m), local(m) + m.end - m.start),
          );
        participants = partiesWhere(onTable);
      }
      if (participants.length < 2) participants = unique([...participants, ...titleParties]);
      if (participants.length < 2) {
        // "Das Treffen soll am Freitag stattfinden": the day of the meeting the article reported.
        const day = ANAPHORIC.test(sentence.text)
          ? meetingDates(sentence.text, article.publishedAt)[0]
          : undefined;
        const earlier = reports.findLast((r) => r.date === null && sameEvent(r.kind, kind));
        if (day && earlier) {
          earlier.date = day.date;
          earlier.future = sentenceTense(sentence.text) === 'future';
        }
        continue;
      }
      if (kind === 'VISIT' && people.length > 0 && visitor === null) visitor = people[0] ?? null;

      let places = sentence.mentions
        .filter(
          (m) => m.entityKind === 'CITY' && LOCATIVE_BEFORE.test(sentence.text.slice(0, local(m))),
        )
        .map((m) => ({ offset: local(m), cityId: m.entityId }));
      // A visit to a country whose city the article names as the scene: "stattet Polen einen Besuch ab … In Warschau".
      if (places.length === 0 && (kind === 'VISIT' || kind === 'TALKS')) {
        const scene = [...visitCities, ...articleCities].find((m) =>
          participants.includes(facts.cityCountry(m.entityId) ?? ''),
        );
        if (scene) places = [{ offset: sentence.text.length, cityId: scene.entityId }];
      }
      const invitation = INVITATION.test(sentence.text);
      const told = sentenceTense(sentence.text);
      // "nach den Gesprächen …" refers to a meeting before the report, on a day the article may give.
      const referring = AFTER_MEETING.test(sentence.text);
      const tense = invitation ? 'future' : referring ? 'past' : told;
      const background =
        tense !== 'future' &&
        (BACKGROUND.test(sentence.text) ||
          [...sentence.text.matchAll(YEAR)].some(
            (m) => Number(m[1]) < Number(article.publishedAt.slice(0, 4)),
          ));
      const dates = background ? [] : meetingDates(sentence.text, article.publishedAt);
      const future = tense === 'future';
      const base = {
        past: tense === 'past',
        onReportDay: false,
        cancelled: CANCELLED.test(sentence.text),
        articleId: article.id,
        publishedAt: article.publishedAt,
        kind,
        future,
        participantIds: participants.sort(),
        evidence: sentence.text.trim(),
      };

      if (places.length === 0 && dates.length === 0 && kind !== 'CALL' && kind !== 'VISIT')
        continue;
      // Present or perfect with no date of its own: dated from the report (see below).
      const track = (report: MeetingReport) => {
        reports.push(report);
        if (invitation) invitations.add(report);
        report.onReportDay =
          report.date === null &&
          !invitation &&
          !referring &&
          !background &&
          !future &&
          report.kind !== 'SUMMIT' &&
          sentence.field !== 'caption';
      };
      if (places.length === 0) {
        track({ ...base, date: dates[0]?.date ?? null, placeCityId: null });
        continue;
      }
      // Each place takes the nearest date before it ("am 18. Februar in Riad und am 27. Februar in
      // Istanbul"); on a trip ("am Montag in Stockholm X, am Dienstag in Oslo Y") each stop also
      // takes the people named from its date or place to the next stop's, beside the traveller
      // named before the first.
      const anchors = places.map((place, index) => {
        const previousPlace = places[index - 1]?.offset ?? -1;
        const date = dates
          .filter((d) => d.offset < place.offset && d.offset > previousPlace)
          .at(-1);
        return { place, date, from: date ? date.offset : place.offset };
      });
      const firstStop = anchors[0]?.from ?? 0;
      for (const [index, { place, date }] of anchors.entries()) {
        const only = places.length === 1 && dates.length >= 1 ? (dates[0]?.date ?? null) : null;
        let stopParticipants = base.participantIds;
        if (places.length >= 2 && people.length > 0) {
          const from = anchors[index]?.from ?? 0;
          const to = anchors[index + 1]?.from ?? sentence.text.length;
          const atStop = (id: string) =>
            sentence.mentions.some(
              (m) =>
                m.entityId === id &&
                (local(m) < firstStop || (local(m) >= from && local(m) < to)) &&
                (!table || within(table, local(m), local(m) + m.end - m.start)),
            ) || id === visitor;
          const stop = partiesWhere(atStop);
          if (stop.some((id) => id.startsWith('person:')) && stop.length >= 2)
            stopParticipants = stop.sort();
        }
        track({
          ...base,
          participantIds: stopParticipants,
          date: date?.date ?? only,
          placeCityId: place.cityId,
          ...(places.length >= 2
            ? { trip: `${article.id}/${sentence.field}/${sentence.start}` }
            : {}),
        });
      }
    }
  }
  // A visit's programme: its undated talks at the same place share the visit's day.
  for (const report of reports) {
    if (report.date !== null || report.placeCityId === null) continue;
    const visit = reports.find(
      (r) =>
        r.kind === 'VISIT' &&
        r.date !== null &&
        r.placeCityId === report.placeCityId &&
        r.participantIds.some(
          (id) => id.startsWith('person:') && report.participantIds.includes(id),
        ),
    );
    if (visit) {
      report.date = visit.date;
      report.future = report.future || visit.future;
    }
  }
  // An invitation that no sentence gives a day is no meeting.
  return reports.filter((r) => !(invitations.has(r) && r.date === null));
}
