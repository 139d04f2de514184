import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A JVM service run from its jars, detached so it outlives the command that started it (a later
// command finds it through the state file in its home folder). Its command line carries a marker
// naming that home, so that a reused pid is never taken for it.

export interface ServiceState {
  pid: number;
  version: string;
  startedAt: string;
}

export interface JvmServiceOptions {
  /** For messages: "Neo4j", "CoreNLP". */
  name: string;
  /** The instance folder: state.json, and whatever the service keeps there. */
  home: string;
  /** The service's console output. */
  logFile: string;
  /** An argument of the command line that names `home` (a system property or option). */
  homeMarker: string;
  log: (line: string) => void;
}

export interface Launch {
  java: string;
  args: string[];
  /** Until it answers: rejected when the process exits or the time is up (the process is then stopped). */
  ready: () => Promise<boolean>;
  timeoutMs: number;
}

export class JvmService<State extends ServiceState> {
  readonly stateFile: string;

  constructor(private readonly options: JvmServiceOptions) {
    this.stateFile = join(options.home, 'state.json');
  }

  readState(): State | null {
    if (!existsSync(this.stateFile)) return null;
    try {
      return JSON.parse(readFileSync(this.stateFile, 'utf8')) as State;
    } catch {
      return null;
    }
  }

  /** The state of the instance whose process is alive, or null (no probe of the service itself). */
  aliveState(): State | null {
    const state = this.readState();
    return state && this.isOurProcess(state.pid) ? state : null;
  }

  /** Starts the JVM detached, its output to the log file; returns once `launch.ready` answers. */
  async launch(launch: Launch): Promise<number> {
    mkdirSync(dirname(this.options.logFile), { recursive: true });
    writeFileSync(this.options.logFile, '');
    const out = openSync(this.options.logFile, 'a');
    const child = spawn(launch.java, launch.args, {
      detached: true,
      stdio: ['ignore', out, out],
      cwd: this.options.home,
    });
    if (child.pid === undefined) throw new Error(`Could not start ${launch.java}`);
    child.unref();
    await this.waitForReady(child, launch);
    return child.pid;
  }

  /** Writes the state of a started instance, for the next command to find. */
  remember(state: State): void {
    writeFileSync(this.stateFile, JSON.stringify(state, null, 2));
  }

  /** SIGTERM, then SIGKILL past `timeoutMs`; forgets the instance. */
  async stop(timeoutMs: number): Promise<void> {
    const state = this.readState();
    if (state && this.isOurProcess(state.pid)) {
      process.kill(state.pid, 'SIGTERM');
      await this.waitForExit(state.pid, timeoutMs);
    }
    rmSync(this.stateFile, { force: true });
  }

  logTail(): string {
    return existsSync(this.options.logFile)
      ? readFileSync(this.options.logFile, 'utf8').slice(-2500)
      : '';
  }

  /** Guards against pid reuse: alive, not a zombie and, where /proc exists, our service for this home. */
  isOurProcess(pid: number): boolean {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const proc = `/proc/${pid}`;
    if (!existsSync(proc)) return process.platform !== 'linux';
    try {
      if (/^State:\s+Z/m.test(readFileSync(join(proc, 'status'), 'utf8'))) return false;
      return readFileSync(join(proc, 'cmdline'), 'utf8')
        .split('\0')
        .includes(this.options.homeMarker);
    } catch {
      return false;
    }
  }

  private async waitForReady(child: ChildProcess, launch: Launch): Promise<void> {
    const { name } = this.options;
    let exitCode: number | null = null;
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : -1);
    });
    const deadline = Date.now() + launch.timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== null)
        throw new Error(
          `${name} exited with code ${exitCode} before it was ready. Log tail:\n${this.logTail()}`,
        );
      if (await launch.ready()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    try {
      if (child.pid) process.kill(child.pid, 'SIGTERM');
    } catch {}
    throw new Error(
      `${name} was not ready within ${launch.timeoutMs / 1000}s. Log tail:\n${this.logTail()}`,
    );
  }

  private async waitForExit(pid: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.isOurProcess(pid)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    process.kill(pid, 'SIGKILL');
    this.options.log(
      `${this.options.name} (pid ${pid}) did not stop within ${timeoutMs / 1000}s; killed it.`,
    );
  }
}
