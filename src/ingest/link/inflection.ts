// German inflection endings that linking strips to reach a base form: the genitive on a name's last
// word (Putins, Russlands, Merz') and adjective endings on country stems (russischen,
// amerikanischer). The one table both ingest's linker and the graph's name lookup read.

export const GENITIVE_ENDINGS: readonly string[] = ['s', 'es', "'", '’', '’s', "'s"];
export const ADJECTIVE_ENDINGS: readonly string[] = ['e', 'en', 'er', 'es', 'em'];

const escapeRegExp = (ending: string) => ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A token's genitive stem, shortest ending-stripped form first, with at least two letters. */
export const GENITIVE = new RegExp(
  `^(.{2,}?)(?:${GENITIVE_ENDINGS.map(escapeRegExp).join('|')})$`,
  'u',
);
