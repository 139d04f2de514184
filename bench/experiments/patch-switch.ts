import {
  originalDriverMethod,
  PATCHED_METHODS,
  type PatchedMethod,
} from '../../src/graph/bolt-messages.js';

// For the driver-patch experiments: swaps patches in and out of the driver's classes inside one
// process, so that variants can be interleaved request by request. Call after the patches are applied.

export type PatchName = PatchedMethod['patch'];

/** A function that leaves exactly the patches in `off` out (of those in `among`); the rest patched. */
export function patchSwitch(among: readonly PatchName[]): (off: readonly PatchName[]) => void {
  const methods = PATCHED_METHODS.filter((entry) => among.includes(entry.patch)).map((entry) => {
    const prototype = entry.load()[entry.className]?.prototype as Record<string, unknown>;
    return {
      entry,
      prototype,
      patched: prototype[entry.method],
      original: originalDriverMethod(entry),
    };
  });
  return (off) => {
    for (const { entry, prototype, patched, original } of methods)
      prototype[entry.method] = off.includes(entry.patch) ? original : patched;
  };
}
