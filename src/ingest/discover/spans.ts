import snowball from 'snowball-stemmers';
import type { Catalog } from '../catalog/index.js';
import { slug } from '../text-fold.js';
import { sentenceAt, sentenceSpans } from '../link/sentences.js';
import { type Token, tokenize } from '../link/tokens.js';
import type {
  ArticleField,
  DiscoveredOrganization,
  DiscoveredPerson,
  KnownPerson,
  Mention,
  NamedSpan,
} from '../types.js';
import { isCommonNoun, isOtherWord } from '../lexicon/index.js';
import { institutionNoun } from './country-institutions.js';
import { officeWord } from '../quotes/words.js';
import { isRoleWord, isTitle } from './cues.js';
import {
  isGermanWordForm,
  isInflectedAdjective,
  isRoleOrTitle,
  isRegnalName,
  isSurnameForm,
  nounContext,
  personSpanEnd,
  type SpanWord,
  spanWords,
  splitPersonSpan,
  surnameOf,
  withoutGenitive,
} from './person-names.js';

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
  /(?:institut|universität|hochschule|akademie|ministerium|partei|agentur|sender|rundfunk|radio|fernsehen|zeitung|ausschuss|club|klub|kanzlei|stiftung|zentrum|rat|kommission|gericht|gerichtshof|bank|verband|gesellschaft|amt|behörde|parlament|news|times|post|zeitung|gruppe|konzern|verlag|union|bündnis|organisation|komitee|kongress|senat|sejm|versammlung|büro|dienst|forum|allianz|front|bewegung|netzwerk)$/i;

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

// What makes a capitalised word before a noun a common noun's determiner: "eine Sparkasse", "seine Bahn".
// Words that make the capitalised word after them a common noun: "eine Sparkasse", "seine Bahn".
const DETERMINER =
  /^(?:ein|eine[nmrs]?|kein\w*|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|euer\w*|dies\w*|jede[nmrs]?|welche[nmrs]?|manche[nmrs]?|viele[nmrs]?)$/iu;

/** "neue", "großen": an adjective inflected before a noun. */
function isAttributive(word: string): boolean {
  const match = /^(\p{Ll}{2,}?)(?:e|en|er|es|em)$/u.exec(word);
  return match !== null && isOtherWord(match[1] as string);
}

/**
 * One dictionary noun the recogniser reads as an organisation ("vor Airbus", "Boeing meldete",
 * "musste Alba"): a name unless a determiner or an inflected adjective makes it a common noun
 * ("eine Sparkasse", "die neue Bahn").
 */
function bareNoun(name: readonly Token[], text: string, from: number): boolean {
  const word = name[0]?.text ?? '';
  if (name.length !== 1 || !/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !isGermanWordForm(word))
    return false;
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1] ?? '';
  // "mit der Regierung", "die Polizei": after an article, a kind of institution is no name;
  // "an der Sparkasse", "mit der Linken" are.
  if (/^(?:der|die|das|den|dem|des)$/iu.test(before))
    return !INSTITUTION_HEADS.test(word) && institutionNoun(word) === null;
  return !DETERMINER.test(before) && !isAttributive(before);
}

// "Bundesliga", "UEFA Futsal Cup": a competition, not an organisation.
const COMPETITION = /(?:liga|Cup|Pokal|Meisterschaft|Olympiade|[Ss]piele|[Ss]pielen)$/u;

/**
 * One span the recogniser made of several names: agencies joined by slashes ("AFP/SID/Miguel":
 * AFP and SID), two names joined by "zu" ("Honda zu Aprilia", a move from one to the other).
 */
function splitJoined(span: NamedSpan): NamedSpan[] {
  if (span.label !== 'ORGANIZATION') return [span];
  const part = (from: number, to: number): NamedSpan => ({
    ...span,
    start: span.start + from,
    end: span.start + to,
    text: span.text.slice(from, to),
  });
  if (/^[\p{Lu}\d]{2,6}(?:\/[\p{L}\d]+)+$/u.test(span.text)) {
    let offset = 0;
    return span.text.split('/').flatMap((piece) => {
      const at = offset;
      offset += piece.length + 1;
      return /^[\p{Lu}\d]{2,6}$/u.test(piece) ? [part(at, at + piece.length)] : [];
    });
  }
  const joined = /^(\p{Lu}[\p{L}\d-]+) zu (\p{Lu}[\p{L}\d -]+)$/u.exec(span.text);
  if (joined) {
    const left = (joined[1] as string).length;
    return [part(0, left), part(left + 4, span.text.length)];
  }
  return [span];
}

