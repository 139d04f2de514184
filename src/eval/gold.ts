import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { QUOTES_GOLD } from './quotes-gold.js';

// The gold format of test/fixtures/eval/ (its README describes every field): one object per item,
// in page order. Files named gold*.json hold them; the pages sit beside them.

const strings = z.array(z.string()).default([]);

const goldMeeting = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  place: z.string().nullable(),
  participants: z.array(z.string()),
  status: z.enum(['HELD', 'PLANNED', 'CANCELLED']),
  kind: z.string().optional(),
  dateAlternatives: z.array(z.string()).default([]),
  statusAlternatives: z.array(z.enum(['HELD', 'PLANNED', 'CANCELLED'])).default([]),
  placeAlternatives: z.array(z.string()).default([]),
  participantsOptional: strings,
  optional: z.boolean().default(false),
  mergeKey: z.string().optional(),
  note: z.string().optional(),
});

const goldItem = z.object({
  file: z.string(),
  title: z.string(),
  local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  signature: z.string().nullable(),
  credits: strings,
  notInBody: strings,
  inBody: strings,
  people: strings,
  peopleFamous: strings,
  peopleAliases: z.record(z.string(), z.array(z.string())).default({}),
  peopleSurnameOnly: strings,
  peopleAcceptable: strings,
  notPeople: strings,
  referredNotNamed: strings,
  countries: strings,
  countriesOptional: strings,
  cities: strings,
  metonyms: z.record(z.string(), z.string()).default({}),
  orgs: strings,
  orgsAcceptable: strings,
  meetings: z.array(goldMeeting).default([]),
  notes: strings,
});

export type GoldItem = z.infer<typeof goldItem>;
export type GoldMeeting = z.infer<typeof goldMeeting>;

export interface EvalSet {
  dir: string;
  /** Page files in the order the set is ingested (the gold files' order of first mention). */
  files: string[];
  items: GoldItem[];
}

export function loadEvalSet(dir: string): EvalSet {
  const goldFiles = readdirSync(dir)
    .filter((name) => /^gold.*\.json$/.test(name) && name !== QUOTES_GOLD)
    .sort();
  if (goldFiles.length === 0) throw new Error(`No gold*.json in ${dir}`);
  const items = goldFiles.flatMap((name) => {
    const parsed = z.array(goldItem).safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message}`,
      );
      throw new Error(`Invalid gold file ${join(dir, name)}:\n  ${problems.join('\n  ')}`);
    }
    return parsed.data;
  });
  const files = [...new Set(items.map((item) => item.file))];
  return { dir, files, items };
}
