import snowball from 'snowball-stemmers';
import type { Catalog } from '../catalog/index.js';
import { slug } from '../ids.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { type Token, tokenize } from '../link/tokens.js';
import type {
  ArticleField,
  DiscoveredOrganization,
  DiscoveredPerson,
  Mention,
  NamedSpan,
} from '../types.js';
import { isRoleWord, isTitle } from './cues.js';
import { canBeNameWord } from './name-shape.js';

// The recogniser's spans are candidates, not facts: each is first linked to the catalog, and only
// what survives the checks becomes a discovered person or organisation. A role glued to a name
// ("Sejmmarschall Jan Kowalski", often tagged as one ORGANIZATION) is split into role and person;
// a span made only of German dictionary words that names no institution is dropped.

export interface SpanField {
  field: ArticleField;
  text: string;
  spans: readonly NamedSpan[];
}

export interface SpanChecks {
  /** The word is an ordinary German word (lower-cased dictionary entry, noun or not). */
  isDictionaryWord(word: string): boolean;
}

export interface SpanDiscovery {
  mentions: Mention[];
  /** Catalog mentions that a longer span showed to be part of another name ("Kornhauser-Duda"). */
  superseded: Mention[];
  people: DiscoveredPerson[];
  organizations: DiscoveredOrganization[];
}

const stemmer = snowball.newStemmer('german');

// Head nouns that make a phrase an institution: "Institut für …", "Polnischer Rundfunk", "DSP Club".
export const INSTITUTION_HEADS =
  /(?:institut|universität|hochschule|akademie|ministerium|partei|agentur|sender|rundfunk|radio|fernsehen|zeitung|ausschuss|club|klub|kanzlei|stiftung|zentrum|rat|kommission|gericht|gerichtshof|bank|verband|gesellschaft|amt|behörde|parlament|news|times|post|zeitung|gruppe|konzern|union|bündnis|organisation|komitee|kongress|senat|sejm|versammlung|büro|dienst|forum|allianz|front|bewegung|netzwerk)$/i;

/** A key that every inflected form of a name shares: its words' stems. */
export function nameKey(text: string): string {
  return tokenize(text)
    .map((token) => stemmer.stem(token.text.toLowerCase()))
    .join(' ');
}

export function catalogByKey(
  catalog: Catalog,
): Map<string, { id: string; kind: Mention['entityKind'] }> {
  const cached = keyCache.get(catalog);
  if (cached) return cached;
  const byKey = new Map<string, { id: string; kind: Mention['entityKind'] }>();
  for (const entity of catalog.entities) {
    for (const form of [entity.name, entity.nameDe, entity.nameEn, ...entity.aliases]) {
      const key = nameKey(form);
      if (key && !byKey.has(key)) byKey.set(key, { id: entity.id, kind: entity.kind });
    }
  }
  keyCache.set(catalog, byKey);
  return byKey;
}
const keyCache = new WeakMap<Catalog, Map<string, { id: string; kind: Mention['entityKind'] }>>();

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d]{2,6}$/u.test(word);
}

/** A person's name: two to four name-shaped words that are not all ordinary German words. */
function personName(words: Token[], checks: SpanChecks): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => canBeNameWord(w.text) || /^\p{Lu}\.$/u.test(w.text))) return false;
  return !words.every((w) => checks.isDictionaryWord(w.text));
}

function institution(words: Token[], checks: SpanChecks): boolean {
  if (words.length === 0) return false;
  if (
    words.some(
      (w) => INSTITUTION_HEADS.test(w.text) || INSTITUTION_HEADS.test(w.text.replace(/e?s$/, '')),
    )
  )
    return true;
  if (words.length === 1) return isAcronym(words[0]?.text ?? '');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.text));
  // "Fox News", "The Hill": a proper name has a word no German dictionary holds.
  return capitalised.some(
    (w) => !checks.isDictionaryWord(w.text) && !/(?:isch|ische[nmrs]?)$/.test(w.text),
  );
}

