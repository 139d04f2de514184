import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The quotes and positions gold of an evaluation set (test/fixtures/eval/README.md describes every
// field): kept apart from the item gold so the two are edited and merged independently.

export const QUOTES_GOLD = 'gold-quotes.json';

const names = z.union([z.string(), z.array(z.string())]).nullable();

const goldQuote = z.object({
  speaker: z.string().nullable(),
  speakerText: z.string().optional(),
  text: z.string().min(1),
  direct: z.boolean(),
  optional: z.boolean().default(false),
  note: z.string().optional(),
});

const goldPosition = z.object({
  person: z.string(),
  title: z.string(),
  titleAlternatives: z.array(z.string()).default([]),
  organization: names.default(null),
  country: z.string().length(2).nullable().default(null),
  former: z.boolean().default(false),
  optional: z.boolean().default(false),
  note: z.string().optional(),
});

const goldQuotesItem = z.object({
  file: z.string(),
  title: z.string(),
  quotes: z.array(goldQuote),
  positions: z.array(goldPosition),
  positionsAcceptable: z.array(z.string().regex(/^[^:]+:[^:]+$/)).default([]),
  notes: z.array(z.string()).default([]),
});

export type GoldQuote = z.infer<typeof goldQuote>;
export type GoldPosition = z.infer<typeof goldPosition>;
export type GoldQuotesItem = z.infer<typeof goldQuotesItem>;

/** The set's quotes gold, or an empty list when it has none. */
export function loadQuotesGold(dir: string): GoldQuotesItem[] {
  const path = join(dir, QUOTES_GOLD);
  if (!existsSync(path)) return [];
  const parsed = z.array(goldQuotesItem).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid gold file ${path}:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
