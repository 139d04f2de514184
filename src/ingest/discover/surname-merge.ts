import type { KnownPerson } from '../types.js';
import { fitsContext } from './spans.js';

// Entity resolution across articles: a person known only by surname ("…, sagte Berger", with no
// full name in the article or the graph's memory) becomes the person a later article names in
// full, when that full name is the only one of the surname whose context fits (role, countries).
// Two namesakes that fit, or one whose role or countries differ, leave the surname alone.

/** A person the graph knows by surname alone, with what the graph knows around them. */
export interface SurnamePerson {
  id: string;
  role: string | null;
  /** Countries of the articles that mention them. */
  countryIds: string[];
  /** The person an earlier merge made them (a page loaded again writes them anew). */
  mergedInto: string | null;
  /** Every person of the graph named in full with this surname. */
  namesakes: KnownPerson[];
}

export interface PersonMerge {
  fromId: string;
  intoId: string;
}

/** The merges a page's full names (`namedInFull`: their ids) make of the graph's surname-only people. */
export function surnameMerges(
  candidates: readonly SurnamePerson[],
  namedInFull: ReadonlySet<string>,
): PersonMerge[] {
  const merges: PersonMerge[] = [];
  for (const person of candidates) {
    if (person.mergedInto !== null) {
      if (person.mergedInto !== person.id)
        merges.push({ fromId: person.id, intoId: person.mergedInto });
      continue;
    }
    const countries = new Set(person.countryIds);
    const fitting = new Set(
      person.namesakes
        .filter((namesake) => namesake.id !== person.id)
        .filter((namesake) => fitsContext(namesake, person.role, countries))
        .map((namesake) => namesake.id),
    );
    const [only] = fitting;
    if (fitting.size === 1 && only !== undefined && namedInFull.has(only))
      merges.push({ fromId: person.id, intoId: only });
  }
  return merges;
}
