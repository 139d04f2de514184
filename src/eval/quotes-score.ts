import snowball from 'snowball-stemmers';
import type { ExtractedPosition, ExtractedQuote, LinkedArticle } from '../ingest/types.js';
import { fold } from '../ingest/text-fold.js';
import type { GoldPosition, GoldQuote, GoldQuotesItem } from './quotes-gold.js';
import { emptyScores, type ItemScore, type Lookup } from './score.js';

// Scores one item's quotes and positions against gold-quotes.json. A quote is found when its text
// contains the gold's first words, it is direct or not as the gold says, and its speaker is right
// (an entity known by the gold's name, or the speaker's words when nobody is named); a position
// when person and title match and, where the gold gives them, organisation, country and `former`.

const stemmer = snowball.newStemmer('german');

/** Folded word stems with spaces around, so containment is by whole words. */
function stems(text: string): string {
  const words = fold(text)
    .replace(/[„“”"»«‚‘’]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => stemmer.stem(word));
  return ` ${words.join(' ')} `;
}

const contains = (haystack: string, needle: string): boolean =>
  needle.trim() !== '' && stems(haystack).includes(stems(needle));

function formsOf(id: string | null, lookup: Lookup): string[] {
  return id ? (lookup(id)?.forms ?? []) : [];
}

function speakerRight(gold: GoldQuote, quote: ExtractedQuote, lookup: Lookup): boolean {
  if (gold.speaker !== null) {
    const forms = formsOf(quote.speakerId, lookup);
    const speaker = gold.speaker;
    return (
      forms.some((form) => contains(form, speaker) || contains(speaker, form)) ||
      (quote.speakerId === null &&
        quote.speakerText !== null &&
        contains(quote.speakerText, speaker))
    );
  }
  if (quote.speakerId !== null) return false;
  return gold.speakerText === undefined || contains(quote.speakerText ?? '', gold.speakerText);
}

const textMatches = (gold: GoldQuote, quote: ExtractedQuote): boolean =>
  contains(quote.text, gold.text);

function quoteMatches(gold: GoldQuote, quote: ExtractedQuote, lookup: Lookup): boolean {
  return (
    textMatches(gold, quote) && gold.direct === quote.direct && speakerRight(gold, quote, lookup)
  );
}

function personMatches(name: string, personId: string, lookup: Lookup): boolean {
  return formsOf(personId, lookup).some((form) => fold(form) === fold(name));
}

function titleMatches(
  gold: Pick<GoldPosition, 'title' | 'titleAlternatives'>,
  title: string,
): boolean {
  return [gold.title, ...gold.titleAlternatives].some((t) => stems(t) === stems(title));
}

function positionMatches(gold: GoldPosition, position: ExtractedPosition, lookup: Lookup): boolean {
  if (!personMatches(gold.person, position.personId, lookup)) return false;
  if (!titleMatches(gold, position.title)) return false;
  if (gold.country !== null && position.countryId !== `country:${gold.country}`) return false;
  if (gold.former !== position.former) return false;
  if (gold.organization === null) return true;
  const names = typeof gold.organization === 'string' ? [gold.organization] : gold.organization;
  const predicted = [...formsOf(position.organizationId, lookup), position.organizationName ?? ''];
  return names.some((name) =>
    predicted.some((form) => form !== '' && (contains(form, name) || contains(name, form))),
  );
}

function describeQuote(quote: ExtractedQuote, lookup: Lookup): string {
  const speaker = quote.speakerId
    ? (lookup(quote.speakerId)?.forms[0] ?? quote.speakerId)
    : `(${quote.speakerText ?? '–'})`;
  return `${speaker} ${quote.direct ? 'direct' : 'reported'} "${quote.text.slice(0, 50)}"`;
}

function describePosition(position: ExtractedPosition, lookup: Lookup): string {
  const person = lookup(position.personId)?.forms[0] ?? position.personId;
  const at = position.organizationId ?? position.organizationName ?? '–';
  return `${person}: ${position.former ? 'former ' : ''}${position.title} @ ${at} / ${position.countryId ?? '–'}`;
}

export function scoreStatements(
  gold: GoldQuotesItem,
  article: LinkedArticle | undefined,
  quotes: readonly ExtractedQuote[],
  positions: readonly ExtractedPosition[],
  lookup: Lookup,
): ItemScore {
  const scores = emptyScores();
  const misses: string[] = [];
  const result = { scores, misses, matchedMeetings: new Map<number, string>() };
  if (!article) {
    misses.push(`item not found for quotes: ${gold.title}`);
    return result;
  }
  const ownQuotes = quotes.filter((q) => q.articleId === article.id);
  const ownPositions = positions.filter((p) => p.articleId === article.id);

  const required = gold.quotes.filter((q) => !q.optional);
  const foundQuotes = required.filter((g) => ownQuotes.some((q) => quoteMatches(g, q, lookup)));
  scores['quotes recall'] = { hit: foundQuotes.length, total: required.length };
  for (const g of required)
    if (!foundQuotes.includes(g))
      misses.push(`quote missed: ${g.speaker ?? `(${g.speakerText ?? '–'})`} "${g.text}"`);
  const judged = ownQuotes.filter((q) => !gold.quotes.some((g) => g.optional && textMatches(g, q)));
  const right = judged.filter((q) => required.some((g) => quoteMatches(g, q, lookup)));
  scores['quotes precision'] = { hit: right.length, total: judged.length };
  for (const q of judged)
    if (!right.includes(q)) misses.push(`quote wrong: ${describeQuote(q, lookup)}`);

  const requiredPositions = gold.positions.filter((p) => !p.optional);
  const foundPositions = requiredPositions.filter((g) =>
    ownPositions.some((p) => positionMatches(g, p, lookup)),
  );
  scores['positions recall'] = { hit: foundPositions.length, total: requiredPositions.length };
  for (const g of requiredPositions)
    if (!foundPositions.includes(g))
      misses.push(
        `position missed: ${g.person}: ${g.former ? 'former ' : ''}${g.title} @ ${JSON.stringify(g.organization)} / ${g.country ?? '–'}`,
      );
  const acceptable = (p: ExtractedPosition) =>
    gold.positions.some(
      (g) => g.optional && personMatches(g.person, p.personId, lookup) && titleMatches(g, p.title),
    ) ||
    gold.positionsAcceptable.some((pair) => {
      const [person, title] = pair.split(':') as [string, string];
      return personMatches(person, p.personId, lookup) && stems(title) === stems(p.title);
    });
  const judgedPositions = ownPositions.filter((p) => !acceptable(p));
  const rightPositions = judgedPositions.filter((p) =>
    requiredPositions.some((g) => positionMatches(g, p, lookup)),
  );
  scores['positions precision'] = { hit: rightPositions.length, total: judgedPositions.length };
  for (const p of judgedPositions)
    if (!rightPositions.includes(p)) misses.push(`position wrong: ${describePosition(p, lookup)}`);
  return result;
}
