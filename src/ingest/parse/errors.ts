export type PageParseReason = 'EMPTY' | 'BINARY' | 'NO_DATED_ITEM' | 'NO_TITLE';

/** The text is not a news page we can read; `reason` is stable, the message says what was wrong. */
export class PageParseError extends Error {
  constructor(
    readonly reason: PageParseReason,
    message: string,
  ) {
    super(message);
    this.name = 'PageParseError';
  }
}
