import type { FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { type GeoProjection, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

// Natural Earth's 1:110m countries, packaged with world-atlas and bundled: no tile server.
const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
let land: FeatureCollection<Geometry> | undefined;
const countries = () => {
  land ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  return land;
};

interface Located {
  place: { id: string; name: string; latitude: number | null; longitude: number | null } | null;
}

export interface Place<M> {
  id: string;
  name: string;
  longitude: number;
  latitude: number;
  meetings: M[];
}

/** Meetings grouped by their city, most meetings first; those without coordinates counted apart. */
export function placesOf<M extends Located>(
  meetings: M[],
): { places: Place<M>[]; unplaced: number } {
  const byId = new Map<string, Place<M>>();
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

// Around the places, at least this many degrees each way, so a single city still shows its region.
const MIN_SPAN = 24;

function regionOf(places: Place<unknown>[]): MultiPoint | null {
  if (places.length === 0) return null;
  const lons = places.map((p) => p.longitude);
  const lats = places.map((p) => p.latitude);
  const pad = (low: number, high: number, limit: number) => {
    const grow = Math.max((MIN_SPAN - (high - low)) / 2, (high - low) * 0.3);
    return [Math.max(-limit, low - grow), Math.min(limit, high + grow)] as const;
  };
  const [west, east] = pad(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = pad(Math.min(...lats), Math.max(...lats), 85);
  return {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [west, north],
      [east, south],
      [east, north],
    ],
  };
}

/**
 * Meeting places as circles (area by number of meetings) over the country outlines, each a link.
 * `fit: 'world'` shows the whole sphere; `fit: 'places'` zooms to the region around the places.
 * `unit` names what a place's count counts ("meeting", or "mention" for the regions' map).
 */
export function PlacesMap<M>({
  places,
  name,
  label,
  width,
  height,
  fit,
  selected = null,
  hrefOf,
  unit = 'meeting',
}: {
  places: Place<M>[];
  name: string;
  label: string;
  width: number;
  height: number;
  fit: 'world' | 'places';
  selected?: string | null;
  hrefOf: (place: Place<M>) => string;
  unit?: string;
}) {
  const region = fit === 'places' ? regionOf(places) : null;
  const key = JSON.stringify(region);
  const projection: GeoProjection = useMemo(() => {
    const p = geoNaturalEarth1();
    return region
      ? p.fitSize([width, height], region)
      : p.fitSize([width, height], { type: 'Sphere' });
  }, [key, width, height]);
  const path = geoPath(projection);
  const clip = `${name}-clip`;
  return (
    <svg class={`places-map ${name}`} viewBox={`0 0 ${width} ${height}`} aria-label={label}>
      <defs>
        <clipPath id={clip}>
          <rect width={width} height={height} />
        </clipPath>
      </defs>
      <g clip-path={`url(#${clip})`}>
        <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
        <g class="countries">
          {countries().features.map((f, i) => (
            <path key={String(f.id ?? i)} d={path(f) ?? ''} />
          ))}
        </g>
      </g>
      <g class="places">
        {places.map((p) => {
          const [x, y] = projection([p.longitude, p.latitude]) ?? [0, 0];
          const count = p.meetings.length;
          return (
            <a
              key={p.id}
              href={hrefOf(p)}
              aria-label={`${p.name}: ${count} ${unit}${count === 1 ? '' : 's'}`}
            >
              <circle
                class={`place${p.id === selected ? ' selected' : ''}`}
                cx={x}
                cy={y}
                r={4 + 3 * Math.sqrt(count)}
              />
              <text x={x + 8 + 3 * Math.sqrt(count)} y={y} dy="0.32em">
                {p.name}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
