import { BREAK, type DocumentNode, Kind, visit } from 'graphql';

// Some fields are costly to read into every record of a batch: an article's text is most of its
// record (a list of fifty articles read for their titles would ship it all), and a meeting's
// reporting sentences a large part of its. Batch statements read such fields only when the
// request's document names them anywhere. The test is by field name, whatever the type, so it can
// only err towards reading too much; and a record read without them still answers them, through a
// fallback loader (one more statement, never a wrong answer).

/** What the batch statements of one request read beyond the light part of their records. */
export interface HeavyFields {
  /** Article lead, body, captions, photo credits and signature. */
  articleText: boolean;
  /** Meeting.evidence (the field name is shared with Person.evidence, which is always read). */
  meetingEvidence: boolean;
}

/** For contexts built outside a GraphQL execution: read everything. */
export const ALL_HEAVY_FIELDS: HeavyFields = Object.freeze({ articleText: true, meetingEvidence: true });

/** Article fields answered from its text (src/schema/article.ts resolves them via articleTextOf). */
export const ARTICLE_TEXT_FIELDS: ReadonlySet<string> = new Set(['lead', 'body', 'text', 'captions', 'photoCredits', 'signature']);

// Yoga caches parsed documents, so the same DocumentNode comes back for a repeated operation.
const byDocument = new WeakMap<DocumentNode, HeavyFields>();

export function heavyFieldsOf(document: DocumentNode): HeavyFields {
  let known = byDocument.get(document);
  if (!known) {
    let articleText = false;
    let meetingEvidence = false;
    visit(document, {
      [Kind.FIELD](field) {
        if (ARTICLE_TEXT_FIELDS.has(field.name.value)) articleText = true;
        if (field.name.value === 'evidence') meetingEvidence = true;
        return articleText && meetingEvidence ? BREAK : undefined;
      },
    });
    known = Object.freeze({ articleText, meetingEvidence });
    byDocument.set(document, known);
  }
  return known;
}
