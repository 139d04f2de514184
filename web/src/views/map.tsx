import type { FeatureCollection, Geometry } from 'geojson';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { type MeetingDetailFragment, MeetingPlacesDocument } from '../generated/operations';
import { useOperation } from '../hooks';
import { MeetingList } from '../meetings';
import { Show } from '../ui';

// Natural Earth's 1:110m countries, packaged with world-atlas and bundled: no tile server.
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const WIDTH = 960;
const HEIGHT = 500;

interface Place {
  id: string;
  name: string;
  longitude: number;
  latitude: number;
  meetings: MeetingDetailFragment[];
}

function placesOf(meetings: MeetingDetailFragment[]): { places: Place[]; unplaced: number } {
  const byId = new Map<string, Place>();
  let unplaced = 0;
  for (const meeting of meetings) {
    const city = meeting.place;
    if (!city || city.latitude === null || city.longitude === null) {
      unplaced += 1;
      continue;
    }
    const place = byId.get(city.id) ?? {
      id: city.id,
      name: city.name,
      latitude: city.latitude,
      longitude: city.longitude,
      meetings: [],
    };
    place.meetings.push(meeting);
    byId.set(city.id, place);
  }
  return {
    places: [...byId.values()].sort((a, b) => b.meetings.length - a.meetings.length),
    unplaced,
  };
}

export function MapView({ selected }: { selected: string | null }) {
  const meetings = useOperation(MeetingPlacesDocument, { first: 100 });
  const land = useMemo(
    () => feature(topology, topology.objects.countries) as FeatureCollection<Geometry>,
    [],
  );
  const projection = useMemo(
    () => geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' }),
    [],
  );
  const path = geoPath(projection);
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
              <svg
                class="map"
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                aria-label="World map of meeting places"
              >
                <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
                <g class="countries">
                  {land.features.map((f, i) => (
                    <path key={String(f.id ?? i)} d={path(f) ?? ''} />
                  ))}
                </g>
                <g class="places">
                  {places.map((p) => {
                    const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
                    return (
                      <a
                        key={p.id}
                        href={`#/map/${encodeURIComponent(p.id)}`}
                        aria-label={`${p.name}: ${p.meetings.length} meetings`}
                      >
                        <circle
                          class={`place${p.id === selected ? ' selected' : ''}`}
                          cx={x}
                          cy={y}
                          r={4 + 3 * Math.sqrt(p.meetings.length)}
                        />
                        <text x={x + 8} y={y} dy="0.32em">
                          {p.name}
                        </text>
                      </a>
                    );
                  })}
                </g>
              </svg>
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
