import { type Insertable, type Kysely, sql } from 'kysely';
import type { SchoolLevel } from '../../src/contract/org.js';
import type { Database, OrgUnitTable } from '../../src/server/core/db/schema.js';
import { foldForSearch } from '../../src/server/modules/org/search-text.js';
import { between, pickWeighted, seededRandom } from './prng.js';
import type { ScaleShape } from './scale.js';

const SEED = 20_261_126;
const OPENED_ON = '2025-07-01';

/** The sector's mix of school levels: kindergartens and primary schools are most of it. */
const LEVELS: readonly (readonly [SchoolLevel, number])[] = [
  ['mam_non', 38],
  ['tieu_hoc', 27],
  ['thcs', 20],
  ['thpt', 6],
  ['lien_cap', 4],
  ['gdtx', 5],
];
const LEVEL_NAMES: Record<SchoolLevel, string> = {
  mam_non: 'Trường Mầm non',
  tieu_hoc: 'Trường Tiểu học',
  thcs: 'Trường THCS',
  thpt: 'Trường THPT',
  lien_cap: 'Trường Tiểu học và THCS',
  gdtx: 'Trung tâm GDNN - GDTX',
};
/** Upper secondary schools and continuing-education centres answer to the Sở, the rest to the commune. */
const UNDER_DEPARTMENT: readonly SchoolLevel[] = ['thpt', 'gdtx'];
const MIN_PER_PROVINCE = 300;
const CHUNK = 500;

interface Place {
  id: number;
  name: string;
  province_code: string;
}

const placeName = (communeName: string) => communeName.replace(/^(Phường|Xã|Đặc khu)\s+/, '');

/** Each province's share of the national count, by its number of communes, within the sector's range. */
function schoolsPerProvince(communes: Place[], shape: ScaleShape): Map<string, number> {
  const communeCounts = new Map<string, number>();
  for (const commune of communes) {
    communeCounts.set(commune.province_code, (communeCounts.get(commune.province_code) ?? 0) + 1);
  }
  const share = new Map<string, number>();
  for (const [province, count] of communeCounts) {
    const proportional = Math.round((shape.nationalSchools * count) / communes.length);
    share.set(province, Math.min(shape.schoolsPerProvinceCap, Math.max(MIN_PER_PROVINCE, proportional)));
  }
  return share;
}

/** Inserts the generated schools of the scale's provinces and fills their paths; answers how many. */
export async function generateSchools(db: Kysely<Database>, shape: ScaleShape): Promise<number> {
  const departments = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'province_code'])
    .where('kind', '=', 'department')
    .orderBy('province_code')
    .execute();
  const communes = await db
    .selectFrom('org_units')
    .select(['id', 'name', 'province_code'])
    .where('kind', '=', 'commune')
    .orderBy('code')
    .execute();
  const perProvince = schoolsPerProvince(communes as Place[], shape);
  const random = seededRandom(SEED);
  const now = new Date().toISOString();
  const rows: Insertable<OrgUnitTable>[] = [];
  for (const department of departments as Place[]) {
    const provinceCommunes = (communes as Place[]).filter(
      (commune) => commune.province_code === department.province_code,
    );
    // Every province draws its schools, so a province's share is the same at every scale.
    const count = perProvince.get(department.province_code) ?? 0;
    const drawn = Array.from({ length: count }, (_, index) => {
      const level = pickWeighted(random, LEVELS);
      const commune = provinceCommunes[between(random, 0, provinceCommunes.length - 1)] as Place;
      const isPrivate = random() < (level === 'mam_non' ? 0.25 : 0.05);
      return { index, level, commune, isPrivate };
    });
    if (shape.provinceCodes !== null && !shape.provinceCodes.includes(department.province_code)) continue;
    for (const school of drawn) {
      const code = `B${department.province_code}-${String(school.index + 1).padStart(5, '0')}`;
      const name = `${LEVEL_NAMES[school.level]}${school.isPrivate ? ' tư thục' : ''} ${placeName(
        school.commune.name,
      )} số ${school.index + 1}`;
      const shortName = name.replace(/^Trường /, '');
      rows.push({
        public_id: `5${String(rows.length + 1).padStart(25, '0')}`,
        code,
        name,
        short_name: shortName,
        kind: 'school',
        school_level: school.level,
        ownership: school.isPrivate ? 'private' : 'public',
        parent_id: UNDER_DEPARTMENT.includes(school.level) ? department.id : school.commune.id,
        path: '',
        depth: 0,
        search_text: foldForSearch(`${name} ${shortName} ${code}`),
        valid_from: OPENED_ON,
        province_code: department.province_code,
        created_at: now,
        updated_at: now,
      });
    }
  }
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto('org_units')
      .values(rows.slice(start, start + CHUNK))
      .execute();
  }
  await sql`update org_units set
      path = (select parent.path from org_units parent where parent.id = org_units.parent_id) || id || '/',
      depth = (select parent.depth from org_units parent where parent.id = org_units.parent_id) + 1
    where path = ''`.execute(db);
  return rows.length;
}
