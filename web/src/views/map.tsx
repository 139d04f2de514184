import { MeetingPlacesDocument, MentionedRegionsDocument } from '../generated/operations';
import { useOperation } from '../hooks';
import { MeetingList } from '../meetings';
import { type Place, PlacesMap, placesOf } from '../places-map';
import { Show } from '../ui';

export function MapView({ selected }: { selected: string | null }) {
  const meetings = useOperation(MeetingPlacesDocument, { first: 100 });
  return (
    <section class="card map-view" aria-labelledby="map-title">
      <h2 id="map-title">Where meetings took place</h2>
      <Show loaded={meetings} what="the meetings">
        {(data) => {
          const { places, unplaced } = placesOf(data.meetings.edges.map((e) => e.node));
          const chosen = places.find((p) => p.id === selected) ?? null;
          return (
            <>
              <p class="count">
                {places.length} places for {data.meetings.edges.length - unplaced} of{' '}
                {data.meetings.totalCount} meetings
                {unplaced > 0 ? ` (${unplaced} without a known place)` : ''}. A circle's area is its
                number of meetings.
              </p>
              <PlacesMap
                places={places}
                name="map"
                label="World map of meeting places"
                width={960}
                height={500}
                fit="world"
                selected={selected}
                hrefOf={(p) => `#/map/${encodeURIComponent(p.id)}`}
              />
              {chosen ? (
                <>
                  <h3>Meetings in {chosen.name}</h3>
                  <MeetingList meetings={chosen.meetings} empty="None." />
                </>
              ) : (
                <ul class="place-list" aria-label="Meeting places">
                  {places.map((p) => (
                    <li key={p.id}>
                      <a href={`#/map/${encodeURIComponent(p.id)}`}>{p.name}</a>{' '}
                      <span class="count">{p.meetings.length}</span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Show>
    </section>
  );
}

/** Regions with coordinates as places, each "meeting" standing for one of its mentions. */
function regionPlaces(
  rows: {
    count: number;
    entity: { id: string; name: string; latitude?: number | null; longitude?: number | null };
  }[],
): Place<number>[] {
  return rows.flatMap(({ count, entity }) =>
    typeof entity.latitude === 'number' && typeof entity.longitude === 'number'
      ? [
          {
            id: entity.id,
            name: entity.name,
            latitude: entity.latitude,
            longitude: entity.longitude,
            meetings: Array.from({ length: count }, (_, i) => i),
          },
        ]
      : [],
  );
}

/** The regions articles name most (states, historical regions, disputed areas) on the world map. */
export function RegionsMapView() {
  const regions = useOperation(MentionedRegionsDocument, { first: 40 });
  return (
    <section class="card map-view" aria-labelledby="regions-map-title">
      <h2 id="regions-map-title">Regions the articles name</h2>
      <Show loaded={regions} what="the regions">
        {(data) => {
          const places = regionPlaces(data.topEntities);
          return (
            <>
              <p class="count">
                {places.length} regions. A circle's area is its number of mentions.
              </p>
              <PlacesMap
                places={places}
                name="regions-map"
                label="World map of the regions articles name"
                width={960}
                height={500}
                fit="world"
                unit="mention"
                hrefOf={(p) => `#/entity/${encodeURIComponent(p.id)}`}
              />
            </>
          );
        }}
      </Show>
    </section>
  );
}
