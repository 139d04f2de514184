import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assignedBoltMaps,
  coalescedBoltWrites,
  contiguousBoltMessages,
  originalDriverMethod,
  PATCHED_DRIVER_VERSION,
  PATCHED_METHODS,
} from '../../../src/graph/bolt-messages.js';
import { projectRoot } from '../../../src/project-root.js';

// The driver's own Dechunker and buffers, with the join in place: what reaches the decoder.
const require = createRequire(import.meta.url);
const { Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js');
const {
  default: ChannelBuffer,
} = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js');
const {
  default: NodeChannel,
} = require('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js');
const {
  Packer,
  Unpacker,
} = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js');

interface Message {
  _buffer?: Buffer;
  _buffers?: unknown[];
  length: number;
}

function dechunk(bytes: number[]): Message[] {
  const messages: Message[] = [];
  const dechunker = new Dechunker();
  dechunker.onmessage = (message: Message) => messages.push(message);
  dechunker.write(new ChannelBuffer(Buffer.from(bytes)));
  return messages;
}

describe('contiguous Bolt messages', () => {
  contiguousBoltMessages();
  contiguousBoltMessages();

  it('hands a message of several chunks to the decoder as one buffer, bytes in order', () => {
    // Two chunks (3 and 2 bytes), the end marker, then a one-chunk message.
    const [joined, single] = dechunk([0, 3, 1, 2, 3, 0, 2, 4, 5, 0, 0, 0, 1, 9, 0, 0]);
    expect(joined?._buffers).toBeUndefined();
    expect([...(joined?._buffer ?? [])]).toEqual([1, 2, 3, 4, 5]);
    expect([...(single?._buffer ?? [])]).toEqual([9]);
  });

  it('keeps a chunk that arrived in two writes whole', () => {
    const messages: Message[] = [];
    const dechunker = new Dechunker();
    dechunker.onmessage = (message: Message) => messages.push(message);
    dechunker.write(new ChannelBuffer(Buffer.from([0, 4, 1, 2])));
    dechunker.write(new ChannelBuffer(Buffer.from([3, 4, 0, 1, 5, 0, 0])));
    expect(messages).toHaveLength(1);
    expect([...(messages[0]?._buffer ?? [])]).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('coalesced Bolt writes', () => {
  coalescedBoltWrites();
  coalescedBoltWrites();

  // The driver's own NodeChannel.write over a socket that records what the channel asks of it.
  function channelOver(calls: string[]) {
    const channel = Object.create(NodeChannel.prototype);
    channel._pending = null;
    channel._conn = {
      cork: () => calls.push('cork'),
      uncork: () => calls.push('uncork'),
      write: (bytes: Buffer) => calls.push(`write ${bytes.length}`),
    };
    return channel;
  }

  it('sends the writes of one tick together, then those of the next', async () => {
    const calls: string[] = [];
    const channel = channelOver(calls);
    channel.write(new ChannelBuffer(Buffer.alloc(1400)));
    channel.write(new ChannelBuffer(Buffer.alloc(104)));
    expect(calls).toEqual(['cork', 'write 1400', 'write 104']);
    await new Promise((resolve) => process.nextTick(resolve));
    channel.write(new ChannelBuffer(Buffer.alloc(8)));
    await new Promise((resolve) => process.nextTick(resolve));
    expect(calls).toEqual([
      'cork',
      'write 1400',
      'write 104',
      'uncork',
      'cork',
      'write 8',
      'uncork',
    ]);
  });
});

describe('Bolt maps built by assignment', () => {
  assignedBoltMaps();
  assignedBoltMaps();

  // Packed by the driver's own Packer, read back by its own Unpacker.
  function roundTrip(value: unknown): unknown {
    const buffer = alloc(64 * 1024);
    new Packer(buffer).packable(value)();
    const written = buffer.position;
    buffer.position = 0;
    const read = new Unpacker(true).unpack(buffer);
    expect(buffer.position).toBe(written);
    return read;
  }

  it('decodes maps with every kind of key to what was sent', () => {
    const value = {
      id: 'person:1',
      größe: 3,
      'a key longer than fifteen bytes': [{ id: 'x' }, { id: 'y', kind: null }],
      // Same length and hash: reusing one key's string for the other would be wrong.
      Aa: 1,
      BB: 2,
      '': 'empty',
    };
    expect(roundTrip(value)).toEqual(value);
    expect(roundTrip([value, value])).toEqual([value, value]);
  });

  it("keeps __proto__ an ordinary key, not the map's prototype", () => {
    const value = Object.defineProperty({ name: 'n' }, '__proto__', {
      value: { polluted: true },
      enumerable: true,
    });
    const read = roundTrip(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(Object.keys(read)).toEqual(['name', '__proto__']);
    expect((read as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('the driver the patches were written for', () => {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };

  it('is the installed neo4j-driver and neo4j-driver-bolt-connection, both pinned to it', () => {
    expect(require('neo4j-driver/package.json').version).toBe(PATCHED_DRIVER_VERSION);
    expect(require('neo4j-driver-bolt-connection/package.json').version).toBe(
      PATCHED_DRIVER_VERSION,
    );
    expect(manifest.dependencies['neo4j-driver']).toBe(PATCHED_DRIVER_VERSION);
    expect(manifest.dependencies['neo4j-driver-bolt-connection']).toBe(PATCHED_DRIVER_VERSION);
  });

  it('loads the very copy of neo4j-driver-bolt-connection that is patched', () => {
    const fromDriver = createRequire(require.resolve('neo4j-driver'));
    expect(fromDriver.resolve('neo4j-driver-bolt-connection')).toBe(
      require.resolve('neo4j-driver-bolt-connection'),
    );
  });

  it.each(PATCHED_METHODS.map((entry) => [`${entry.className}.${entry.method}`, entry] as const))(
    'has %s as it was when patched',
    (_name, entry) => {
      const source = originalDriverMethod(entry).toString();
      expect(createHash('sha256').update(source).digest('hex')).toBe(entry.sourceSha256);
    },
  );
});
