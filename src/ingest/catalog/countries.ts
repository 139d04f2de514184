import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { CatalogEntity } from '../types.js';

// Every ISO 3166 country with its German and English names and aliases, from the maintained
// i18n-iso-countries package; seeds/entities/countries.json adds what the press writes.

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export interface CountryOverride {
  name?: string;
  nameEn?: string;
  aliases: string[];
  adjectiveStems: string[];
  metonyms: string[];
}

export function isoCountries(overrides: Record<string, CountryOverride>): CatalogEntity[] {
  const german = countries.getNames('de', { select: 'all' });
  const english = countries.getNames('en', { select: 'all' });
  return Object.keys(german)
    .sort()
    .map((iso) => {
      const override = overrides[iso];
      const deNames = german[iso] ?? [];
      const enNames = english[iso] ?? [];
      // i18n lists the official name first; the press uses the short one ("Russland").
      const nameDe = override?.name ?? deNames.at(-1) ?? iso;
      const nameEn =
        override?.nameEn ?? enNames.find((n) => !/\b(of|the)\b/i.test(n)) ?? enNames[0] ?? iso;
      const aliases = [...new Set([...deNames, ...enNames, ...(override?.aliases ?? [])])].filter(
        (alias) => alias !== nameDe,
      );
      return {
        id: `country:${iso}`,
        kind: 'COUNTRY' as const,
        name: nameDe,
        nameDe,
        nameEn,
        aliases,
        isoCode: iso,
        adjectiveStems: override?.adjectiveStems ?? [],
        metonyms: override?.metonyms ?? [],
      };
    });
}
