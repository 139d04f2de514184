import type { Mention } from '../types.js';

// A format or an alliance at a meeting's table stands for its member states: "Das Weimarer Dreieck
// ist in Paris zusammengekommen", "Gipfel der Bukarester Neun in Riga", "beim NATO-Gipfel". Only
// where the format is the party itself — the meeting's subject, its genitive, the first part of
// its compound — not a modifier of someone else ("NATO-Generalsekretär Rutte") nor a topic.

interface FormatSentence {
  text: string;
  /** Offset of the sentence in its field. */
  start: number;
  mentions: readonly Mention[];
}

// "NATO-Gipfel", "B9-Treffen", "V4-Außenministertreffen": the format is the compound's first part.
const COMPOUND_MEETING =
  /^-\p{L}*(?:gipfel|treffen|konferenz|tagung|sitzung|runde|gespräch|konsultation)/iu;
// "Gipfel der Bukarester Neun", "Treffen der Außenminister des Weimarer Dreiecks", "Gespräche im
// Format des Lublin-Dreiecks": between the meeting word and the format.
const GENITIVE_AFTER_CUE =
  /^\p{L}*\s+(?:(?:der|des)\s+(?:[\p{L}-]+\s+(?:der|des)\s+)?|im\s+(?:Format|Rahmen)\s+(?:der|des)\s+)$/u;
// "Das Weimarer Dreieck ist …", "Die Außenminister der Visegrád-Gruppe trafen sich …": the format
// opens the sentence as its subject (or the genitive of the subject's head).
const SUBJECT_BEFORE =
  /^\s*(?:(?:Die|Der|Das)\s+)?(?:(?:[\p{L}-]+\s+(?:und\s+)?){1,4}(?:der|des)\s+)?$/u;

/**
 * The formats that are parties to the meeting named at `cues` (offsets into the sentence), each
 * followed by its member states, as participant ids; `keep` says which mentions the meeting's
 * clause holds. Empty when no format sits at the table.
 */
export function formatParties(
  sentence: FormatSentence,
  cues: readonly number[],
  membersOf: (organizationId: string) => readonly string[],
  keep: (entityId: string) => boolean,
): string[] {
  const parties: string[] = [];
  for (const mention of sentence.mentions) {
    if (mention.entityKind !== 'ORGANIZATION') continue;
    const members = membersOf(mention.entityId);
    if (members.length === 0 || !keep(mention.entityId)) continue;
    const from = mention.start - sentence.start;
    const to = mention.end - sentence.start;
    const after = sentence.text.slice(to);
    const isParty =
      COMPOUND_MEETING.test(after) ||
      cues.some((cue) => cue < from && GENITIVE_AFTER_CUE.test(sentence.text.slice(cue, from))) ||
      (!after.startsWith('-') &&
        cues.some((cue) => cue > to) &&
        SUBJECT_BEFORE.test(sentence.text.slice(0, from)));
    if (isParty) parties.push(mention.entityId, ...members);
  }
  return [...new Set(parties)];
}
