import type { CatalogEntity } from '../../src/ingest/types.js';
import { pick } from './random.js';

// Synthetic people for the corpus, added to the catalog so that the real linker finds them in the
// generated text. Surnames are built from syllables that form no German word, so they link only
// where the generator wrote them.

const FIRST_NAMES = [
  'Anna',
  'Jakub',
  'Marta',
  'Piotr',
  'Olga',
  'Tomasz',
  'Ewa',
  'Lukas',
  'Greta',
  'Jonas',
  'Helena',
  'Pawel',
  'Irina',
  'Milan',
  'Sofia',
  'Viktor',
  'Lena',
  'Marek',
  'Nora',
  'Adam',
  'Clara',
  'Emil',
  'Daria',
  'Igor',
  'Vera',
  'Oskar',
  'Alina',
  'Boris',
  'Maja',
  'Felix',
  'Zofia',
  'Karol',
  'Ines',
  'Anton',
  'Lidia',
  'Rafal',
];
const SURNAME_HEADS = [
  'Brem',
  'Kalt',
  'Morv',
  'Wesk',
  'Halb',
  'Dron',
  'Fenz',
  'Gort',
  'Lask',
  'Narv',
  'Prok',
  'Tusl',
  'Varn',
  'Zeld',
  'Quint',
  'Jorm',
];
const SURNAME_TAILS = [
  'owski',
  'enberg',
  'ault',
  'ewicz',
  'iak',
  'ander',
  'ovic',
  'inger',
  'asch',
  'erow',
  'ille',
  'unek',
  'arski',
  'othe',
];
const ROLES = [
  'Außenminister',
  'Abgeordneter',
  'Sprecher',
  'Gesandter',
  'Berater',
  'Botschafter',
  'Vizepremier',
  'Analyst',
];

export function syntheticPeople(
  count: number,
  countryIds: readonly string[],
  random: () => number,
): CatalogEntity[] {
  const people: CatalogEntity[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (people.length < count) {
    if (++attempts > count * 50)
      throw new Error(`Could not make ${count} distinct synthetic names`);
    const surname = pick(random, SURNAME_HEADS) + pick(random, SURNAME_TAILS);
    const name = `${pick(random, FIRST_NAMES)} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const id = `person:synthetic-${people.length + 1}`;
    people.push({
      id,
      kind: 'PERSON',
      name,
      nameDe: name,
      nameEn: name,
      aliases: [],
      role: pick(random, ROLES),
      countryId: pick(random, countryIds),
    });
  }
  return people;
}
