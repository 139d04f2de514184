import type { Mention } from '../types.js';
import type { RoleField } from './roles.js';

// "in der litauischen Hauptstadt", "in der Hauptstadt Lettlands", "in der Bundeshauptstadt": the
// capital of the country the phrase names, as a place a meeting can be held in.

const BY_ADJECTIVE = /\b(?:der|die)\s+([\p{L}-]+)\s+Hauptstadt\b/gu;
const BY_GENITIVE = /\b(?:der|die)\s+(Hauptstadt)\s+(?:der\s+|des\s+)?(\p{Lu}[\p{L}-]*)/gu;
const FEDERAL = /\b(?:der|die)\s+(Bundeshauptstadt)\b/gu;

/** City mentions for capitals named by a phrase, each spanning the phrase after its article. */
export function capitalMentions(
  fields: readonly RoleField[],
  mentions: readonly Mention[],
  capitalOf: (countryId: string) => string | null,
): Mention[] {
  const found: Mention[] = [];
  for (const { field, text } of fields) {
    const countryAt = (start: number, end: number) =>
      mentions.find(
        (m) => m.field === field && m.entityKind === 'COUNTRY' && m.start >= start && m.end <= end,
      )?.entityId ?? null;
    const add = (countryId: string | null, start: number, end: number) => {
      const cityId = countryId ? capitalOf(countryId) : null;
      if (!cityId) return;
      found.push({
        entityId: cityId,
        entityKind: 'CITY',
        kind: 'NAME',
        field,
        start,
        end,
        surface: text.slice(start, end),
        sentence: '',
      });
    };
    for (const match of text.matchAll(BY_ADJECTIVE)) {
      const start = match.index + match[0].indexOf(match[1] as string);
      add(
        countryAt(start, start + (match[1] as string).length),
        start,
        match.index + match[0].length,
      );
    }
    for (const match of text.matchAll(BY_GENITIVE)) {
      const start = match.index + match[0].indexOf('Hauptstadt');
      const end = match.index + match[0].length;
      add(countryAt(end - (match[2] as string).length, end), start, end);
    }
    for (const match of text.matchAll(FEDERAL)) {
      const start = match.index + match[0].indexOf('Bundeshauptstadt');
      add('country:DE', start, start + 'Bundeshauptstadt'.length);
    }
  }
  return found;
}
