import { PageParseError } from './errors.js';

// Real pages carry non-breaking and thin spaces inside names ("Alexander\u00a0Darchijew"), Windows
// line ends and stray runs of blanks; all become plain single spaces before anything else looks.

const ODD_SPACES = /[\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export function normalizeLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The page's lines exactly as given (line ends unified), for audit. */
export function rawLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** Refuses text that is empty or is not text at all. */
export function assertReadableText(text: string): void {
  if (text.trim().length === 0) throw new PageParseError('EMPTY', 'the page is empty');
  if (text.includes(String.fromCharCode(0)))
    throw new PageParseError('BINARY', 'the file is binary (it contains NUL bytes)');
  const sample = text.slice(0, 20_000);
  let garbage = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    // C0 controls other than tab, line feed, form feed and carriage return; U+FFFD from bad decoding
    if ((code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0xfffd) garbage += 1;
  }
  if (garbage / sample.length > 0.02) {
    throw new PageParseError(
      'BINARY',
      `the file is not text (${garbage} control or undecodable characters)`,
    );
  }
}
