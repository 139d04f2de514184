import neo4j, { type Driver } from 'neo4j-driver';
import { assignedBoltMaps, coalescedBoltWrites, contiguousBoltMessages } from './bolt-messages.js';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** How long managed transactions retry transient errors (a restarting database) before failing. */
  retryMs?: number;
  /** Where the driver's warnings go (default: stderr). */
  log?: (level: string, message: string) => void;
}

/** One driver per process; integers come back as JS numbers (our counts fit easily). */
export function createDriver(settings: DriverSettings): Driver {
  contiguousBoltMessages();
  assignedBoltMaps();
  coalescedBoltWrites();
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    // Short timeouts: when the database is down, a request should fail fast and say so.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: settings.retryMs ?? 10_000,
    logging: {
      level: 'warn',
      logger: settings.log ?? ((level, message) => console.error(`[neo4j ${level}] ${message}`)),
    },
  });
}
