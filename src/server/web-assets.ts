import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderGraphiQL as renderBundledGraphiQL } from '@graphql-yoga/render-graphiql';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../project-root.js';

// GraphiQL from a package that inlines its scripts, styles and Monaco workers into the page:
// Yoga's default loads them from a CDN, a white page without internet.

export interface ExampleTab {
  query: string;
}

/** One tab per named operation of schema/examples/*.graphql, so each runs with one click. */
export function exampleTabs(examplesDir = join(projectRoot, 'schema', 'examples')): ExampleTab[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const source = readFileSync(join(examplesDir, file), 'utf8');
      return parse(source).definitions.flatMap((definition) => {
        if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.loc) return [];
        const text = source.slice(definition.loc.start, definition.loc.end);
        return [{ query: `# schema/examples/${file}\n${text}\n` }];
      });
    });
}

type Options = NonNullable<Parameters<typeof renderBundledGraphiQL>[0]>;

/** GraphiQL options: the default query first, then the examples as ready tabs. */
export function graphiqlOptions(defaultQuery: string): Options {
  return { title: 'news-graph', defaultQuery, defaultTabs: [{ query: defaultQuery }, ...exampleTabs()] };
}

// The page is about 9 MB of inlined assets; rendered once per distinct set of options.
const rendered = new Map<string, string>();
export function renderGraphiQL(options: Options): string {
  const key = JSON.stringify(options);
  let page = rendered.get(key);
  if (page === undefined) {
    page = renderBundledGraphiQL(options);
    rendered.set(key, page);
  }
  return page;
}
