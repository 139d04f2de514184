import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder holding package.json and cypher/: found by walking up from this module, so the same
// code works from src/ (tsx) and from dist/src/ (compiled, in the Docker image).
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'cypher'))) return dir;
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('Cannot find the project root (package.json beside cypher/)');
    dir = parent;
  }
}

export const projectRoot = findProjectRoot();
