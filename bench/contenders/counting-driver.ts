import type { Driver } from 'neo4j-driver';

// Counts the Cypher statements a library runs through a driver (for @neo4j/graphql, whose
// sessions we do not control): every run() on a session or a transaction, and executeQuery().
export function countingDriver(driver: Driver, count: () => void, timeoutMs: number): Driver {
  const countingTx = <T extends object>(tx: T): T =>
    new Proxy(tx, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property === 'run' && typeof value === 'function') {
          return (...args: unknown[]) => {
            count();
            return value.apply(target, args);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const countingSession = <T extends object>(session: T): T =>
    new Proxy(session, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        // Every transaction gets the same timeout as the other contenders' (CYPHER_TIMEOUT_MS).
        if (property === 'run') {
          return (query: unknown, params: unknown, config?: object) => {
            count();
            return value.call(target, query, params, { ...config, timeout: timeoutMs });
          };
        }
        if (
          property === 'executeRead' ||
          property === 'executeWrite' ||
          property === 'readTransaction' ||
          property === 'writeTransaction'
        ) {
          return (work: (tx: object) => unknown, config?: object) =>
            value.call(target, (tx: object) => work(countingTx(tx)), {
              ...config,
              timeout: timeoutMs,
            });
        }
        if (property === 'beginTransaction') {
          return (...args: unknown[]) => countingTx(value.apply(target, args));
        }
        return value.bind(target);
      },
    });
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property === 'session')
        return (...args: unknown[]) => countingSession(value.apply(target, args));
      if (property === 'executeQuery') {
        return (...args: unknown[]) => {
          count();
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}
