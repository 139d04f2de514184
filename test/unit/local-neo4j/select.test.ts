import { describe, expect, it } from 'vitest';
import { parseJavaVersionOutput } from '../../../src/local-services/java.js';
import {
  type MachineFacts,
  NoNeo4jProviderError,
  selectProvider,
} from '../../../src/local-neo4j/select.js';

const jdk17 = { home: '/usr/lib/jvm/java-17', major: 17, java: '/usr/lib/jvm/java-17/bin/java' };
const facts = (overrides: Partial<MachineFacts>): MachineFacts => ({
  preference: 'auto',
  dockerEngine: false,
  jdk: null,
  maven: false,
  jarsPresent: false,
  ...overrides,
});

describe('selectProvider', () => {
  it('prefers Docker when an engine answers', () => {
    expect(selectProvider(facts({ dockerEngine: true, jdk: jdk17, maven: true }))).toBe('docker');
  });

  it('falls back to the jars with a JDK and Maven', () => {
    expect(selectProvider(facts({ jdk: jdk17, maven: true }))).toBe('jar');
  });

  it('needs no Maven once the jars are on disk', () => {
    expect(selectProvider(facts({ jdk: jdk17, jarsPresent: true }))).toBe('jar');
  });

  it('honours an explicit jar preference even with Docker present', () => {
    expect(
      selectProvider(facts({ preference: 'jar', dockerEngine: true, jdk: jdk17, maven: true })),
    ).toBe('jar');
  });

  it('explains what to install when nothing can run Neo4j', () => {
    expect(() => selectProvider(facts({}))).toThrow(NoNeo4jProviderError);
    expect(() => selectProvider(facts({}))).toThrow(
      /no JDK 17 or 21 was found.*install Docker.*Maven/s,
    );
  });

  it('names Maven when a JDK exists but the jars cannot be resolved', () => {
    expect(() => selectProvider(facts({ jdk: jdk17 }))).toThrow(/Maven \(mvn\) is not on PATH/);
  });

  it('refuses an explicit Docker preference without an engine', () => {
    expect(() => selectProvider(facts({ preference: 'docker', jdk: jdk17, maven: true }))).toThrow(
      /NEO4J_PROVIDER=docker, but no Docker engine answers/,
    );
  });
});

describe('parseJavaVersionOutput', () => {
  it('reads modern and legacy version strings', () => {
    expect(parseJavaVersionOutput('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaVersionOutput('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaVersionOutput('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaVersionOutput('no version here')).toBeNull();
  });
});
