import { decodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from './errors.js';

// Global ids are Relay's base64 of "Type:id". Arguments that take them are checked here, so a
// malformed or wrong-typed id is a BAD_USER_INPUT naming the argument, before any Cypher runs.

/** Relay's decoder for node(id:)/nodes(ids:): a malformed id is the client's error, not ours. */
export function decodeGlobalIdOrRefuse(globalId: string): { typename: string; id: string } {
  const id = rawId(globalId, 'id');
  return { typename: decodeGlobalID(globalId).typename, id };
}

export function rawId(globalId: string, argument: string, allowed?: readonly string[]): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    decoded = { typename: '', id: '' };
  }
  if (!decoded.typename || !decoded.id) {
    throw badInput(argument, `${argument}: "${globalId}" is not an id returned by this API`);
  }
  if (allowed && !allowed.includes(decoded.typename)) {
    throw badInput(
      argument,
      `${argument}: expected the id of a ${allowed.join(' or ')}, got a ${decoded.typename}`,
    );
  }
  return decoded.id;
}
