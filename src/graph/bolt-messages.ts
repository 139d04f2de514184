import { createRequire } from 'node:module';

// Three fixes to how the pinned driver moves Bolt messages; each reaches into its internals and
// fails loudly if those change. Reading: a message of several chunks is decoded through a view that
// walks every chunk per byte (neo4j-javascript-driver#1223), so its chunks are joined once; a map is
// built with one Object.defineProperty per entry and a freshly decoded string per key, so maps are
// built by assignment with their keys reused. Writing: a statement longer than the driver's
// 1400-byte buffer left as one socket write per buffer, so the writes of one tick leave together.

interface ChunkBuffer {
  _buffer: Buffer;
  position: number;
  length: number;
}

interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChunkBuffer[] }, header: number): unknown;
}

interface ChannelPrototype {
  write(this: ChannelInstance, buffer: unknown): unknown;
}

interface ChannelInstance {
  _conn?: { cork?: () => void; uncork?: () => void };
  _corked?: boolean;
}

interface ReadBuffer {
  _buffer?: Buffer;
  position: number;
}

interface UnpackerPrototype {
  unpack(this: UnpackerPrototype, buffer: ReadBuffer, hydrate: unknown): unknown;
  _unpackMapWithSize(
    this: UnpackerPrototype,
    size: number,
    buffer: ReadBuffer,
    hydrate: unknown,
  ): Record<string, unknown>;
}

const requireFromHere = createRequire(import.meta.url);

type DriverModule = Record<string, { prototype?: Record<string, unknown> } | undefined>;

/** The release of neo4j-driver (and its neo4j-driver-bolt-connection) these patches were written for. */
export const PATCHED_DRIVER_VERSION = '6.3.0';

export interface PatchedMethod {
  /** The DRIVER_PATCH_* switch, as in DriverPatches. */
  patch: 'contiguousMessages' | 'assignedMaps' | 'coalescedWrites';
  /** The driver's module, loaded by a literal path so the dependency check sees it. */
  load: () => DriverModule;
  className: string;
  method: string;
  /** SHA-256 of the method's source in PATCHED_DRIVER_VERSION: a test fails when it changes. */
  sourceSha256: string;
}

const chunking = (): DriverModule =>
  requireFromHere('neo4j-driver-bolt-connection/lib/channel/chunking.js');
