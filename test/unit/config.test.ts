import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('applies documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      NEO4J_USER: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
      NEO4J_PROVIDER: 'auto',
      SEED_ON_START: true,
    });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('reads and coerces values', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://db.example.org:7687',
      SEED_ON_START: 'false',
      NEO4J_PROVIDER: 'jar',
    });
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBe('neo4j+s://db.example.org:7687');
    expect(config.SEED_ON_START).toBe(false);
    expect(config.NEO4J_PROVIDER).toBe('jar');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).PORT).toBe(4000);
  });

  it('names every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', NEO4J_PROVIDER: 'podman' });
      expect.unreachable('loadConfig accepted bad values');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('NEO4J_URI: must be a bolt:// or neo4j:// URI');
      expect(message).toContain('NEO4J_PROVIDER');
      expect((error as ConfigError).problems).toHaveLength(3);
    }
  });

  it('rejects ports out of range and malformed memory sizes', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_LOCAL_HEAP: 'lots' })).toThrow(/NEO4J_LOCAL_HEAP/);
  });
});
