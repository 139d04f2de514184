import type { ParsedItem, ParsedPage } from '../types.js';
import { splitCredit } from './credits.js';
import { dedupeParagraphs } from './dedupe.js';
import { type RawItem, splitItems } from './items.js';
import { isCaptionLine, isLayoutLine, isSignatureLine } from './line-kinds.js';
import { assertReadableText, normalizeLine, rawLines } from './normalize.js';

export { PageParseError, type PageParseReason } from './errors.js';

// page text → ParsedPage. Every rule here is about the shape of such pages, not about one page's
// words: see the modules beside this one for each rule and its reason.

function parseItem(item: RawItem): ParsedItem {
  const paragraphs: string[] = [];
  const captions: string[] = [];
  const photoCredits: string[] = [];
  const signatures: string[] = [];

  for (const line of item.lines) {
    if (isLayoutLine(line)) continue;
    if (isSignatureLine(line)) {
      signatures.push(line);
      continue;
    }
    const { text, credit } = splitCredit(line);
    if (credit && !photoCredits.includes(credit)) photoCredits.push(credit);
    if (text === '') continue;
    // The first text line is the lead even if short; captions come later, next to photos.
    if (paragraphs.length > 0 && isCaptionLine(text)) {
      if (!captions.includes(text)) captions.push(text);
      continue;
    }
    paragraphs.push(text);
  }

  const { paragraphs: kept, degraded } = dedupeParagraphs(paragraphs);
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

/** Reads a news page; throws PageParseError (with a reason) when the text is not one. */
export function parsePage(text: string): ParsedPage {
  assertReadableText(text);
  const raw = rawLines(text);
  const { section, items } = splitItems(raw.map(normalizeLine), raw);
  return { section, items: items.map(parseItem) };
}
