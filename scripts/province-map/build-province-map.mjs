// Turns the province boundaries in ./data (about 8 MB of GeoJSON) into the small map the web app draws:
// projected to a 1000-unit-wide SVG viewBox, each ring simplified (Douglas–Peucker) and written as a
// path with integer, relative coordinates. Output: src/web/public/province-map.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDirectory = fileURLToPath(new URL('./data', import.meta.url));
const outputFile = join(root, 'src/web/public/province-map.json');

const WIDTH = 1000;
/** Points closer than this (in viewBox units, about 2 km) to the simplified line are dropped. */
const TOLERANCE = 0.6;
/** Islands smaller than a unit would vanish; they are drawn as a dot of this size instead. */
const DOT = 1.5;
// Viet Nam lies around 16°N: shrinking longitudes by cos(16°) keeps shapes close to true proportions.
const LONGITUDE_SCALE = Math.cos((16 * Math.PI) / 180);

function squaredSegmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

function douglasPeucker(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    let farthest = -1;
    let farthestDistance = limit;
    for (let index = first + 1; index < last; index += 1) {
      const distance = squaredSegmentDistance(points[index], points[first], points[last]);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index]);
}

const features = readdirSync(dataDirectory)
  .filter((name) => name.endsWith('.geojson'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(dataDirectory, name), 'utf8')).features[0]);

const polygonsOf = (geometry) =>
  geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
const rings = features.flatMap((feature) => polygonsOf(feature.geometry).flat());
const longitudes = rings.flat().map(([longitude]) => longitude);
const latitudes = rings.flat().map(([, latitude]) => latitude);
const [west, east] = [Math.min(...longitudes), Math.max(...longitudes)];
const [south, north] = [Math.min(...latitudes), Math.max(...latitudes)];
const scale = WIDTH / ((east - west) * LONGITUDE_SCALE);
const height = Math.ceil((north - south) * scale);
const project = ([longitude, latitude]) => [
  (longitude - west) * LONGITUDE_SCALE * scale,
  (north - latitude) * scale,
];

/** One ring as SVG path data: an absolute move, then integer steps relative to the previous point. */
function ringPath(ring) {
  const projected = ring.map(project);
  let points = douglasPeucker(projected, TOLERANCE).map(([x, y]) => [Math.round(x), Math.round(y)]);
  points = points.filter(
    ([x, y], index) => index === 0 || x !== points[index - 1][0] || y !== points[index - 1][1],
  );
  if (points.length < 4) {
    const [x, y] = projected[0].map(Math.round);
    return `M${x} ${y}h${DOT}v${DOT}h-${DOT}z`;
  }
  const [[x0, y0], ...rest] = points.slice(0, -1);
  let path = `M${x0} ${y0}l`;
  let [px, py] = [x0, y0];
  for (const [x, y] of rest) {
    const dx = x - px;
    const dy = y - py;
    path += `${dx}${dy < 0 ? '' : ' '}${dy} `.replace(/ (?=-)/g, '');
    [px, py] = [x, y];
  }
  return `${path.trimEnd()}z`;
}

/** "Thanh Hoá" → "Thanh Hóa": the tone-mark placement the app uses everywhere (src/server/seed/tone-marks.ts). */
const officialToneMarks = (text) =>
  text
    .normalize('NFD')
    .replace(/(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu, '$1$3$2')
    .normalize('NFC');

const provinces = features.map((feature) => ({
  code: feature.properties.code,
  name: officialToneMarks(feature.properties.name),
  path: polygonsOf(feature.geometry)
    .flatMap((polygon) => polygon.map(ringPath))
    .join(''),
}));

// Where the names of the two archipelagos are written on the map.
const archipelagos = {
  hoangSa: project([111.2, 17.3]).map(Math.round),
  truongSa: project([113.2, 11.3]).map(Math.round),
};

mkdirSync(join(root, 'src/web/public'), { recursive: true });
const json = JSON.stringify({ width: WIDTH, height, archipelagos, provinces });
writeFileSync(outputFile, json);
process.stdout.write(`Province map: ${provinces.length} provinces, ${(json.length / 1024).toFixed(0)} KB\n`);
