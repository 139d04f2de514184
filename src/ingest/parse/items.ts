import { parseDateLine } from './dates.js';
import { PageParseError } from './errors.js';

// A page is an optional section header, then items: a title line, a date line, then the item's
// lines up to the next title. Blank lines may stand anywhere between them.

export interface RawItem {
  title: string;
  publishedAt: string;
  publishedAtText: string;
  /** Normalized content lines after the date line, blank lines removed. */
  lines: string[];
  /** The item's lines as they stood on the page, title to last line. */
  rawText: string;
}

export interface SplitPage {
  section: string | null;
  items: RawItem[];
}

export function splitItems(lines: readonly string[], raw: readonly string[]): SplitPage {
  const dateLines = lines.flatMap((line, index) => {
    const iso = parseDateLine(line);
    return iso ? [{ index, iso }] : [];
  });
  if (dateLines.length === 0) {
    throw new PageParseError(
      'NO_DATED_ITEM',
      'no dated item: no line of the form "DD.MM.YYYY HH:MM" follows a title',
    );
  }
  // Each date line's title is the nearest non-blank line above it.
  const titles = dateLines.map(({ index }) => {
    let title = index - 1;
    while (title >= 0 && lines[title] === '') title--;
    if (title < 0 || parseDateLine(lines[title] ?? '') !== null) {
      throw new PageParseError(
        'NO_TITLE',
        `the date line "${lines[index]}" (line ${index + 1}) has no title line above it`,
      );
    }
    return title;
  });
  titles.forEach((title, i) => {
    const previousDate = dateLines[i - 1]?.index ?? -1;
    if (title <= previousDate) {
      throw new PageParseError(
        'NO_TITLE',
        `the date line "${lines[dateLines[i]?.index ?? 0]}" has no title line above it`,
      );
    }
  });

  const header = lines.slice(0, titles[0]).filter((line) => line !== '');
  const items = dateLines.map(({ index, iso }, i) => {
    const title = titles[i] as number;
    const end = titles[i + 1] ?? lines.length;
    return {
      title: lines[title] as string,
      publishedAt: iso,
      publishedAtText: lines[index] as string,
      lines: lines.slice(index + 1, end).filter((line) => line !== ''),
      rawText: raw.slice(title, end).join('\n').trimEnd(),
    };
  });
  return { section: header.length > 0 ? header.join(' ') : null, items };
}
