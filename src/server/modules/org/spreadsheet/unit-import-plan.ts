import type { ImportRejection } from '../../../../contract/spreadsheet.js';
import { rejection } from '../../../core/spreadsheet/rejection.js';
import type { UnitCandidate } from './unit-rows.js';
import type { ExistingUnit } from './unit-sheet-repository.js';

export interface PlannedUnit extends UnitCandidate {
  provinceCode: string | null;
}

export interface UnitImportPlan {
  created: PlannedUnit[];
  changed: PlannedUnit[];
  unchanged: PlannedUnit[];
  rejected: ImportRejection[];
}

interface PlanInput {
  candidates: UnitCandidate[];
  /** The units the file's codes and parent codes name, with all their ancestors. */
  existing: ExistingUnit[];
  /** Path prefixes of the subtrees the caller may change; null for the whole tree. */
  scope: string[] | null;
}

const PARENT_COLUMN = 'Mã đơn vị cấp trên';
const CODE_COLUMN = 'Mã đơn vị';

const parentIdOf = (path: string): number | null => {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids.length > 1 ? (ids.at(-2) ?? null) : null;
};

function differs(unit: UnitCandidate, existing: ExistingUnit, existingParentCode: string | null): boolean {
  return (
    unit.name !== existing.name ||
    unit.shortName !== existing.short_name ||
    unit.kind !== existing.kind ||
    unit.schoolLevel !== existing.school_level ||
    unit.ownership !== existing.ownership ||
    unit.parentCode !== existingParentCode ||
    unit.address !== existing.address ||
    unit.phone !== existing.phone ||
    unit.email !== existing.email
  );
}

/**
 * Decides what each readable row of a unit file would do to the tree: create a unit, change one,
 * leave one as it is, or be rejected with its reason. Parents may be other rows of the file (before
 * or after) or units already in the tree; the tree the file would leave must have no cycle, and every
 * unit it touches must lie within the caller's subtrees, under a parent that is still open.
 */
export function planUnitImport({ candidates, existing, scope }: PlanInput): UnitImportPlan {
  const rejected: ImportRejection[] = [];
  const byCode = new Map(existing.map((unit) => [unit.code, unit]));
  const codeById = new Map(existing.map((unit) => [unit.id, unit.code]));
  const existingParentCode = (unit: ExistingUnit) => {
    const parentId = parentIdOf(unit.path);
    return parentId === null ? null : (codeById.get(parentId) ?? null);
  };
  const inScope = (path: string) => scope === null || scope.some((prefix) => path.startsWith(prefix));

  const inFile = new Map<string, UnitCandidate>();
  for (const unit of candidates) {
    const first = inFile.get(unit.code);
    if (first) {
      rejected.push(
        rejection(
          unit.row,
          CODE_COLUMN,
          'duplicate_in_file',
          `mã đơn vị '${unit.code}' trùng với dòng ${first.row}`,
        ),
      );
    } else inFile.set(unit.code, unit);
  }

  /** Each row's own problem, independent of whether its parent row is accepted. */
  const own = new Map<string, ImportRejection>();
  for (const unit of inFile.values()) {
    const current = byCode.get(unit.code);
    const parentRow = inFile.get(unit.parentCode);
    const parent = byCode.get(unit.parentCode);
    const problem =
      current && current.valid_to !== null
        ? rejection(
            unit.row,
            CODE_COLUMN,
            'unit_closed',
            `đơn vị '${unit.code}' đã giải thể, không cập nhật được`,
          )
        : current && !inScope(current.path)
          ? rejection(
              unit.row,
              CODE_COLUMN,
              'outside_scope',
              `mã đơn vị '${unit.code}' thuộc một đơn vị ngoài phạm vi bạn quản lý`,
            )
          : unit.parentCode === unit.code
            ? rejection(unit.row, PARENT_COLUMN, 'cycle', `đơn vị không thể là cấp trên của chính nó`)
            : parentRow
              ? null
              : !parent
                ? rejection(
                    unit.row,
                    PARENT_COLUMN,
                    'parent_not_found',
                    `mã đơn vị cấp trên '${unit.parentCode}' không tồn tại`,
                  )
                : parent.valid_to !== null
                  ? rejection(
                      unit.row,
                      PARENT_COLUMN,
                      'parent_closed',
                      `đơn vị cấp trên '${unit.parentCode}' đã giải thể`,
                    )
                  : !inScope(parent.path)
                    ? rejection(
                        unit.row,
                        PARENT_COLUMN,
                        'outside_scope',
                        `đơn vị cấp trên '${unit.parentCode}' không thuộc phạm vi bạn quản lý`,
                      )
                    : null;
    if (problem) own.set(unit.code, problem);
  }

  // The parent each code would have after the import: the file's word where it has one, the tree's otherwise.
  const parentAfter = (code: string): string | null => {
    const row = inFile.get(code);
    if (row) return row.parentCode;
    const unit = byCode.get(code);
    return unit ? existingParentCode(unit) : null;
  };
  for (const unit of inFile.values()) {
    if (own.has(unit.code)) continue;
    const seen = new Set([unit.code]);
    for (let code = parentAfter(unit.code); code !== null; code = parentAfter(code)) {
      if (code === unit.code) {
        own.set(
          unit.code,
          rejection(
            unit.row,
            PARENT_COLUMN,
            'cycle',
            `đặt đơn vị '${unit.code}' dưới '${unit.parentCode}' tạo thành vòng lặp: '${unit.parentCode}' nằm dưới chính đơn vị '${unit.code}'`,
          ),
        );
        break;
      }
      if (seen.has(code)) break;
      seen.add(code);
    }
  }

  // A row under a rejected row of the file cannot go in either.
  const settled = new Map<string, ImportRejection | null>();
  const problemOf = (unit: UnitCandidate): ImportRejection | null => {
    const known = settled.get(unit.code);
    if (known !== undefined) return known;
    settled.set(unit.code, own.get(unit.code) ?? null);
    const parentRow = inFile.get(unit.parentCode);
    const problem =
      own.get(unit.code) ??
      (parentRow && problemOf(parentRow)
        ? rejection(
            unit.row,
            PARENT_COLUMN,
            'parent_rejected',
            `đơn vị cấp trên '${unit.parentCode}' ở dòng ${parentRow.row} bị từ chối`,
          )
        : null);
    settled.set(unit.code, problem);
    return problem;
  };

  const provinces = new Map<string, string | null>();
  const provinceOf = (code: string): string | null => {
    const known = provinces.get(code);
    if (known !== undefined) return known;
    provinces.set(code, null);
    const row = inFile.get(code);
    const province = row ? provinceOf(row.parentCode) : (byCode.get(code)?.province_code ?? null);
    provinces.set(code, province);
    return province;
  };

  const plan: UnitImportPlan = { created: [], changed: [], unchanged: [], rejected };
  for (const unit of inFile.values()) {
    const problem = problemOf(unit);
    if (problem) {
      rejected.push(problem);
      continue;
    }
    const planned = { ...unit, provinceCode: provinceOf(unit.parentCode) };
    const current = byCode.get(unit.code);
    if (!current) plan.created.push(planned);
    else if (differs(unit, current, existingParentCode(current))) plan.changed.push(planned);
    else plan.unchanged.push(planned);
  }
  rejected.sort((a, b) => a.row - b.row);
  return plan;
}
