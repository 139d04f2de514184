import { createRequire } from 'node:module';

// The driver reads a message of several Bolt chunks through a view that walks every chunk per byte
// (neo4j-javascript-driver#1223); a record carrying a relation is such a message, so we join its
// chunks once. This reaches into the pinned driver's internals and fails loudly if they change.

interface ChunkBuffer {
  _buffer: Buffer;
  position: number;
  length: number;
}

interface DechunkerPrototype {
  _onHeader(this: { _currentMessage: ChunkBuffer[] }, header: number): unknown;
  joinsChunks?: boolean;
}

const requireFromHere = createRequire(import.meta.url);

/** Makes the driver decode every Bolt message from one contiguous buffer; idempotent. */
export function contiguousBoltMessages(): void {
  const chunking = requireFromHere('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
    Dechunker?: { prototype: DechunkerPrototype };
  };
  const prototype = chunking.Dechunker?.prototype;
  if (typeof prototype?._onHeader !== 'function') {
    throw new Error(
      'neo4j-driver-bolt-connection has no Dechunker._onHeader: its internals changed; revisit src/graph/bolt-messages.ts',
    );
  }
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
