import { articleOutlets } from '../graph/article.js';
import { outletsByIds } from '../graph/outlet.js';
import type { OutletRecord } from '../graph/records.js';
import { Article } from './article.js';
import { builder } from './builder.js';

export const Outlet = builder.loadableNode('Outlet', {
  description: 'Where articles appear.',
  id: { resolve: (outlet: OutletRecord) => outlet.id },
  load: (ids: string[], context) => outletsByIds(context.runner, ids),
  sort: (outlet) => outlet.id,
  fields: (t) => ({ name: t.exposeString('name') }),
});

builder.objectFields(Article, (t) => ({
  outlet: t.loadable({
    type: Outlet,
    nullable: true,
    load: async (ids: string[], context) => {
      const byArticle = await articleOutlets(context.runner, ids);
      return ids.map((id) => byArticle.get(id) ?? null);
    },
    resolve: (article) => article.id,
  }),
}));
