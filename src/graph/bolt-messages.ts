import { createRequire } from 'node:module';

// Two fixes to how the pinned driver moves Bolt messages; both reach into its internals and fail
// loudly if those change. Reading: a message of several chunks is decoded through a view that walks
// every chunk per byte (neo4j-javascript-driver#1223), so its chunks are joined once. Writing: a
// statement longer than the driver's 1400-byte buffer left as one socket write per buffer, so the
// writes of one tick leave together.

interface ChunkBuffer {
  _buffer: Buffer;
  position: number;
  length: number;
}

interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChunkBuffer[] }, header: number): unknown;
  joinsChunks?: boolean;
}

interface ChannelPrototype {
  write(this: ChannelInstance, buffer: unknown): unknown;
  coalescesWrites?: boolean;
}

interface ChannelInstance {
  _conn?: { cork?: () => void; uncork?: () => void };
  _corked?: boolean;
}

const requireFromHere = createRequire(import.meta.url);

/** The prototype of the driver's `className` in `file`, or a loud error when `method` is gone. */
function driverPrototype<P>(file: string, className: string, method: string): P {
  const exported = requireFromHere(`neo4j-driver-bolt-connection/lib/channel/${file}`) as Record<
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

/** Makes the driver's socket writes within one tick leave in one system call; idempotent. */
export function coalescedBoltWrites(): void {
  const prototype = driverPrototype<ChannelPrototype>('node/node-channel.js', 'default', 'write');
  if (prototype.coalescesWrites) return;
  const write = prototype.write;
  prototype.write = function (buffer) {
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
  };
  prototype.coalescesWrites = true;
}

/** Makes the driver decode every Bolt message from one contiguous buffer; idempotent. */
export function contiguousBoltMessages(): void {
  const prototype = driverPrototype<DechunkerPrototype>('chunking.js', 'Dechunker', '_onHeader');
  if (prototype.joinsChunks) return;
  const onHeader = prototype._onHeader;
  prototype._onHeader = function (header) {
    // Header 0 ends a message; its chunks are all in _currentMessage, each a whole Node buffer.
    const chunks = this._currentMessage;
    if (header === 0 && chunks.length > 1 && chunks.every(isWholeBuffer)) {
      const Chunk = chunks[0]?.constructor as new (buffer: Buffer) => ChunkBuffer;
      this._currentMessage = [new Chunk(Buffer.concat(chunks.map((chunk) => chunk._buffer)))];
    }
    return onHeader.call(this, header);
  };
  prototype.joinsChunks = true;
}

function isWholeBuffer(chunk: ChunkBuffer): boolean {
  return (
    Buffer.isBuffer(chunk._buffer) && chunk.position === 0 && chunk.length === chunk._buffer.length
  );
}
