import { badInput } from './errors.js';

// Opaque keyset cursors: base64url of the sort key, so pages stay stable while articles arrive.

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through to the typed error
  }
  throw badInput(null, `Invalid cursor "${cursor}": use a cursor returned by this API`);
}