const PLACE_BEFORE = /\b(?:in|nach|aus|nahe|im|ins|am)\s+$/iu;

/**
 * The place mentions an organisation's span takes over: a catalog name of several words inside a
 * longer name ("Financial Times Deutschland", "Great Britain Board of Commissioners", "Buena Vista
 * Winery"), and a town the recogniser reads as an organisation where no word of place stands before
 * it ("der Versuch von Toyota"; not "in Toyota"). A capital or a country's metonym stays the place.
 */
function organizationOverPlaces(
  known: readonly Mention[],
  catalog: Catalog,
  text: string,
  field: ArticleField,
  from: number,
  to: number,
): Mention[] {
  return known.filter((m) => {
    if (m.field !== field || m.kind !== 'NAME' || m.start < from || m.end > to) return false;
    if (m.entityKind === 'PERSON') return false;
    if (m.end - m.start < to - from) return /\s/.test(m.surface);
    if (m.entityKind !== 'CITY' || /\s/.test(m.surface)) return false;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, from - 6), from))) return false;
    const city = catalog.byId.get(m.entityId);
    return (
      (city?.population ?? 0) < 1_000_000 &&
      !catalog.entities.some((e) => e.kind === 'COUNTRY' && e.metonyms?.includes(m.surface))
    );
  });
}

/**
 * "Fluorchlorkohlenwasserstoffe (FCKW)", "Jagdgeschwadern (JG)": an acronym in brackets right after
 * one word whose letters it takes, in order from the first, is that word's short form; where no
 * organisation is named there, it names none either.
 */
