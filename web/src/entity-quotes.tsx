import { EntityQuotesDocument, type EntityQuotesQuery } from './generated/operations';
import { useOperation } from './hooks';
import { articleHref, QuoteList } from './quotes';
import { EntityLink, formatDate, Show } from './ui';
import { quotesHref } from './views/quotes';

type Position = Extract<
  NonNullable<EntityQuotesQuery['node']>,
  { positions: unknown }
>['positions'][number];

/**
 * An entity's panels of statements: what it said and what was said about it; a person's posts;
 * an organisation's people.
 */
export function EntityQuotePanels({ id, name, kind }: { id: string; name: string; kind: string }) {
  const loaded = useOperation(EntityQuotesDocument, { id, first: 5 });
  const speaks = kind === 'Person' || kind === 'Organization';
  return (
    <Show loaded={loaded} what="the quotes and positions">
      {(data) => {
        const node = data.node;
        const said = node && 'quotes' in node ? node.quotes : null;
        return (
          <>
            {node && 'positions' in node ? (
              <section class="card wide" aria-labelledby="positions-title">
                <h3 id="positions-title">Positions</h3>
                <Positions positions={node.positions} name={name} />
              </section>
            ) : null}
            {node && 'people' in node ? (
              <section class="card" aria-labelledby="people-title">
                <h3 id="people-title">People</h3>
                {node.people.totalCount === 0 ? (
                  <p class="message">Nobody is reported to hold a post at {name}.</p>
                ) : (
                  <>
                    <p class="count">
                      {node.people.totalCount} holding or having held a post, by name
                    </p>
                    <ul class="people">
                      {node.people.edges.map(({ node: person }) => (
                        <li key={person.id}>
                          <EntityLink entity={person} />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>
            ) : null}
            {speaks && said ? (
              <section class="card" aria-labelledby="said-title">
                <h3 id="said-title">Latest quotes of {name}</h3>
                <QuoteList
                  quotes={said.edges.map((e) => e.node)}
                  empty={`No statement of ${name} has been reported.`}
                />
                {said.totalCount > said.edges.length ? (
                  <p>
                    <a href={quotesHref({ speaker: name })}>All {said.totalCount} quotes</a>
                  </p>
                ) : null}
              </section>
            ) : null}
            <section class="card" aria-labelledby="about-title">
              <h3 id="about-title">Quotes about {name}</h3>
              <QuoteList
                quotes={data.aboutIt.edges.map((e) => e.node)}
                empty={`No statement mentions ${name}.`}
              />
              {data.aboutIt.totalCount > data.aboutIt.edges.length ? (
                <p>
                  <a href={quotesHref({ about: name })}>All {data.aboutIt.totalCount} quotes</a>
                </p>
              ) : null}
            </section>
          </>
        );
      }}
    </Show>
  );
}

function Positions({ positions, name }: { positions: Position[]; name: string }) {
  if (positions.length === 0) return <p class="message">No post of {name} has been reported.</p>;
  return (
    <table class="positions">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Organisation</th>
          <th scope="col">Country</th>
          <th scope="col">Status</th>
          <th scope="col">First seen</th>
          <th scope="col">Last seen</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((position) => (
          <tr key={position.id} class="position">
            <td class="title">{position.title}</td>
            <td class="organization">
              {position.organization ? (
                <EntityLink entity={position.organization} />
              ) : (
                (position.organizationName ?? '–')
              )}
            </td>
            <td class="country">
              {position.country ? <EntityLink entity={position.country} /> : '–'}
            </td>
            <td class="status">
              {position.former ? 'former' : 'current'}
              {position.curated ? ' (catalog)' : ''}
            </td>
            <td>{position.firstSeen ? formatDate(position.firstSeen) : '–'}</td>
            <td>{position.lastSeen ? formatDate(position.lastSeen) : '–'}</td>
            <td class="evidence">
              {position.evidence.length === 0 ? (
                '0'
              ) : (
                <details>
                  <summary>
                    {position.evidence.length} report{position.evidence.length === 1 ? '' : 's'}
                  </summary>
                  {position.evidence.map((report) => (
                    <blockquote key={`${report.article.id}:${report.sentence}`}>
                      {report.sentence}{' '}
                      <a href={articleHref(report.article.id)}>{report.article.title}</a>
                    </blockquote>
                  ))}
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
