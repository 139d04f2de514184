import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findSupportedJdk } from '../src/local-services/java.js';
import { CoreNlpClient } from '../src/ner/client.js';
import { LocalCoreNlpProvider } from '../src/ner/local-provider.js';
import { loadConfig } from '../src/config.js';

// npm run bench:ner [-- --seconds 10 --warmup 60 --threads 1,2 --batches 1,8,32]: German NER throughput on
// synthetic ~300-word news articles, against a throwaway local CoreNLP per thread setting (warm JVM).
// Prints articles/s and words/s per setting. A measurement, not a test.

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '60' },
    threads: { type: 'string', default: '1,2' },
    batches: { type: 'string', default: '1,8,32' },
    heap: { type: 'string', default: '2g' },
  },
});
const seconds = Number(values.seconds);
const threadSettings = values.threads.split(',').map(Number);
const batchSizes = values.batches.split(',').map(Number);

// Written for this benchmark in the outlet's style; articles are drawn from them deterministically.
const SENTENCES = [
  'Der litauische Präsident Gitanas Nausėda traf am Montag in Warschau seinen polnischen Amtskollegen Andrzej Duda.',
  'Beide Politiker sprachen über die Sicherheit an der Ostflanke der NATO und über die Lage in der Ukraine.',
  'Wie die Nachrichtenagentur PAP berichtet, soll das nächste Treffen im Herbst in Vilnius stattfinden.',
  'Anna Wiśniewska vom Institut für Ostmitteleuropa in Lublin sagte, die Gespräche seien „sehr konstruktiv“ gewesen.',
  'Der Sejm hatte bereits im März ein Gesetz über die Modernisierung der Streitkräfte verabschiedet.',
  'Ministerpräsident Donald Tusk kündigte an, die Ausgaben für die Verteidigung im kommenden Jahr weiter zu erhöhen.',
  'Kritik kam von der Oppositionspartei PiS, deren Vorsitzender Jarosław Kaczyński der Regierung Untätigkeit vorwarf.',
  'In Brüssel begrüßte die EU-Kommission die Einigung und sprach von einem wichtigen Signal für die Region.',
  'Der Sender TVP zeigte am Abend Bilder von der Pressekonferenz im Präsidentenpalast.',
  'Nach Angaben des Außenministeriums in Kiew telefonierte Präsident Wolodymyr Selenskyj am Dienstag mit Duda.',
  'Die Universität Warschau veranstaltet im Mai eine Konferenz über die Zukunft der Zusammenarbeit im Ostseeraum.',
  'Auch der deutsche Bundeskanzler Olaf Scholz wird zu dem Gipfel in Danzig erwartet.',
  'Experten der Stiftung Wissenschaft und Politik in Berlin sehen in dem Abkommen vor allem ein politisches Zeichen.',
  'Die Preise für Energie sind in Polen seit Jahresbeginn deutlich gestiegen, wie das Statistikamt GUS mitteilte.',
  'Bürgermeister Rafał Trzaskowski eröffnete am Mittwoch eine neue Straßenbahnlinie im Süden der Hauptstadt.',
  'Am Rande des Treffens besuchten die Delegationen das Museum des Warschauer Aufstands.',
  'Der frühere litauische Botschafter in Polen Tomas Petraitis nannte die Beziehungen „so gut wie nie zuvor“.',
  'Die Zeitung „Rzeczpospolita“ schrieb, das Abkommen könne bereits im Sommer unterzeichnet werden.',
  'Landwirte aus der Region Podlachien protestierten vor dem Landwirtschaftsministerium gegen Importe aus der Ukraine.',
  'Das Europäische Parlament in Straßburg will sich in der kommenden Woche mit dem Thema befassen.',
];

function article(seed: number): string {
  const parts: string[] = [];
  let words = 0;
  let i = seed;
  while (words < 300) {
    const sentence = SENTENCES[(i * 7 + seed) % SENTENCES.length] as string;
    parts.push(sentence);
    words += sentence.split(/\s+/).length;
    i++;
  }
  return parts.join(' ');
}

const ARTICLES = Array.from({ length: 64 }, (_, i) => article(i));
const WORDS_PER_ARTICLE =
  ARTICLES.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / ARTICLES.length;

/** `inFlight` loops, each sending requests of `batchSize` articles back to back; articles/s over all. */
async function measure(
  url: string,
  batchSize: number,
  inFlight: number,
  durationMs: number,
): Promise<number> {
  const client = new CoreNlpClient({
    url,
    timeoutMs: 120_000,
    concurrency: 1,
    maxRequestChars: 10_000_000,
  });
  let done = 0;
  let next = 0;
  const started = Date.now();
  const loop = async () => {
    while (Date.now() - started < durationMs) {
      const batch = Array.from(
        { length: batchSize },
        () => ARTICLES[next++ % ARTICLES.length] as string,
      );
      await client.annotate(batch);
      done += batchSize;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, loop));
  return done / ((Date.now() - started) / 1000);
}

async function main() {
  const jdk = findSupportedJdk();
  if (!jdk) throw new Error('No JDK 17/21 found');
  console.log(
    `German NER throughput: articles of ~${Math.round(WORDS_PER_ARTICLE)} words, ${seconds}s per setting after ${values.warmup}s of warm-up, heap ${values.heap}, Java ${jdk.major}`,
  );
  console.log(
    '| server -threads | requests in flight | texts per request | articles/s | words/s |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const threads of threadSettings) {
    const home = mkdtempSync(join(tmpdir(), 'news-graph-bench-ner-'));
    const provider = new LocalCoreNlpProvider({
      home,
      localDir: loadConfig().NER_LOCAL_DIR,
      jdk,
      mavenCommand: 'mvn',
      preferredPort: 0,
      heap: values.heap,
      threads,
      requestTimeoutMs: 120_000,
      log: (line) => console.error(line),
    });
    try {
      const { url } = await provider.start();
      const inFlight = [...new Set([1, threads])];
      // Warm the JIT before anything is measured.
      await measure(url, 8, threads, Number(values.warmup) * 1000);
      for (const concurrency of inFlight) {
        for (const batchSize of batchSizes) {
          const rate = await measure(url, batchSize, concurrency, seconds * 1000);
          console.log(
            `| ${threads} | ${concurrency} | ${batchSize} | ${rate.toFixed(1)} | ${Math.round(rate * WORDS_PER_ARTICLE)} |`,
          );
        }
      }
    } finally {
      await provider.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