function abbreviatesWordBefore(
  text: string,
  from: number,
  acronym: string,
  mentions: readonly Mention[],
): boolean {
  if (!isAcronym(acronym)) return false;
  const before = /(\p{L}+)\s?\(\s?$/u.exec(text.slice(Math.max(0, from - 60), from));
  const word = before?.[1];
  if (!word || word[0]?.toLowerCase() !== acronym[0]?.toLowerCase()) return false;
  let at = 1;
  for (const letter of acronym.slice(1).toLowerCase()) {
    at = word.toLowerCase().indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  const wordStart = from - (before?.[0].length ?? 0);
  return !mentions.some(
    (m) => m.entityKind === 'ORGANIZATION' && m.start <= wordStart && m.end > wordStart,
  );
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d]{2,6}$/u.test(word);
}

// Catalog people by surname (only surnames one person has), built once per catalog.
const surnameCache = new WeakMap<Catalog, Map<string, string | null>>();
export function catalogSurnames(catalog: Catalog): Map<string, string | null> {
  let surnames = surnameCache.get(catalog);
  if (!surnames) {
    surnames = new Map();
    for (const entity of catalog.entities) {
      if (entity.kind !== 'PERSON') continue;
      for (const form of new Set([entity.name, entity.nameDe, entity.nameEn, ...entity.aliases])) {
        if (!/\s/.test(form.trim())) continue;
        const surname = surnameOf(form);
        const holder = surnames.get(surname);
        surnames.set(surname, holder === undefined || holder === entity.id ? entity.id : null);
      }
    }
    surnameCache.set(catalog, surnames);
  }
  return surnames;
}

/** The last word before `start` ("Bischof" in "Bischof Berger"), without punctuation. */
function wordBefore(text: string, start: number): string {
  return /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

/**
 * The role or title right before a full name the recogniser left out ("Prinz William", "Bischof
 * Karl Berger"); before a ruler's name ("… Felipe VI.") any dictionary noun is the ruler's title.
 */
function titleBefore(text: string, from: number, name: string): string | null {
  const before = wordBefore(text, from);
  if (!/^\p{Lu}\p{Ll}+$/u.test(before)) return null;
  if (isRoleOrTitle(before)) return before;
  return isRegnalName(name) && isCommonNoun(before) ? before : null;
}

/** "Bundestrainer" and "Trainer" are one role; "Trainer" and "Bischof" are not. */
function sameRole(a: string, b: string): boolean {
  const head = (role: string) =>
    (
      role
        .trim()
        .split(/[\s-]+/)
        .at(-1) ?? ''
    ).toLowerCase();
  const x = head(a);
  const y = head(b);
  return x.endsWith(y) || y.endsWith(x);
}

/** A recent person is this bare surname unless their contexts differ: another role, other countries. */
export function fitsContext(
  person: KnownPerson,
  role: string | null,
  countryIds: Set<string>,
): boolean {
  if (person.role && role && !sameRole(person.role, role)) return false;
  if (person.countryIds.length > 0 && countryIds.size > 0)
    return person.countryIds.some((id) => countryIds.has(id));
  return true;
}

interface PersonCandidate {
  field: ArticleField;
  text: string;
  sentences: ReturnType<typeof sentenceSpans>;
  span: NamedSpan;
}

/** Whether the words before `from` are a role phrase and its comma ("Der Sprecher des Kremls, "). */
function rolePhraseBefore(text: string, from: number): boolean {
  const before = text.slice(Math.max(0, from - 120), from);
  if (!/,\s*$/.test(before)) return false;
  const phrase =
    before
      .replace(/,\s*$/, '')
      .split(/[,.;:!?„“"»«()]/)
      .at(-1) ?? '';
  const words = phrase.trim().split(/\s+/);
  return (
    /^(?:der|die|das|ein|eine|sein|seine|ihr|ihre)$/i.test(words[0] ?? '') &&
    words.some((word) => isRoleWord(word) || officeWord(word) !== null)
  );
}

function institution(words: Token[], checks: SpanChecks): boolean {
  if (words.length === 0) return false;
  if (
    words.some(
      (w) => INSTITUTION_HEADS.test(w.text) || INSTITUTION_HEADS.test(w.text.replace(/e?s$/, '')),
    )
  )
    return true;
  // One word: an acronym, a name no dictionary holds ("Siemens", "Rosatom"), or an adjective
  // standing as a noun, as parties are named ("die Grünen", "der Linken").
  if (words.length === 1) {
    const word = words[0]?.text ?? '';
    return isAcronym(word) || !isGermanWordForm(word) || isInflectedAdjective(word);
  }
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
  recent: readonly KnownPerson[] = [],
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

  // A place the NER reads as a person the article names, exactly there ("Thorn" after "Anna Thorn"),
  // is not the place.
  const personNotCity: Mention[] = [];
  // Names a cue found with a role glued on or cut short ("Europaminister Uwe Döring", "Johannes
  // Nepomuk" of "Johannes Nepomuk von Tschiderer"), which the recogniser's span gets right.
  const replaced: Mention[] = [];
  const personSpans: PersonCandidate[] = [];
  const emitIn =
    (field: ArticleField, text: string, sentences: ReturnType<typeof sentenceSpans>) =>
    (entityId: string, entityKind: Mention['entityKind'], from: number, to: number) => {
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
  for (const { field, text, spans } of fields) {
    const sentences = sentenceSpans(text);
    const emit = emitIn(field, text, sentences);
    for (const span of spans.flatMap(splitJoined)) {
      if (span.label === 'MISC') continue; // adjectives and events: the linker reads adjectives itself
      const words = tokenize(text.slice(span.start, span.end)).map((t) => ({
        ...t,
        start: t.start + span.start,
        end: t.end + span.start,
      }));
      // A role glued to the front ("Sejmmarschall Jan Kowalski", "Präsident Andrzej Duda") is not the name.
      // "n-tv", "epd": an organisation's one-word name in lower case, no German word, is its name.
      const spanText = text.slice(span.start, span.end);
      const lowerName =
        span.label === 'ORGANIZATION' &&
        /^\p{Ll}[\p{L}\d-]+$/u.test(spanText) &&
        !isGermanWordForm(spanText);
      let first = 0;
      while (
        !lowerName &&
        first < words.length &&
        (isRoleWord(words[first]?.text ?? '') ||
          isTitle(words[first]?.text ?? '') ||
          /^\p{Ll}/u.test(words[first]?.text ?? ''))
      )
        first++;
      const role = first > 0 ? text.slice(span.start, words[first - 1]?.end) : null;
      const name = words.slice(first);
      if (name.length === 0) continue;
      let from = (name[0] as Token).start;
      // What the recogniser left off a name's front: a club's number ("1. FC Nürnberg"), a
      // title's capitalised article inside a sentence ("in der Zeitung Der Tagesspiegel").
      if (span.label === 'ORGANIZATION' && first === 0) {
        const front = /(?:\b\d\.\s|(?<=\p{Ll}\s)(?:Der|Die|Das)\s)$/u.exec(
          text.slice(Math.max(0, from - 6), from),
        );
        if (
          front &&
          (/^\d/.test(front[0])
            ? /^(?:FC|SC|SV|TSV|FSV|VfB|VfL|SpVgg)\b/u.test(text.slice(from))
            : true)
        )
          from -= front[0].length;
      }
      const to = (name.at(-1) as Token).end;
      // "Sprecher des Nationalen Sicherheitsbüros", tagged as one organisation: the role goes, the
      // institution stays; "Sejmmarschall Jan Kowalski" tagged so is a person.
      const headed = name.some((w) => INSTITUTION_HEADS.test(w.text.replace(/e?s$/, '')));
      if (span.label === 'PERSON') {
        // "auf X." (the platform): a single letter names nobody.
        if (spanText.replace(/[^\p{L}]/gu, '').length > 1)
          personSpans.push({ field, text, sentences, span });
        continue;
      }
      // "Der Leiter des Nationalen Sicherheitsbüros, Sławomir Cenckiewicz,": a name no dictionary
      // holds, in apposition to a role, is a person, though the recogniser read on from the
      // institution and called it one.
      if (
        span.label === 'ORGANIZATION' &&
        !headed &&
        first === 0 &&
        name.length >= 2 &&
        name.length <= 3 &&
        name.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !checks.isDictionaryWord(w.text)) &&
        rolePhraseBefore(text, from)
      ) {
        personSpans.push({ field, text, sentences, span: { ...span, label: 'PERSON' } });
        continue;
      }
      // A compound role the role list lacks ("Sejmmarschall") is judged by the dictionary here.
      if (
        span.label === 'ORGANIZATION' &&
        !headed &&
        (role !== null || isRoleOrTitle(words[0]?.text ?? ''))
      ) {
        // Only a role word and a full name make an organisation's span a person; else the role
        // word is part of the organisation's name ("General Motors").
        const parts = splitPersonSpan(spanWords(text, span.start, span.end), text);
        if (parts?.role && parts.name.length > 1) {
          personSpans.push({ field, text, sentences, span });
          continue;
        }
        if (role !== null) {
          if (!/^\p{Lu}/u.test(words[0]?.text ?? '')) continue;
          name.unshift(...words.slice(0, first));
          from = (words[0] as Token).start;
        }
      }
      // An institution the rules found inside the recogniser's longer name ("Bayerischen
      // Staatsministerium" of "… für Unterricht und Kultus") is that name; one the rules found
      // around a name the recogniser reads alone ("Bundeskongress des DGB") is that name's event.
      if (span.label === 'ORGANIZATION')
        for (const m of known)
          if (
            m.field === field &&
            m.entityKind === 'ORGANIZATION' &&
            !catalog.byId.has(m.entityId) &&
            ((m.start >= from && m.end <= to) ||
              (m.start <= from &&
                m.end >= to &&
                name.length === 1 &&
                isAcronym(text.slice(from, to)))) &&
            m.end - m.start !== to - from &&
            !replaced.includes(m)
          ) {
            replaced.push(m);
            superseded.push(m);
          }
      const swallowed = span.label === 'LOCATION' ? [] : inside(field, from, to);
      if (swallowed.length > 0 && swallowed.every((m) => m.kind !== 'ADJECTIVE'))
        superseded.push(...swallowed);
      const asOrganization =
        span.label === 'ORGANIZATION'
          ? organizationOverPlaces(known, catalog, text, field, from, to)
          : [];
      superseded.push(...asOrganization);
      // An adjective of a country at the front of an organisation's name ("Deutschen
      // Presse-Agentur") stays that country's mention, beside the organisation.
      const takenHere =
        span.label === 'ORGANIZATION' && headed
          ? [...known, ...mentions].some(
              (m) =>
                m.field === field &&
                m.start < to &&
                from < m.end &&
                m.kind !== 'ADJECTIVE' &&
                !superseded.includes(m),
            )
          : taken(field, from, to);
      if (takenHere) continue;
      // "vor dem Schloss Bellevue", "im Weißen Haus": a building, not an institution; a club with
      // an acronym ("beim SSV Reutlingen") is none.
      const building =
        /\b(?:im|vor dem|in dem|am|beim|ins)\s+$/.test(text.slice(Math.max(0, from - 8), from)) &&
        !name.some((w) => isAcronym(w.text));
      // „Spiegel“, "Bild": a title in quotes names a medium.
      const quoted =
        name.length === 1 &&
        /["„“»«']\s?$/.test(text.slice(0, from)) &&
        /^\s?["“”«»']/.test(text.slice(to));
      // "in der Wochenzeitung Die Zeit": a capitalised article inside a sentence opens a title.
      const titled =
        span.label === 'ORGANIZATION' &&
        name.length >= 2 &&
        /^(?:Die|Der|Das)$/.test(name[0]?.text ?? '') &&
        /\p{Ll}[,;]?\s+$/u.test(text.slice(Math.max(0, from - 3), from));
      const surface = text.slice(from, to);
      // "St. Michaelskapelle", "Sankt Goar": a saint's name opens a church or a place.
      if (span.label === 'ORGANIZATION' && /^(?:St\s?\.|Sankt)\s/u.test(surface) && !headed)
        continue;
      if (span.label === 'ORGANIZATION' && COMPETITION.test(surface)) continue;
      const catalogEntity = byKey.get(nameKey(surface));
      // A town found only by the stems of an organisation's span ("Ford", "Nike") is not that
      // town, unless a word of place stands before it ("in Toyota").
      if (
        catalogEntity &&
        !(
          span.label === 'ORGANIZATION' &&
          catalogEntity.kind !== 'ORGANIZATION' &&
          catalogEntity.kind !== 'COUNTRY' &&
          !PLACE_BEFORE.test(text.slice(Math.max(0, from - 6), from))
        )
      ) {
        emit(catalogEntity.id, catalogEntity.kind, from, to);
        continue;
      }
      if (span.label === 'ORGANIZATION') {
        if (
          !(
            institution(name, checks) ||
            quoted ||
            titled ||
            lowerName ||
            bareNoun(name, text, from)
          ) ||
          (building && !name.some((w) => INSTITUTION_HEADS.test(w.text))) ||
          abbreviatesWordBefore(
            text,
            from,
            surface,
            [...known, ...mentions].filter((m) => m.field === field),
          )
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

  // People: full names first, so that a bare surname can be read as one of them.
  const split = personSpans.flatMap((candidate) => {
    const { text, span } = candidate;
    const end = personSpanEnd(text, span.start, span.end);
    const parts = splitPersonSpan(spanWords(text, span.start, end), text);
    return parts ? [{ ...candidate, ...parts }] : [];
  });
  const articlePeople = new Map<string, string>();
  for (const m of known) {
    if (m.entityKind !== 'PERSON') continue;
    const name = catalog.byId.get(m.entityId)?.name ?? m.surface;
    if (/\s/.test(name.trim()) && !articlePeople.has(m.entityId))
      articlePeople.set(m.entityId, name);
  }
  const countryIds = new Set(
    known.flatMap((m) =>
      m.entityKind === 'COUNTRY'
        ? [m.entityId]
        : m.entityKind === 'CITY'
          ? [catalog.byId.get(m.entityId)?.countryId ?? []].flat()
          : [],
    ),
  );
  const surnames = catalogSurnames(catalog);
  let bySurname: Map<string, KnownPerson[]> | undefined;
  const recentBySurname = () => {
    if (!bySurname) {
      bySurname = new Map();
      for (const person of recent) {
        const surname = surnameOf(person.name);
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
      }
    }
    return bySurname;
  };
  const resolveSurname = (word: string, role: string | null): string | null => {
    const inArticle = [...articlePeople].filter(([, name]) => isSurnameForm(word, surnameOf(name)));
    if (inArticle.length > 0) return (inArticle.at(-1) as [string, string])[0];
    const remembered = new Set(
      [
        ...(recentBySurname().get(word) ?? []),
        ...(recentBySurname().get(withoutGenitive(word)) ?? []),
      ]
        .filter((p) => fitsContext(p, role, countryIds))
        .map((p) => p.id),
    );
    if (remembered.size === 1) return [...remembered][0] as string;
    if (remembered.size > 1) return null;
    const bare = surnames.get(word) ?? surnames.get(word.replace(/s$/, ''));
    return bare ?? null;
  };
  const byLength = [...split].sort(
    (a, b) => Number(a.name.length === 1) - Number(b.name.length === 1),
  );
  for (const { field, text, sentences, role, name } of byLength) {
    const emit = emitIn(field, text, sentences);
    const from = (name[0] as SpanWord).start;
    const to = (name.at(-1) as SpanWord).end;
    const surface = text.slice(from, to);
    const place = known.find(
      (m) =>
        m.field === field &&
        (m.entityKind === 'CITY' || m.entityKind === 'COUNTRY') &&
        m.start === from &&
        m.end === to,
    );
    if (name.length > 1) {
      const swallowed = inside(field, from, to);
      if (swallowed.length > 0 && swallowed.every((m) => m.kind !== 'ADJECTIVE'))
        superseded.push(...swallowed);
    }
    for (const m of known) {
      if (m.field !== field || m.entityKind !== 'PERSON' || catalog.byId.has(m.entityId)) continue;
      if (!(m.start < to && from < m.end) || (m.start === from && m.end === to)) continue;
      const longer = m.start >= from && m.end <= to;
      const roleInFront = m.start < from && isRoleOrTitle(text.slice(m.start, from).trim());
      if ((longer || roleInFront) && !replaced.includes(m)) {
        replaced.push(m);
        superseded.push(m);
      }
    }
    if (taken(field, from, to) && !place) continue;
    const catalogEntity = byKey.get(nameKey(surface));
    if (catalogEntity?.kind === 'PERSON') {
      if (!taken(field, from, to)) emit(catalogEntity.id, 'PERSON', from, to);
      continue;
    }
    const evidence = sentenceAt(text, sentences, from);
    if (name.length > 1) {
      if (place) continue; // "Tomaszów Mazowiecki": the catalog's place, not a person
      if (catalogEntity) {
        emit(catalogEntity.id, catalogEntity.kind, from, to);
        continue;
      }
      const id = `person:${slug(surface)}`;
      const title = role ?? titleBefore(text, from, surface);
      if (!people.has(id)) people.set(id, { id, name: surface, role: title, evidence });
      articlePeople.set(id, surface);
      emit(id, 'PERSON', from, to);
      continue;
    }
    // One word: the person of that surname the article, recent articles or the catalog know.
    const before = wordBefore(text, from);
    const roleHere = role ?? (isRoleOrTitle(before) ? before : null);
    const resolved = resolveSurname(surface, roleHere);
    // A place the linker found there is the place, unless a role names a person ("Präsident
    // Cleveland") or the place goes by another name and this is only an alias of it ("Bella").
    const placeEntity = place ? catalog.byId.get(place.entityId) : undefined;
    const placeName =
      placeEntity !== undefined &&
      [placeEntity.name, placeEntity.nameDe, placeEntity.nameEn].some(
        (form) => form === surface || form === surface.replace(/s$/, ''),
      );
    const personHere =
      resolved !== null || roleHere !== null || (place !== undefined && !placeName);
    if (place && !personHere) continue;
    if (place) personNotCity.push(place);
    else if (taken(field, from, to)) continue;
    if (resolved) {
      emit(resolved, 'PERSON', from, to);
      continue;
    }
    // A German word is a name where grammar says so: "Müller sagte", not "der Müller".
    if (isGermanWordForm(surface) && !roleHere && nounContext(before)) continue;
    // "v. Chr.": a short word before a full stop is an abbreviation.
    if (surface.length <= 3 && text[to] === '.') continue;
    const id = `person:${slug(surface)}`;
    if (!people.has(id)) people.set(id, { id, name: surface, role: roleHere, evidence });
    emit(id, 'PERSON', from, to);
  }
  const kept = superseded.filter(
    (m) => !mentions.some((n) => n.field === m.field && n.start <= m.start && n.end >= m.end),
  );
  superseded.length = 0;
  superseded.push(
    ...known.filter(
      (m) =>
        !kept.includes(m) &&
        m.kind !== 'ADJECTIVE' &&
        mentions.some(
          (n) => n.field === m.field && n.start <= m.start && n.end >= m.end && n !== m,
        ),
    ),
  );
  superseded.push(...[...personNotCity, ...replaced].filter((m) => !superseded.includes(m)));
  return {
    mentions,
    superseded,
    people: [...people.values()],
    organizations: [...organizations.values()],
  };
}