export function linkSpans(
  fields: readonly SpanField[],
  catalog: Catalog,
  known: readonly Mention[],
  checks: SpanChecks,
): SpanDiscovery {
  const people = new Map<string, DiscoveredPerson>();
  const organizations = new Map<string, DiscoveredOrganization>();
  const mentions: Mention[] = [];
  const superseded: Mention[] = [];
  const byKey = catalogByKey(catalog);
  const taken = (field: ArticleField, start: number, end: number) =>
    [...known, ...mentions].some(
      (m) => m.field === field && m.start < end && start < m.end && !superseded.includes(m),
    );
  // A one-word catalog form strictly inside a longer name span is part of that name:
  // "Agata Kornhauser-Duda" is not Duda, "Washington Times" is not Washington.
  const inside = (field: ArticleField, start: number, end: number) =>
    known.filter(
      (m) =>
        m.field === field &&
        m.start >= start &&
        m.end <= end &&
        m.end - m.start < end - start &&
        !/\s/.test(m.surface),
    );

  // A town the NER reads as a person's name, exactly there ("Hindenburg", "Thorn"), is not the town.
  const personNotCity: Mention[] = [];
  for (const { field, text, spans } of fields) {
    const sentences = sentenceSpans(text);
    const emit = (
      entityId: string,
      entityKind: Mention['entityKind'],
      from: number,
      to: number,
    ) => {
      mentions.push({
        entityId,
        entityKind,
        kind: 'NAME',
        field,
        start: from,
        end: to,
        surface: text.slice(from, to),
        sentence: sentenceAt(text, sentences, from),
      });
    };
    for (const span of spans) {
      if (span.label === 'MISC') continue; // adjectives and events: the linker reads adjectives itself
      const words = tokenize(text.slice(span.start, span.end)).map((t) => ({
        ...t,
        start: t.start + span.start,
        end: t.end + span.start,
      }));
      // A role glued to the front ("Sejmmarschall Jan Kowalski", "Präsident Andrzej Duda") is not the name.
      let first = 0;
      while (
        first < words.length &&
        (isRoleWord(words[first]?.text ?? '') ||
          isTitle(words[first]?.text ?? '') ||
          /^\p{Ll}/u.test(words[first]?.text ?? ''))
      )
        first++;
      const role = first > 0 ? text.slice(span.start, words[first - 1]?.end) : null;
      const name = words.slice(first);
      if (name.length === 0) continue;
      const from = (name[0] as Token).start;
      const to = (name.at(-1) as Token).end;
      if (span.label === 'PERSON')
        personNotCity.push(
          ...known.filter(
            (m) => m.field === field && m.entityKind === 'CITY' && m.start === from && m.end === to,
          ),
        );
      const swallowed = span.label === 'LOCATION' ? [] : inside(field, from, to);
      if (swallowed.length > 0 && swallowed.every((m) => m.kind !== 'ADJECTIVE'))
        superseded.push(...swallowed);
      if (taken(field, from, to)) continue;
      // "vor dem Schloss Bellevue", "im Weißen Haus": a building, not an institution.
      const building = /\b(?:im|vor dem|in dem|am|beim|ins)\s+$/.test(
        text.slice(Math.max(0, from - 8), from),
      );
      const surface = text.slice(from, to);
      const catalogEntity = byKey.get(nameKey(surface));
      if (catalogEntity) {
        emit(catalogEntity.id, catalogEntity.kind, from, to);
        continue;
      }
      // "Sprecher des Nationalen Sicherheitsbüros", tagged as one organisation: the role goes, the
      // institution stays; "Sejmmarschall Jan Kowalski" tagged so is a person.
      const headed = name.some((w) => INSTITUTION_HEADS.test(w.text.replace(/e?s$/, '')));
      const asPerson =
        span.label === 'PERSON' || (span.label === 'ORGANIZATION' && role !== null && !headed);
      if (asPerson) {
        if (!personName(name, checks)) continue;
        const id = `person:${slug(surface)}`;
        if (!people.has(id))
          people.set(id, { id, name: surface, role, evidence: sentenceAt(text, sentences, from) });
        emit(id, 'PERSON', from, to);
      } else if (span.label === 'ORGANIZATION') {
        if (
          !institution(name, checks) ||
          (building && !name.some((w) => INSTITUTION_HEADS.test(w.text)))
        )
          continue;
        const id = `org:${slug(nameKey(surface))}`;
        if (!organizations.has(id))
          organizations.set(id, { id, name: surface, evidence: sentenceAt(text, sentences, from) });
        emit(id, 'ORGANIZATION', from, to);
      }
      // LOCATION outside the catalog and gazetteer: a region or a street, nothing to link.
    }
  }
  const kept = superseded.filter(
    (m) => !mentions.some((n) => n.field === m.field && n.start <= m.start && n.end >= m.end),
  );
  superseded.length = 0;
  superseded.push(
    ...known.filter(
      (m) =>
        !kept.includes(m) &&
        mentions.some(
          (n) => n.field === m.field && n.start <= m.start && n.end >= m.end && n !== m,
        ),
    ),
  );
  superseded.push(...personNotCity.filter((m) => !superseded.includes(m)));
  return {
    mentions,
    superseded,
    people: [...people.values()],
    organizations: [...organizations.values()],
  };
}
