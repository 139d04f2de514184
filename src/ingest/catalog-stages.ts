import type { Catalog } from './catalog/index.js';
import { discoverPeople } from './discover/index.js';
import { linkArticle } from './link/index.js';
import { extractMeetings } from './meetings/index.js';
import type { LinkStages } from './pipeline.js';

/** The pipeline's linking stages over a catalog: link, discover people, extract meetings. */
export function catalogStages(catalog: Catalog): LinkStages {
  const cityCountry = (cityId: string) => catalog.byId.get(cityId)?.countryId ?? null;
  return {
    link(item) {
      const linked = linkArticle(item, catalog);
      const fields = [
        { field: 'title' as const, text: item.title },
        { field: 'lead' as const, text: item.lead },
        { field: 'body' as const, text: item.body.join('\n\n') },
      ];
      const discovery = discoverPeople(fields, catalog, linked);
      return { mentions: [...linked, ...discovery.mentions], discovered: discovery.people };
    },
    meetings(articles) {
      return extractMeetings(
        articles.map((article) => ({
          id: article.id,
          publishedAt: article.item.publishedAt,
          title: article.item.title,
          lead: article.item.lead,
          body: article.item.body,
          mentions: article.mentions,
        })),
        cityCountry,
      );
    },
  };
}
