import type { ParsedItem, ParsedPage } from '../types.js';
import { splitCredit } from './credits.js';
import { dedupeParagraphs } from './dedupe.js';
import { asciiKey, hasNonAsciiLetters } from './degraded.js';
import { type RawItem, splitItems } from './items.js';
import { isCaptionLine, isLayoutLine, isSignatureLine } from './line-kinds.js';
import { assertReadableText, normalizeLine, rawLines } from './normalize.js';

export { PageParseError, type PageParseReason } from './errors.js';

// page text → ParsedPage. Every rule here is about the shape of such pages, not about one page's
// words: see the modules beside this one for each rule and its reason.

const PHOTO_LABEL = /(?:^|\s)(?:Bild|Foto|Fotos|Fot\.|Zdjęcie|Bildquelle)\s*:?\s*\S+[^.!?]*$/u;

function parseItem(item: RawItem): ParsedItem {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const photoCredits: string[] = [];
  const signatures: string[] = [];
  const photoLines = new Set<string>();

  for (const line of item.lines) {
    if (isLayoutLine(line)) continue;
    if (isSignatureLine(line)) {
      signatures.push(line);
      continue;
    }
    // Agencies print the credit twice at times ("…PAP/Radek PietruszkaPAP/Radek Pietruszka").
    let text = line;
    let credited = false;
    for (let split = splitCredit(text); split.credit; split = splitCredit(text)) {
      if (!photoCredits.includes(split.credit)) photoCredits.push(split.credit);
      text = split.text;
      credited = true;
    }
    if (text === '') continue;
    if (credited && paragraphs.length > 0) photoLines.add(text);
    // "Karol Nawrocki. Bild: KPRP": a labelled photo credit marks its line as a caption.
    if (paragraphs.length > 0 && PHOTO_LABEL.test(line)) {
      if (!captions.includes(text)) captions.push(text);
      continue;
    }
    // The first text line is the lead even if short; captions come later, next to photos.
    if (paragraphs.length > 0 && isCaptionLine(text)) {
      if (!captions.includes(text)) captions.push(text);
      continue;
    }
    paragraphs.push(text);
  }

  const { paragraphs: kept, degraded } = dedupeParagraphs(
    photoCaptions(paragraphs, photoLines, captions),
  );
  return {
    title: item.title,
    publishedAt: item.publishedAt,
    publishedAtText: item.publishedAtText,
    lead: kept[0] ?? '',
    body: kept.slice(1),
    captions,
    photoCredits,
    signature: signatures.length > 0 ? signatures.join(', ') : null,
    degraded,
    rawText: item.rawText,
  };
}

/**
 * A line that carried a credit and stands twice on the page (the photo's alt text and its caption,
 * one copy often with lost umlauts) is a caption, and its copies go with it. A credited line that
 * a longer paragraph repeats, or that stands alone, is a paragraph with its photo beside it.
 */
function photoCaptions(
  paragraphs: string[],
  photoLines: ReadonlySet<string>,
  captions: string[],
): string[] {
  if (photoLines.size === 0) return paragraphs;
  const key = (text: string) => asciiKey(text.replace(/[„“”«»"]/g, '"'));
  // Twins: the same text, or one with a few glued characters more (a credit that lost its slash).
  const twin = (a: string, b: string) =>
    a === b ||
    (Math.min(a.length, b.length) > 20 &&
      Math.abs(a.length - b.length) <= 30 &&
      (a.startsWith(b) || b.startsWith(a)));
  const photoKeys = new Set<string>();
  for (const line of photoLines) {
    const k = key(line);
    const others = paragraphs.filter((_, index) => index !== paragraphs.indexOf(line));
    const inLonger = others.some(
      (other) =>
        hasNonAsciiLetters(other) &&
        !photoLines.has(other) &&
        key(other).includes(k) &&
        !twin(key(other), k),
    );
    if (inLonger || !others.some((other) => twin(key(other), k))) continue;
    photoKeys.add(k);
    if (!captions.includes(line)) captions.push(line);
  }
  return paragraphs.filter(
    (text, index) => index === 0 || ![...photoKeys].some((photo) => twin(photo, key(text))),
  );
}

/** Reads a news page; throws PageParseError (with a reason) when the text is not one. */
export function parsePage(text: string): ParsedPage {
  assertReadableText(text);
  const raw = rawLines(text);
  const { section, items } = splitItems(raw.map(normalizeLine), raw);
  return { section, items: items.map(parseItem) };
}
