import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { assignedBoltMaps, contiguousBoltMessages } from '../../src/graph/bolt-messages.js';
import { percentile } from '../stats.js';
import { type PatchName, patchSwitch } from './patch-switch.js';

// npm run bench:driver-patches-decode [-- --iterations 200 --meetings 450]
// The two decoding patches alone, on the driver's own classes, without a network or a database:
// a record shaped as countryMeetings' at 100k (a list of meetings, each with participants and
// reporting articles) is packed by the driver's Packer, cut into 8 KiB Bolt chunks as Neo4j sends
// it, and read back by its Dechunker and Unpacker, with each patch swapped in and out between
// iterations (interleaved, so the machine's load falls on every variant alike).

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '200' },
    meetings: { type: 'string', default: '450' },
  },
});
const iterations = Number(values.iterations);
const meetingCount = Number(values.meetings);

const require = createRequire(import.meta.url);
const { Dechunker } = require('neo4j-driver-bolt-connection/lib/channel/chunking.js');
const {
  default: ChannelBuffer,
  alloc,
} = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js');
const {
  Packer,
  Unpacker,
} = require('neo4j-driver-bolt-connection/lib/packstream/packstream-v1.js');

const record = Array.from({ length: meetingCount }, (_, meeting) => ({
  id: `meeting:${meeting.toString(16).padStart(12, '0')}`,
  date: `2025-0${(meeting % 9) + 1}-1${meeting % 10}`,
  status: meeting % 3 ? 'HELD' : 'PLANNED',
  kind: 'TALKS',
  placeId: `city:place-${meeting % 40}`,
  participants: Array.from({ length: 3 }, (_, index) => ({
    id: `person:someone-${(meeting + index) % 90}`,
    name: `Jemand Mit Namen ${(meeting + index) % 90}`,
    kind: 'PERSON',
  })),
  reportedBy: Array.from({ length: 5 }, (_, index) => ({
    id: `article:${(meeting * 5 + index).toString(16).padStart(16, '0')}`,
    title: `Gespräche über die Lage, Bericht Nummer ${meeting * 5 + index}`,
    publishedAtKey: `2025-04-1${index}T10:00:00+02:00[Europe/Warsaw]`,
  })),
}));

const packed = alloc(8 * 1024 * 1024);
new Packer(packed).packable(record)();
const message = Buffer.from(packed._buffer.subarray(0, packed.position));

// Bolt framing: chunks of at most 8 KiB with a two-byte length, then a zero end marker.
const frames: Buffer[] = [];
for (let at = 0; at < message.length; at += 8192) {
  const chunk = message.subarray(at, Math.min(at + 8192, message.length));
  const header = Buffer.alloc(2);
  header.writeUInt16BE(chunk.length);
  frames.push(header, chunk);
}
frames.push(Buffer.alloc(2));
const stream = Buffer.concat(frames);

function decodeOnce(): number {
  let decoded: unknown;
  const started = performance.now();
  const dechunker = new Dechunker();
  dechunker.onmessage = (buffer: unknown) => {
    decoded = new Unpacker(true).unpack(buffer);
  };
  // As the socket delivers it: in reads of 64 KiB.
  for (let at = 0; at < stream.length; at += 65536)
    dechunker.write(new ChannelBuffer(stream.subarray(at, Math.min(at + 65536, stream.length))));
  const ms = performance.now() - started;
  if (!Array.isArray(decoded) || decoded.length !== meetingCount)
    throw new Error('decoding did not return the record');
  return ms;
}

contiguousBoltMessages();
assignedBoltMaps();
const setOff = patchSwitch(['contiguousMessages', 'assignedMaps']);

interface Variant {
  name: string;
  off: PatchName[];
}
const VARIANTS: Variant[] = [
  { name: 'both patches', off: [] },
  { name: 'without contiguousMessages', off: ['contiguousMessages'] },
  { name: 'without assignedMaps', off: ['assignedMaps'] },
  { name: 'neither', off: ['contiguousMessages', 'assignedMaps'] },
];
const times = new Map<string, number[]>();
for (let iteration = -20; iteration < iterations; iteration++) {
  for (let turn = 0; turn < VARIANTS.length; turn++) {
    const variant = VARIANTS[(turn + Math.max(0, iteration)) % VARIANTS.length] as Variant;
    setOff(variant.off);
    const ms = decodeOnce();
    if (iteration >= 0) times.set(variant.name, [...(times.get(variant.name) ?? []), ms]);
  }
}
const base = percentile(times.get('both patches') ?? [], 50);
console.log(
  `Decoding one record of ${meetingCount} meetings (${(message.length / 1024).toFixed(0)} KB, ${Math.ceil(message.length / 8192)} chunks), ${iterations} interleaved iterations, Node ${process.version}:\n`,
);
console.log('| variant | p50 ms | p90 ms | vs both |\n|---|---:|---:|---:|');
for (const variant of VARIANTS) {
  const samples = times.get(variant.name) ?? [];
  const p50 = percentile(samples, 50);
  console.log(
    `| ${variant.name} | ${p50.toFixed(2)} | ${percentile(samples, 90).toFixed(2)} | ${(p50 / base).toFixed(2)}× |`,
  );
}
