import { fold } from '../text-fold.js';
import { isCapitalised, isInflected, officeWord, tokenize, type Token } from '../quotes/words.js';
import type { ArticleField, Mention } from '../types.js';

// "Empfangen wurde er vom Präsidenten": a definite role noun with no name after it stands for the
// one person of the article who holds that office. Resolved only where that person is unique (the
// office and, when the phrase names one, its country), so a role never seats the wrong person.

export interface HeldTitle {
  title: string;
  countryId: string | null;
}

export interface RoleField {
  field: ArticleField;
  text: string;
}

const DEFINITE = new Set(['der', 'die', 'den', 'dem', 'des', 'vom', 'beim', 'zum']);
const MAX_ADJECTIVES = 3;

interface RolePhrase {
  base: string;
  /** The whole office noun, folded, without a feminine ending: "regierungschef". */
  office: string;
  countryId: string | null;
  /** The office noun, where the person's mention is placed. */
  noun: Token;
}

function rolePhrases(field: RoleField, mentions: readonly Mention[]): RolePhrase[] {
  const tokens = tokenize(field.text);
  const inField = mentions.filter((m) => m.field === field.field);
  const phrases: RolePhrase[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!DEFINITE.has((tokens[i] as Token).text.toLowerCase())) continue;
    let j = i + 1;
    // "der litauische Präsident", "dem neuen polnischen Außenminister": inflected adjectives only.
    while (
      j - i <= MAX_ADJECTIVES &&
      tokens[j] &&
      !isCapitalised((tokens[j] as Token).text) &&
      isInflected((tokens[j] as Token).text)
    )
      j += 1;
    const noun = tokens[j];
    if (!noun) continue;
    const office = officeWord(noun.text);
    if (!office) continue;
    const next = tokens[j + 1];
    // "der Präsident Gitanas Nausėda" names its person; "der Präsident, Emmanuel Macron," too.
    const named = inField.some(
      (m) =>
        m.entityKind === 'PERSON' &&
        m.start >= noun.end &&
        m.start - noun.end <= 3 &&
        /^[\s,]*$/u.test(field.text.slice(noun.end, m.start)),
    );
    if (named || (next && isCapitalised(next.text) && !/^(?:des|der)$/i.test(next.text))) continue;
    // The country from an adjective before the noun or a genitive after it ("der Ukraine").
    const phraseStart = (tokens[i] as Token).start;
    const after = tokens[j + 2];
    const phraseEnd = next && /^(?:des|der)$/.test(next.text) && after ? after.end : noun.end;
    const country = inField.find(
      (m) => m.entityKind === 'COUNTRY' && m.start >= phraseStart && m.end <= phraseEnd,
    );
    phrases.push({
      base: office.base,
      office: fold(office.nominative).replace(/in$/, ''),
      countryId: country?.entityId ?? null,
      noun,
    });
  }
  return phrases;
}

// The head of government goes by several words.
const HEAD_OF_GOVERNMENT = /^(?:regierungschef|ministerpraesident|premierminister|premier)$/;

function sameOffice(a: string, b: string): boolean {
  return a === b || (HEAD_OF_GOVERNMENT.test(a) && HEAD_OF_GOVERNMENT.test(b));
}

/** Mentions of people named by a definite role noun, each placed on the noun. */
export function roleMentions(
  fields: readonly RoleField[],
  mentions: readonly Mention[],
  titlesOf: (personId: string) => readonly HeldTitle[],
): Mention[] {
  const people = [
    ...new Set(
      mentions
        .filter((m) => m.entityKind === 'PERSON' && m.field !== 'caption')
        .map((m) => m.entityId),
    ),
  ];
  const found: Mention[] = [];
  for (const field of fields) {
    for (const phrase of rolePhrases(field, mentions)) {
      const holding = (matches: (title: string) => boolean) =>
        people.filter((personId) =>
          titlesOf(personId).some(
            (t) =>
              matches(fold(t.title).replace(/in$/, '')) &&
              (phrase.countryId === null || t.countryId === phrase.countryId),
          ),
        );
      // The office itself first ("der Präsident" is not the Ministerpräsident), else a compound of
      // it ("der Minister": the Außenminister).
      const exact = holding((title) => sameOffice(title, phrase.office));
      const holders = exact.length > 0 ? exact : holding((title) => title.endsWith(phrase.base));
      if (holders.length !== 1) continue;
      found.push({
        entityId: holders[0] as string,
        entityKind: 'PERSON',
        kind: 'NAME',
        field: field.field,
        start: phrase.noun.start,
        end: phrase.noun.end,
        surface: phrase.noun.text,
        sentence: '',
      });
    }
  }
  return found;
}
