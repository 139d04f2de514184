import { sentenceSpans } from '../link/sentences.js';
import type { ArticleField, Mention } from '../types.js';
import { findDates, isFutureTense } from './dates.js';

// One article's meeting reports: sentences about talks, summits, calls or visits, each with its
// date(s), place(s) and participants. A report needs a place or a date and two participants.

export interface MeetingArticle {
  id: string;
  publishedAt: string;
  title: string;
  lead: string;
  body: readonly string[];
  mentions: readonly Mention[];
}

export interface MeetingReport {
  articleId: string;
  publishedAt: string;
  date: string | null;
  future: boolean;
  placeCityId: string | null;
  participantIds: string[];
  evidence: string;
}

const CUE =
  /\b(?:Gespräch\w*|Treffen\w*|trafen|traf|Konsultation\w*|Verhandlung\w*|Gipfel\w*|Telefonat\w*|telefonier\w*|Besuch\w*|besucht\w*|Runde|Verhandlungsrunde|Unterredung\w*|empfing)\b/i;
const PERSONAL_MEETING = /\b(?:traf|trafen|telefonierte|telefonierten|empfing|besuchte|sprach)\b/i;
const LOCATIVE_BEFORE = /\b(?:in|nach)\s+$/i;
// "Gespräche über die Ukraine": a topic, not a party at the table.
const TOPIC_BEFORE = /\b(?:über|um|zur|zum|wegen)\s+(?:die|den|das|der|dem)?\s*$/i;

interface Sentence {
  field: ArticleField;
  start: number;
  end: number;
  text: string;
}

function sentencesOf(article: MeetingArticle): Sentence[] {
  const fields: [ArticleField, string][] = [
    ['title', article.title],
    ['lead', article.lead],
    ['body', article.body.join('\n\n')],
  ];
  return fields.flatMap(([field, text]) =>
    sentenceSpans(text).map((span) => ({ field, start: span.start, end: span.end, text: text.slice(span.start, span.end) })),
  );
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function mentionsIn(article: MeetingArticle, sentence: Sentence): Mention[] {
  return article.mentions.filter((m) => m.field === sentence.field && m.start >= sentence.start && m.end <= sentence.end);
}

/** Countries at the table in a sentence: every country named, except as a topic. */
function partyCountries(sentence: Sentence, inside: readonly Mention[]): string[] {
  return unique(
    inside
      .filter((m) => m.entityKind === 'COUNTRY')
      .filter((m) => !TOPIC_BEFORE.test(sentence.text.slice(0, m.start - sentence.start)))
      .map((m) => m.entityId),
  );
}

export function meetingReports(article: MeetingArticle): MeetingReport[] {
  const reports: MeetingReport[] = [];
  const sentences = sentencesOf(article);
  // When a sentence names fewer than two parties ("beider Länder"), the parties of the title's
  // meeting sentence stand in: "USA-Russland: Zweite Verhandlungsrunde".
  const titleParties =
    sentences
      .filter((s) => s.field === 'title' && CUE.test(s.text))
      .map((s) => partyCountries(s, mentionsIn(article, s)))
      .find((parties) => parties.length >= 2) ?? [];
  for (const sentence of sentences) {
    if (!CUE.test(sentence.text)) continue;
    const inside = mentionsIn(article, sentence);
    const local = (m: Mention) => m.start - sentence.start;

    let participants = partyCountries(sentence, inside);
    const zwischen = sentence.text.search(/\bzwischen\b/i);
    const people = inside.filter(
      (m) =>
        m.entityKind === 'PERSON' &&
        (PERSONAL_MEETING.test(sentence.text) || (zwischen >= 0 && local(m) > zwischen && local(m) - zwischen < 80)),
    );
    participants = unique([...participants, ...people.map((m) => m.entityId)]);
    if (participants.length < 2) participants = unique([...participants, ...titleParties]);
    if (participants.length < 2) continue;

    const places = inside
      .filter((m) => m.entityKind === 'CITY' && LOCATIVE_BEFORE.test(sentence.text.slice(0, local(m))))
      .map((m) => ({ offset: local(m), cityId: m.entityId }));
    const dates = findDates(sentence.text, article.publishedAt);
    const future = isFutureTense(sentence.text);
    const base = { articleId: article.id, publishedAt: article.publishedAt, future, participantIds: participants.sort(), evidence: sentence.text.trim() };

    if (places.length === 0 && dates.length === 0) continue;
    if (places.length === 0) {
      reports.push({ ...base, date: dates[0]?.date ?? null, placeCityId: null });
      continue;
    }
    // Each place takes the nearest date before it ("am 18. Februar in Riad und am 27. Februar in Istanbul").
    for (const [index, place] of places.entries()) {
      const previousPlace = places[index - 1]?.offset ?? -1;
      const date = dates.filter((d) => d.offset < place.offset && d.offset > previousPlace).at(-1);
      reports.push({ ...base, date: date?.date ?? (places.length === 1 && dates.length === 1 ? (dates[0]?.date ?? null) : null), placeCityId: place.cityId });
    }
  }
  return reports;
}
