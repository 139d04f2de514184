import { ADJECTIVE_ENDINGS, GENITIVE_ENDINGS } from '../ingest/link/inflection.js';

// Lower-cased base forms a typed name may stand for: "Putins" → putins, putin; "russischen" →
// russischen, russisch. The graph matches them against names, aliases and adjective stems.

const ENDINGS = [...new Set([...GENITIVE_ENDINGS, ...ADJECTIVE_ENDINGS])];

export function nameCandidates(name: string): string[] {
  const base = name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const forms = new Set([base]);
  for (const ending of ENDINGS) {
    if (base.endsWith(ending) && base.length - ending.length >= 3)
      forms.add(base.slice(0, -ending.length));
  }
  return [...forms];
}
