import { CountryMembershipsDocument, OrganizationMembersDocument } from './generated/operations';
import { useOperation } from './hooks';
import { EntityLink, Show } from './ui';

/** An organisation's member states: asked on their own when the view opens. */
export function MemberStates({ id, name }: { id: string; name: string }) {
  const loaded = useOperation(OrganizationMembersDocument, { id });
  return (
    <section class="card" aria-labelledby="members-title">
      <h3 id="members-title">Member states</h3>
      <Show loaded={loaded} what="the member states">
        {({ node }) => {
          const members = node && 'members' in node ? node.members : [];
          return members.length === 0 ? (
            <p class="message">
              {name} is no format or alliance with member states in the catalog.
            </p>
          ) : (
            <>
              <p class="count">
                {members.length} member state{members.length === 1 ? '' : 's'}, each at the table of
                a meeting of {name}
              </p>
              <ul class="members">
                {members.map((country) => (
                  <li key={country.id}>
                    <EntityLink entity={country} />
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </Show>
    </section>
  );
}

/** The formats and alliances a country belongs to: asked on their own when the view opens. */
export function Memberships({ id, name }: { id: string; name: string }) {
  const loaded = useOperation(CountryMembershipsDocument, { id });
  return (
    <section class="card" aria-labelledby="memberships-title">
      <h3 id="memberships-title">Member of</h3>
      <Show loaded={loaded} what="the memberships">
        {({ node }) => {
          const formats = node && 'memberships' in node ? node.memberships : [];
          return formats.length === 0 ? (
            <p class="message">The catalog names no format or alliance {name} belongs to.</p>
          ) : (
            <ul class="memberships">
              {formats.map((format) => (
                <li key={format.id}>
                  <EntityLink entity={format} />
                </li>
              ))}
            </ul>
          );
        }}
      </Show>
    </section>
  );
}