const packstream = (): DriverModule =>
  requireFromHere('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
const nodeChannel = (): DriverModule =>
  requireFromHere('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js');

export const PATCHED_METHODS: readonly PatchedMethod[] = [
  {
    patch: 'contiguousMessages',
    load: chunking,
    className: 'Dechunker',
    method: '_onHeader',
    sourceSha256: '6a373e75201bf02f7b133c107fe36238b22dcc73a113a2ca5f000c3a90aa77d0',
  },
  {
    patch: 'assignedMaps',
    load: packstream,
    className: 'Unpacker',
    method: '_unpackMapWithSize',
    sourceSha256: '2788f1c9b78cec7ddbfb35b83d934f790faa5fcf04e0c9c1476abef16cffc2ad',
  },
  {
    patch: 'coalescedWrites',
    load: nodeChannel,
    className: 'default',
    method: 'write',
    sourceSha256: 'a92aa88b3ede280a3ffb4d861570dbb9859f4409fca47447019a1a35c9fe61d7',
  },
];

function patchedMethod(patch: PatchedMethod['patch']): PatchedMethod {
  const found = PATCHED_METHODS.find((entry) => entry.patch === patch);
  if (!found) throw new Error(`no driver patch ${patch}`);
  return found;
}

/** Where a replaced method keeps the driver's own; a global symbol, shared by every copy of this module. */
function originalKey(entry: PatchedMethod): symbol {
  return Symbol.for(`news-graph:${entry.className}.${entry.method}`);
}

/** The prototype that holds `entry`'s method, or a loud error when the method is gone. */
function driverPrototype(entry: PatchedMethod): Record<string | symbol, unknown> {
  const prototype = entry.load()[entry.className]?.prototype;
  if (typeof prototype?.[entry.method] !== 'function') {
    throw new Error(
      `neo4j-driver-bolt-connection has no ${entry.className}.${entry.method}: its internals changed; revisit src/graph/bolt-messages.ts`,
    );
  }
  return prototype;
}

/** The driver's own method, patched or not (for the test that pins its source). */
export function originalDriverMethod(entry: PatchedMethod): (...args: unknown[]) => unknown {
  const prototype = driverPrototype(entry);
  return (prototype[originalKey(entry)] ?? prototype[entry.method]) as (
    ...args: unknown[]
  ) => unknown;
}

/** Replaces the driver's method of `patch` by `replacement(original)`, once per process. */
function replaceDriverMethod<P, K extends keyof P & string>(
  patch: PatchedMethod['patch'],
  replacement: (original: P[K]) => P[K],
): void {
  const entry = patchedMethod(patch);
  const prototype = driverPrototype(entry);
  // A second copy of this module (test isolation) must not wrap the method again.
  const key = originalKey(entry);
  if (prototype[key] !== undefined) return;
  const original = prototype[entry.method] as P[K];
  prototype[key] = original;
  prototype[entry.method] = replacement(original);
}

/** Makes the driver's socket writes within one tick leave in one system call; idempotent. */
export function coalescedBoltWrites(): void {
  replaceDriverMethod<ChannelPrototype, 'write'>(
    'coalescedWrites',
    (write) =>
      function (buffer) {
        const socket = this._conn;
        if (!this._corked && socket?.cork && socket.uncork) {
          this._corked = true;
          socket.cork();
          process.nextTick(() => {
            this._corked = false;
            socket.uncork?.();
          });
        }
        return write.call(this, buffer);
      },
  );
}

/** Makes the driver decode every Bolt message from one contiguous buffer; idempotent. */
export function contiguousBoltMessages(): void {
  replaceDriverMethod<DechunkerPrototype, '_onHeader'>(
    'contiguousMessages',
    (onHeader) =>
      function (header) {
        // Header 0 ends a message; its chunks are all in _currentMessage, each a whole Node buffer.
        const chunks = this._currentMessage;
        if (header === 0 && chunks.length > 1 && chunks.every(isWholeBuffer)) {
          const Chunk = chunks[0]?.constructor as new (buffer: Buffer) => ChunkBuffer;
          this._currentMessage = [new Chunk(Buffer.concat(chunks.map((chunk) => chunk._buffer)))];
        }
        return onHeader.call(this, header);
      },
  );
}

function isWholeBuffer(chunk: ChunkBuffer): boolean {
  return (
    Buffer.isBuffer(chunk._buffer) && chunk.position === 0 && chunk.length === chunk._buffer.length
  );
}

const TINY_STRING = 0x80;
const MAX_REUSED_KEYS = 4096;
const reusedKeys = new Map<number, string>();

/** Makes the driver build decoded maps by assignment, reusing the strings of short ASCII keys; idempotent. */
export function assignedBoltMaps(): void {
  replaceDriverMethod<UnpackerPrototype, '_unpackMapWithSize'>(
    'assignedMaps',
    () =>
      function (size, buffer, hydrate) {
        const map: Record<string, unknown> = {};
        for (let entry = 0; entry < size; entry++) {
          const key = readKey(buffer) ?? this.unpack(buffer, hydrate);
          const value = this.unpack(buffer, hydrate);
          // Assigning '__proto__' would set the map's prototype; the driver's own way keeps it a key.
          if (key === '__proto__') {
            Object.defineProperty(map, key, {
              value,
              writable: true,
              enumerable: true,
              configurable: true,
            });
          } else {
            map[key as string] = value;
          }
        }
        return map;
      },
  );
}

/** A key sent as a tiny string, the same string as last time for the same ASCII bytes; else undefined. */
function readKey(buffer: ReadBuffer): string | undefined {
  const bytes = buffer._buffer;
  if (bytes === undefined) return undefined;
  const marker = bytes[buffer.position] ?? 0;
  if ((marker & 0xf0) !== TINY_STRING) return undefined;
  const length = marker & 0x0f;
  const start = buffer.position + 1;
  const end = start + length;
  if (end > bytes.length) return undefined;
  let hash = length;
  for (let index = start; index < end; index++)
    hash = (Math.imul(hash, 31) + (bytes[index] ?? 0)) | 0;
  buffer.position = end;
  const known = reusedKeys.get(hash);
  if (known !== undefined && sameAscii(known, bytes, start, length)) return known;
  const key = bytes.toString('utf8', start, end);
  // Only ASCII keys (one byte per character) can be compared byte for byte next time.
  if (key.length === length && reusedKeys.size < MAX_REUSED_KEYS) reusedKeys.set(hash, key);
  return key;
}

function sameAscii(text: string, bytes: Buffer, start: number, length: number): boolean {
  if (text.length !== length) return false;
  for (let index = 0; index < length; index++) {
    if (text.charCodeAt(index) !== bytes[start + index]) return false;
  }
  return true;
}
