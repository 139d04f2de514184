import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../project-root.js';

// The curated files under seeds/entities/, validated when read: a typo in a catalog file stops the
// seed with the file and the field named, instead of linking nothing.

const name = z.string().trim().min(1);
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9-]+$`), `must look like ${prefix}:some-name`);
const countryRef = z
  .string()
  .regex(/^country:[A-Z]{2}$/, 'must look like country:XX (ISO 3166 alpha-2)');

const entityFields = {
  name,
  nameDe: name,
  nameEn: name,
  aliases: z.array(name).default([]),
  wikidataId: z
    .string()
    .regex(/^Q[1-9][0-9]*$/, 'must look like Q123')
    .optional(),
  // Names of the entity kept but never linked alone (a German word: "Senat").
  guardedNames: z.array(name).optional(),
};

export const peopleFile = z.array(
  z
    .object({
      id: id('person'),
      ...entityFields,
      role: z.string().optional(),
      countryId: countryRef.optional(),
    })
    .strict(),
);
export const citiesFile = z.array(
  z
    .object({
      id: id('city'),
      ...entityFields,
      countryId: countryRef,
      population: z.number().int().nonnegative().optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
    })
    .strict(),
);
export const organizationsFile = z.array(
  z
    .object({
      id: id('org'),
      ...entityFields,
      countryId: countryRef.optional(),
      // Titles of the posts held here, for the organisation's country ("Außenminister" → the MSZ).
      offices: z.array(name).optional(),
    })
    .strict(),
);
// Regions the admin-division data lacks or names differently (historical and geographic regions,
// disputed areas); `geonameId` ties an entry to the data's division, whose facts fill what it lacks.
export const regionsFile = z.array(
  z
    .object({
      id: id('region'),
      name,
      nameEn: name,
      aliases: z.array(name).default([]),
      kind: z.enum(['ADMINISTRATIVE', 'HISTORICAL', 'GEOGRAPHIC', 'DISPUTED']),
      countryId: countryRef.optional(),
      geonameId: z.number().int().positive().optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
      wikidataId: z
        .string()
        .regex(/^Q[1-9][0-9]*$/, 'must look like Q123')
        .optional(),
    })
    .strict(),
);
export const countryOverridesFile = z.record(
  z.string(),
  z.union([
    z.string(),
    z
      .object({
        name: name.optional(),
        nameEn: name.optional(),
        aliases: z.array(name).default([]),
        adjectiveStems: z
          .array(z.string().regex(/^[\p{Ll}-]+$/u, 'adjective stems are lower case'))
          .default([]),
        metonyms: z.array(name).default([]),
      })
      .strict(),
  ]),
);

/** Member states of formats and alliances by organisation id ("org:weimarer-dreieck": ["DE", …]). */
export const formatsFile = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string().regex(/^[A-Z]{2}$/, 'must be ISO 3166-1 alpha-2'))]),
);

/** Wikidata items by catalog id ("country:PL": "Q36"); keys starting with "_" are comments. */
export const wikidataFile = z.record(z.string(), z.string());

export const entitiesDir = join(projectRoot, 'seeds', 'entities');

export function readCatalogFile<T>(file: string, schema: z.ZodType<T>): T {
  const path = join(entitiesDir, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid catalog file ${path}:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
