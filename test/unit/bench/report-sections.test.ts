import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceSection } from '../../../bench/report-sections.js';
import { projectRoot } from '../../../src/project-root.js';

const report = [
  '# Load test',
  '',
  'Run on day one.',
  '',
  '| requests |',
  '|---:|',
  '| 100 |',
  '',
  '## Live updates under load',
  '',
  'Subscribers: 200, every event once.',
  '',
  '## Notes',
  '',
  'Written by hand.',
  '',
].join('\n');

describe('replaceSection (the reports several commands write into)', () => {
  it('replaces the top part and keeps every section after it', () => {
    const merged = replaceSection(report, null, '# Load test\n\nRun on day two.\n\n| 200 |\n');
    expect(merged).toContain('Run on day two.');
    expect(merged).not.toContain('Run on day one.');
    expect(merged).not.toContain('| 100 |');
    expect(merged).toContain('## Live updates under load\n\nSubscribers: 200, every event once.');
    expect(merged).toContain('## Notes\n\nWritten by hand.');
    expect(merged.indexOf('Run on day two.')).toBeLessThan(merged.indexOf('## Live updates'));
  });

  it('replaces its own section in place and keeps the top and the sections after it', () => {
    const merged = replaceSection(
      report,
      'Live updates under load',
      '## Live updates under load\n\nSubscribers: 300.',
    );
    expect(merged).toContain('Run on day one.');
    expect(merged).toContain('Subscribers: 300.');
    expect(merged).not.toContain('Subscribers: 200');
    expect(merged.indexOf('Subscribers: 300.')).toBeLessThan(merged.indexOf('## Notes'));
    expect(merged).toContain('## Notes\n\nWritten by hand.');
  });

  it('appends a section the report does not have yet, and starts a missing report', () => {
    const appended = replaceSection('# Load test\n\nRun on day one.\n', 'Soak', '## Soak\n\nok');
    expect(appended).toBe('# Load test\n\nRun on day one.\n\n## Soak\n\nok\n');
    expect(replaceSection('', 'Soak', '## Soak\n\nok')).toBe('## Soak\n\nok\n');
    expect(replaceSection('', null, '# Load test\n\nfirst')).toBe('# Load test\n\nfirst\n');
  });

  it('matches the whole heading and ignores headings inside code fences', () => {
    const document = '# R\n\n```md\n## Soak\n```\n\n## Soak test\n\nkept\n';
    const merged = replaceSection(document, 'Soak', '## Soak\n\nnew');
    expect(merged).toBe('# R\n\n```md\n## Soak\n```\n\n## Soak test\n\nkept\n\n## Soak\n\nnew\n');
  });

  it('keeps the live-updates section of the checked-in bench/LOAD.md when the top is rewritten', () => {
    const load = readFileSync(join(projectRoot, 'bench', 'LOAD.md'), 'utf8');
    const live = load.slice(load.indexOf('## Live updates under load')).trim();
    const merged = replaceSection(load, null, '# Load test\n\nRewritten.');
    expect(merged).toBe(`# Load test\n\nRewritten.\n\n${live}\n`);
  });
});
