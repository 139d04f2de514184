/** Where a client reaches a Neo4j that a provider started. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export type ProviderKind = 'docker' | 'jar';

export interface ProviderStatus {
  running: boolean;
  provider: ProviderKind;
  uri?: string;
  detail: string;
}

/** One way of running a local Neo4j; `npm run neo4j -- start|stop|status|reset` drives it. */
export interface LocalNeo4jProvider {
  readonly kind: ProviderKind;
  /** Starts Neo4j (or finds it running) and returns only once it answers on Bolt. */
  start(): Promise<Neo4jConnection>;
  /** Shuts Neo4j down cleanly and waits for it to exit. */
  stop(): Promise<void>;
  status(): Promise<ProviderStatus>;
  /** Deletes all data; a running instance is restarted empty. */
  reset(): Promise<void>;
}
