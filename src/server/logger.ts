import { pino, type Logger } from 'pino';
import type { Config } from '../config.js';

/** Structured JSON logs on stdout, one line per event; LOG_LEVEL=silent turns them off. */
export function createLogger(config: Config): Logger {
  return pino({ level: config.LOG_LEVEL, base: { service: 'news-graph' } });
}

export type { Logger };
