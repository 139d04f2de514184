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

/** The prototype of the driver's `className` in `file`, or a loud error when `method` is gone. */
function driverPrototype<P>(file: string, className: string, method: string): P {
  const exported = requireFromHere(`neo4j-driver-bolt-connection/lib/${file}`) as Record<
    string,
    { prototype?: Record<string, unknown> } | undefined
  >;
  const prototype = exported[className]?.prototype;
  if (typeof prototype?.[method] !== 'function') {
    throw new Error(
      `neo4j-driver-bolt-connection has no ${file} ${className}.${method}: its internals changed; revisit src/graph/bolt-messages.ts`,
    );
  }
  return prototype as P;
}

/** Replaces the driver's `className.method` in `file` by `replacement(original)`, once per process. */
function replaceDriverMethod<P, K extends keyof P & string>(
  file: string,
  className: string,
  method: K,
  replacement: (original: P[K]) => P[K],
): void {
  const prototype = driverPrototype<P>(file, className, method);
  const marks = prototype as Record<symbol, boolean>;
  // A global symbol: a second copy of this module (test isolation) must not wrap the method again.
  const replaced = Symbol.for(`news-graph:${file}:${className}.${method}`);
  if (marks[replaced]) return;
  prototype[method] = replacement(prototype[method]);
  marks[replaced] = true;
}

/** Makes the driver's socket writes within one tick leave in one system call; idempotent. */
export function coalescedBoltWrites(): void {
  replaceDriverMethod<ChannelPrototype, 'write'>(
    'channel/node/node-channel.js',
    'default',
    'write',
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
    'channel/chunking.js',
    'Dechunker',
    '_onHeader',
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
    'packstream/packstream-v1.js',
    'Unpacker',
    '_unpackMapWithSize',
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
