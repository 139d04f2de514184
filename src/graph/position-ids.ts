import type { Driver } from 'neo4j-driver';
import { shortHash } from '../ingest/ids.js';
import { positionId } from '../ingest/quotes/index.js';
import { cypher } from './cypher.js';

// A position's id is a hash of its holder's id and its folded title, so the German fold of
// src/ingest/text-fold.ts changed it where a title or a holder's name has ä, ö, ü or ẞ. Cypher has
// no hash to recompute it with (cypher/migrations/14 renames the people): this runs after the
// migrations and renames a position only when the rule before reproduces its id exactly.

/** The fold before migration 14 (no German transliteration): only to recognise ids made with it. */
function foldBeforeTransliteration(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

function slugBeforeTransliteration(text: string): string {
  return foldBeforeTransliteration(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface PositionKey {
  id: string;
  title: string;
  personId: string;
  personName: string;
  organizationId: string | null;
  countryId: string | null;
}

/** The new id of a position whose id the rule before migration 14 made, else null. */
export function renamedPositionId(key: PositionKey): string | null {
  const current = positionId(key.personId, key.title, key.organizationId, key.countryId);
  if (current === key.id) return null;
  // The holder may have had the old rule's id when the position was written (14 renamed them).
  const holders = [key.personId, `person:${slugBeforeTransliteration(key.personName)}`];
  const before = holders.map(
    (holder) =>
      `position:${shortHash(holder, foldBeforeTransliteration(key.title), key.organizationId ?? '', key.countryId ?? '')}`,
  );
  return before.includes(key.id) ? current : null;
}

/** Renames the positions whose ids the fold before migration 14 made; the number renamed. */
export async function renamePositionIds(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(cypher('admin/position-keys'), {}, { database });
  let renamed = 0;
  for (const record of records) {
    const key = record.toObject() as PositionKey;
    const to = renamedPositionId(key);
    if (to === null) continue;
    // One at a time: two old positions may become one, the second then merged into the first.
    await driver.executeQuery(cypher('admin/rename-position'), { from: key.id, to }, { database });
    renamed += 1;
  }
  return renamed;
}
