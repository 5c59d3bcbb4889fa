import type { APIRequestContext, Page } from 'playwright-core';
import type { PlanContentInput } from '../../src/contract/plans/content';
import type { Plan } from '../../src/contract/plans/plan';

/** A plan shaped like seed plan 000 of Sở GD&ĐT Thanh Hóa, shortened. */
export const awarenessPlan: PlanContentInput = {
  title:
    'Tuyên truyền, nâng cao nhận thức, phổ biến kiến thức và đào tạo, bồi dưỡng nguồn nhân lực an toàn thông tin giai đoạn 2021 - 2025',
  place: 'Hà Nội',
  periodStartYear: 2021,
  periodEndYear: 2025,
  authorityLine: 'UBND THÀNH PHỐ HÀ NỘI',
  legalBases: [
    {
      text: 'Thực hiện Quyết định số 1039/KH-UBND ngày 29/3/2021 của Chủ tịch UBND thành phố về việc ban hành Kế hoạch tuyên truyền, nâng cao nhận thức và đào tạo nguồn nhân lực an toàn thông tin giai đoạn 2021 - 2025',
    },
  ],
  sections: [
    {
      kind: 'purposes',
      heading: 'I. MỤC ĐÍCH, YÊU CẦU',
      html: '<h3>1. Mục đích</h3><ul><li>Tuyên truyền, phổ biến kiến thức, nâng cao nhận thức về an toàn thông tin (ATTT) cho cán bộ, công chức, viên chức, người lao động trong các cơ sở giáo dục.</li><li>Học sinh được trang bị kiến thức, kỹ năng cơ bản để khai thác an toàn, hiệu quả, lành mạnh không gian mạng.</li></ul><h3>2. Yêu cầu</h3><p>Đổi mới hình thức tuyên truyền, kết hợp giữa hình thức truyền thống với hình thức <strong>trực tuyến</strong>.</p>',
    },
  ],
  objectives: [
    {
      kind: 'general',
      text: 'Nâng cao nhận thức và kỹ năng bảo đảm an toàn thông tin cho đội ngũ và học sinh toàn ngành.',
      indicators: [],
    },
    {
      kind: 'specific',
      text: '100% các cơ sở giáo dục xây dựng và triển khai kế hoạch tuyên truyền, phổ biến về kỹ năng bảo đảm ATTT.',
      indicators: [
        {
          name: 'Cơ sở giáo dục có kế hoạch tuyên truyền ATTT',
          measure: 'percent_of_units',
          computation: 'Số cơ sở có kế hoạch / tổng số cơ sở giáo dục',
          targets: [
            { year: 2021, value: 85 },
            { year: 2022, value: 90 },
            { year: 2023, value: 95 },
            { year: 2025, value: 100 },
          ],
        },
        {
          name: 'Kinh phí tập huấn hằng năm',
          measure: 'money',
          targets: [{ year: 2022, value: 150_000_000 }],
        },
      ],
    },
  ],
  tasks: [
    {
      numbering: 'III.1',
      content: 'Tuyên truyền, phổ biến kỹ năng bảo đảm ATTT trên Cổng thông tin điện tử của Sở',
      lead: { name: 'Văn phòng Sở' },
      cooperating: [{ name: 'Phòng Giáo dục Trung học' }],
      timing: { kind: 'yearly' },
    },
    {
      numbering: 'III.2',
      content: 'Tập huấn kỹ năng ATTT cho cán bộ quản lý các cơ sở giáo dục',
      lead: { name: 'Phòng Tổ chức cán bộ' },
      cooperating: [{ name: 'Công an thành phố' }],
      timing: { kind: 'dates', startOn: '2022-03-01', endOn: '2022-06-30' },
    },
  ],
  recipients: [{ text: 'UBND thành phố (để báo cáo)' }, { text: 'Các cơ sở giáo dục trực thuộc' }],
  archiveNote: 'VT, VP',
  signer: {
    authorityLines: [{ prefix: 'KT.', text: 'GIÁM ĐỐC' }],
    title: 'PHÓ GIÁM ĐỐC',
    name: 'Trần Văn Minh',
  },
};

/** Calls the API as the signed-in user of `request`, with the session's CSRF token. */
export async function post<T>(request: APIRequestContext, url: string, data?: unknown): Promise<T> {
  const me = await (await request.get('/api/me')).json();
  const response = await request.post(url, { data, headers: { 'x-csrf-token': me.csrfToken } });
  if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

/** Drafts, submits and issues a plan through the API as the signed-in user of `request` (who must issue there). */
export async function issuePlan(
  request: APIRequestContext,
  issuerId: string,
  content: PlanContentInput = awarenessPlan,
): Promise<Plan> {
  const draft = await post<Plan>(request, '/api/plans', { issuerId, ...content });
  await post(request, `/api/plans/${draft.id}/submit-for-review`);
  return post<Plan>(request, `/api/plans/${draft.id}/issue`, {});
}

/** A new draft plan of Sở GD&ĐT Hà Nội, made through the API as the signed-in user of `request`. */
export async function draftHanoiPlan(
  request: APIRequestContext,
  heading: { title: string; periodStartYear: number; periodEndYear: number; schoolYear?: boolean },
): Promise<{ id: string }> {
  return post<{ id: string }>(request, '/api/plans', {
    issuerId: await hanoiDepartmentId(request),
    ...heading,
  });
}

/** Opens the editor of a new draft plan of Sở GD&ĐT Hà Nội (see `draftHanoiPlan`). */
export async function editNewHanoiPlan(
  page: Page,
  heading: Parameters<typeof draftHanoiPlan>[1],
): Promise<{ id: string }> {
  const draft = await draftHanoiPlan(page.request, heading);
  await page.goto(`/ke-hoach/${draft.id}/sua`);
  await page.getByRole('heading', { level: 1, name: 'Soạn kế hoạch' }).waitFor();
  return draft;
}

/** The id of Sở GD&ĐT Hà Nội, whose subtree holds the demo commune Hoàng Mai and its school. */
export async function hanoiDepartmentId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/org-units?kind=department&q=ha%20noi');
  const { items } = await response.json();
  return items[0].id;
}
