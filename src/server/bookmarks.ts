import { GraphQLError } from 'graphql';

// Read-your-writes over a Neo4j cluster: a client sends the bookmark ingestPage returned as the
// `x-neo4j-bookmark` header, and the request's reads wait until their cluster member has it.

export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,1024}$/;
const MAX_BOOKMARKS = 16;

/** The bookmarks of a request (comma-separated in one header); a malformed one is refused. */
export function bookmarksOf(request: Request): string[] {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (header === null || header.trim() === '') return [];
  const bookmarks = header
    .split(',')
    .map((bookmark) => bookmark.trim())
    .filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || !bookmarks.every((bookmark) => BOOKMARK.test(bookmark))) {
    throw new GraphQLError(
      `${BOOKMARK_HEADER}: expected at most ${MAX_BOOKMARKS} comma-separated bookmarks as ingestPage returns them`,
      {
        extensions: { code: 'BAD_USER_INPUT', argument: BOOKMARK_HEADER, http: { status: 400 } },
      },
    );
  }
  return bookmarks;
}
