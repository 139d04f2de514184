import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { assignedBoltMaps, coalescedBoltWrites, contiguousBoltMessages } from './bolt-messages.js';

/** Which patches of bolt-messages.ts to apply (docs/driver-patches.md); all by default. */
export interface DriverPatches {
  contiguousMessages: boolean;
  assignedMaps: boolean;
  coalescedWrites: boolean;
}

export const ALL_DRIVER_PATCHES: DriverPatches = {
  contiguousMessages: true,
  assignedMaps: true,
  coalescedWrites: true,
};

/** The patches the configuration switches on (DRIVER_PATCH_*). */
export function driverPatchesOf(config: Config): DriverPatches {
  return {
    contiguousMessages: config.DRIVER_PATCH_CONTIGUOUS_MESSAGES === 'on',
    assignedMaps: config.DRIVER_PATCH_ASSIGNED_MAPS === 'on',
    coalescedWrites: config.DRIVER_PATCH_COALESCED_WRITES === 'on',
  };
}

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
  /** How long managed transactions retry transient errors (a restarting database) before failing. */
  retryMs?: number;
  /** Where the driver's warnings go (default: stderr). */
  log?: (level: string, message: string) => void;
  /**
   * Patches to apply (default: all). They change the driver's classes, so they hold for every driver
   * of the process from then on: a patch left off here stays on if an earlier driver applied it.
   */
  patches?: DriverPatches;
}

/** One driver per process; integers come back as JS numbers (our counts fit easily). */
export function createDriver(settings: DriverSettings): Driver {
  const patches = settings.patches ?? ALL_DRIVER_PATCHES;
  if (patches.contiguousMessages) contiguousBoltMessages();
  if (patches.assignedMaps) assignedBoltMaps();
  if (patches.coalescedWrites) coalescedBoltWrites();
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
