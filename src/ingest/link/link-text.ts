import type { Catalog } from '../catalog/index.js';
import type { ArticleField, Mention } from '../types.js';
import { type Dictionary, dictionaryFor, type SurfaceForm } from './dictionary.js';
import { ADJECTIVE_ENDINGS as ENDINGS, GENITIVE } from './inflection.js';
import { sentenceAt, sentenceSpans } from './sentences.js';
import { type Token, tokenize } from './tokens.js';

// Finds catalog entities in one field's text. Leftmost-longest over whole words; German inflection
// through genitive endings on the last word of a name (Putins, Istanbuls, Russlands) and adjective
// endings on country stems (russischen, amerikanischer).

const ADJECTIVE_ENDINGS = ['', ...ENDINGS];
// After these a capital is a place ("in Moskau"); elsewhere it may act for its state ("Moskau sagt").
const LOCATIVES = new Set(['in', 'nach', 'aus', 'bei', 'nahe', 'von', 'im', 'vor', 'über']);
const MAX_GAP = 3; // characters between the words of one name: a blank, "-", ". "
// A place name inside the name of a building, a street or a square is not the city: "Schloss
// Bellevue", "Palais Schaumburg", "Hotel Adlon", "Bellevue-Palast", "Moskau-Platz".
const BUILDING_BEFORE =
  /^(?:Schloss|Schloß|Palais|Palast|Palazzo|Burg|Villa|Hotel|Kloster|Residenz|Stadion|Arena|Kaserne|Park|Garten|Gut|Haus|Fort|Festung)$/u;
const BUILDING_AFTER =
  /^(?:Platz|Plac|Straße|Strasse|Allee|Gasse|Weg|Ring|Damm|Ufer|Brücke|Palast|Palais|Schloss|Kaserne|Stadion|Arena|Park|Garten|Tor|Hotel|Kirche|Kathedrale|Dom|Denkmal|Museum)$/u;

/** The city-named tokens from..to sit inside a building's or a street's name. */
function inBuildingName(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const first = tokens[from] as Token;
  if (before && BUILDING_BEFORE.test(before.text) && text.slice(before.end, first.start) === ' ')
    return true;
  const after = tokens[to + 1];
  const last = tokens[to] as Token;
  return (
    after !== undefined &&
    BUILDING_AFTER.test(after.text) &&
    text.slice(last.end, after.start) === '-'
  );
}

function tokenMatches(formToken: string, textToken: string, last: boolean): boolean {
  if (formToken === textToken) return true;
  if (!last || formToken.length < 3) return false;
  const genitive = GENITIVE.exec(textToken);
  return genitive?.[1] === formToken;
}

function matchAt(
  tokens: readonly Token[],
  text: string,
  index: number,
  form: SurfaceForm,
): Token[] | null {
  const matched: Token[] = [];
  for (let offset = 0; offset < form.tokens.length; offset++) {
    const token = tokens[index + offset];
    const formToken = form.tokens[offset] as string;
    if (!token || !tokenMatches(formToken, token.text, offset === form.tokens.length - 1))
      return null;
    const previous = matched.at(-1);
    if (previous && !/^[\s.-]*$/.test(text.slice(previous.end, token.start))) return null;
    if (previous && token.start - previous.end > MAX_GAP) return null;
    matched.push(token);
  }
  return matched;
}

const NO_FORMS: SurfaceForm[] = [];

/** Forms that may start at a token, longest first: those whose second token is the next token
 * (or, when it ends a two-token form, its genitive), then the token alone or in the genitive. */
function candidateForms(
  dictionary: Dictionary,
  token: string,
  next: string | undefined,
): SurfaceForm[] {
  const entry = dictionary.byFirstToken.get(token);
  let longer = NO_FORMS;
  if (entry && next !== undefined && entry.bySecond.size > 0) {
    const exact = entry.bySecond.get(next) ?? NO_FORMS;
    const nextStem = GENITIVE.exec(next)?.[1];
    const inflected = nextStem
      ? (entry.bySecond.get(nextStem)?.filter((form) => form.tokens.length === 2) ?? NO_FORMS)
      : NO_FORMS;
    longer =
      inflected.length === 0
        ? exact
        : [...exact, ...inflected].sort((a, b) => b.tokens.length - a.tokens.length);
  }
  const alone = entry?.alone ?? NO_FORMS;
  const stem = GENITIVE.exec(token)?.[1];
  const inflectedAlone = stem ? (dictionary.byFirstToken.get(stem)?.alone ?? NO_FORMS) : NO_FORMS;
  if (alone.length === 0 && inflectedAlone.length === 0) return longer;
  return [...longer, ...alone, ...inflectedAlone];
}

function adjectiveCountry(token: string, stems: Map<string, string>): string | null {
  const lower = token.toLowerCase();
  for (const ending of ADJECTIVE_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const country = stems.get(lower.slice(0, lower.length - ending.length));
    if (country) return country;
  }
  return null;
}

export function linkText(text: string, field: ArticleField, catalog: Catalog): Mention[] {
  const dictionary = dictionaryFor(catalog);
  const tokens = tokenize(text);
  const spans = sentenceSpans(text);
  const mentions: Mention[] = [];
  const emit = (from: Token, to: Token, form: Omit<SurfaceForm, 'tokens'>) => {
    mentions.push({
      entityId: form.entityId,
      entityKind: form.entityKind,
      kind: form.kind,
      field,
      start: from.start,
      end: to.end,
      surface: text.slice(from.start, to.end),
      sentence: sentenceAt(text, spans, from.start),
    });
  };

  for (let index = 0; index < tokens.length; ) {
    const token = tokens[index] as Token;
    let matched: { form: SurfaceForm; tokens: Token[] } | null = null;
    for (const form of candidateForms(dictionary, token.text, tokens[index + 1]?.text)) {
      const found = matchAt(tokens, text, index, form);
      if (found) {
        matched = { form, tokens: found };
        break;
      }
    }
    if (matched) {
      const first = matched.tokens[0] as Token;
      const last = matched.tokens.at(-1) as Token;
      if (
        matched.form.entityKind === 'CITY' &&
        inBuildingName(text, tokens, index, index + matched.tokens.length - 1)
      ) {
        index += matched.tokens.length;
        continue;
      }
      emit(first, last, matched.form);
      const actorCountry = dictionary.cityAsActor.get(matched.form.entityId);
      const before = tokens[index - 1]?.text.toLowerCase();
      if (actorCountry && !(before && LOCATIVES.has(before))) {
        emit(first, last, { entityId: actorCountry, entityKind: 'COUNTRY', kind: 'METONYM' });
      }
      index += matched.tokens.length;
      continue;
    }
    const country = adjectiveCountry(token.text, dictionary.adjectiveStems);
    if (country)
      emit(token, token, { entityId: country, entityKind: 'COUNTRY', kind: 'ADJECTIVE' });
    index += 1;
  }
  return mentions;
}
