import { GraphQLRequestError } from './lib.js';

// npm run example -- <name> [args]: runs examples/<name>.ts with the remaining arguments.

const EXAMPLES = ['met-within', 'who-met-whom', 'follow', 'export'];
const [name, ...args] = process.argv.slice(2);
if (!name || !EXAMPLES.includes(name)) {
  console.error(`usage: npm run example -- <${EXAMPLES.join('|')}> [args]`);
  process.exit(1);
}
const example = (await import(`./${name}.js`)) as { main(args: string[]): Promise<void> };
try {
  await example.main(args);
} catch (error) {
  if (!(error instanceof GraphQLRequestError)) throw error;
  console.error(`${name}: ${error.message}${error.code ? ` (${error.code})` : ''}`);
  process.exit(1);
}
