import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JvmService, type ServiceState } from '../../../src/local-services/jvm-process.js';
import { ensureJars, type JarSet, jarsResolved, libOf } from '../../../src/local-services/maven.js';

// The launcher with stand-ins for what it drives: a shell script in Maven's place, and a Node
// process in the JVM's (both real processes; the launcher only spawns, waits and signals them).

const root = mkdtempSync(join(tmpdir(), 'local-services-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakeMaven(name: string, body: string): string {
  const path = join(root, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function jarSet(dist: string): JarSet {
  const pom = join(root, 'pom.xml');
  writeFileSync(pom, '<project/>');
  return {
    label: 'Thing 1.0',
    coordinates: 'org.example:thing:1.0',
    dist,
    pomTemplate: new URL(`file://${pom}`),
    properties: { 'thing.version': '1.0' },
    complete: (_lib, names) => names.includes('thing-1.0.jar'),
  };
}

describe('Maven resolution', () => {
  it('resolves once into lib/ even when two starters ask at once, and passes the properties', async () => {
    const calls = join(root, 'calls.log');
    // Records its arguments, then writes the jar into -DoutputDirectory after a pause.
    const maven = fakeMaven(
      'mvn-ok',
      `echo "$@" >> ${calls}\nfor a in "$@"; do case "$a" in -DoutputDirectory=*) out="\${a#-DoutputDirectory=}";; esac; done\nsleep 1\nmkdir -p "$out" && touch "$out/thing-1.0.jar"`,
    );
    const jars = jarSet(join(root, 'ok', 'dist', '1.0'));
    const lines: string[] = [];
    const [first, second] = await Promise.all([
      ensureJars(jars, maven, (line) => lines.push(line)),
      ensureJars(jars, maven, (line) => lines.push(line)),
    ]);
    expect(first).toBe(libOf(jars));
    expect(second).toBe(libOf(jars));
    expect(readdirSync(libOf(jars))).toEqual(['thing-1.0.jar']);
    expect(jarsResolved(jars)).toBe(true);
    const invocations = readFileSync(calls, 'utf8').trim().split('\n');
    expect(invocations).toHaveLength(1);
    expect(invocations[0]).toContain('-Dthing.version=1.0');
    expect(readdirSync(jars.dist).filter((name) => name.startsWith('lib.partial'))).toEqual([]);
    expect(existsSync(`${jars.dist}.lock`)).toBe(false);
  });

  it("fails with Maven's output and leaves no lib/ when Maven fails", async () => {
    const maven = fakeMaven(
      'mvn-fail',
      'echo "Could not find artifact org.example:thing" >&2\nexit 1',
    );
    const jars = jarSet(join(root, 'fail', 'dist', '1.0'));
    await expect(ensureJars(jars, maven, () => {})).rejects.toThrow(
      /Maven could not resolve org\.example:thing:1\.0 \(exit 1\):\nCould not find artifact/,
    );
    expect(jarsResolved(jars)).toBe(false);
    expect(existsSync(`${jars.dist}.lock`)).toBe(false);
  });
});

interface FakeState extends ServiceState {
  port: number;
}

function service(home: string): JvmService<FakeState> {
  return new JvmService<FakeState>({
    name: 'Fake',
    home,
    logFile: join(home, 'fake.log'),
    homeMarker: `--fake-home=${home}`,
    log: () => {},
  });
}

describe('JVM process handling', () => {
  it('starts detached, waits for readiness, finds the instance by its marker and stops it', async () => {
    const home = mkdtempSync(join(root, 'up-'));
    const ready = join(home, 'ready');
    const fake = service(home);
    const script = `console.log('starting'); setTimeout(() => require('fs').writeFileSync(${JSON.stringify(ready)}, ''), 300); setInterval(() => {}, 1000);`;
    const pid = await fake.launch({
      java: process.execPath,
      args: ['-e', script, '--', `--fake-home=${home}`],
      ready: async () => existsSync(ready),
      timeoutMs: 20_000,
    });
    fake.remember({ pid, port: 1, version: '1.0', startedAt: new Date().toISOString() });
    expect(fake.aliveState()?.pid).toBe(pid);
    expect(fake.isOurProcess(pid)).toBe(true);
    // Another home's service does not take this process for its own.
    expect(service(`${home}-other`).isOurProcess(pid)).toBe(false);
    expect(readFileSync(join(home, 'fake.log'), 'utf8')).toContain('starting');
    await fake.stop(10_000);
    expect(fake.isOurProcess(pid)).toBe(false);
    expect(fake.aliveState()).toBeNull();
    expect(existsSync(fake.stateFile)).toBe(false);
  });

  it('fails with the log tail when the process exits before it is ready', async () => {
    const home = mkdtempSync(join(root, 'exit-'));
    await expect(
      service(home).launch({
        java: process.execPath,
        args: [
          '-e',
          "console.error('no models found'); process.exit(3)",
          '--',
          `--fake-home=${home}`,
        ],
        ready: async () => false,
        timeoutMs: 20_000,
      }),
    ).rejects.toThrow(/Fake exited with code 3 before it was ready\. Log tail:\nno models found/);
  });

  it('stops a process that never gets ready once the time is up', async () => {
    const home = mkdtempSync(join(root, 'slow-'));
    const fake = service(home);
    const started = Date.now();
    await expect(
      fake.launch({
        java: process.execPath,
        args: ['-e', 'setInterval(() => {}, 1000)', '--', `--fake-home=${home}`],
        ready: async () => false,
        timeoutMs: 1_000,
      }),
    ).rejects.toThrow(/Fake was not ready within 1s/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
