import type { PlanContentInput } from '../../../contract/plans/content.js';

/** A small valid plan for a Sở, to be varied by each test. */
export function planDraft(overrides: Partial<PlanContentInput> = {}): PlanContentInput {
  return {
    title: 'Tuyên truyền, nâng cao nhận thức về an toàn thông tin giai đoạn 2021 - 2025',
    periodStartYear: 2021,
    periodEndYear: 2025,
    legalBases: [
      { text: 'Thực hiện Quyết định số 1039/KH-UBND ngày 29/3/2021 của Chủ tịch UBND tỉnh Thanh Hóa' },
    ],
    sections: [
      { kind: 'purposes', heading: 'I. MỤC ĐÍCH, YÊU CẦU', html: '<p>Nâng cao nhận thức về ATTT.</p>' },
    ],
    objectives: [
      {
        kind: 'specific',
        text: '100% các cơ sở giáo dục xây dựng và triển khai kế hoạch tuyên truyền',
        indicators: [
          {
            name: 'Cơ sở giáo dục có kế hoạch tuyên truyền ATTT',
            measure: 'percent_of_units',
            targets: [
              { year: 2021, value: 85 },
              { year: 2025, value: 100 },
            ],
          },
        ],
      },
    ],
    tasks: [
      {
        numbering: 'VI.1',
        content: 'Chủ trì tuyên truyền, phổ biến kỹ năng bảo đảm ATTT',
        lead: { name: 'Văn phòng Sở' },
        timing: { kind: 'yearly' },
      },
    ],
    ...overrides,
  };
}

interface Client {
  post(url: string, body?: unknown): Promise<{ statusCode: number; body: string; json<T>(): T }>;
}

/** Plans of a unit in each status, made through the API by someone who may issue there (e.g. the administrator). */
export async function plansInEachStatus(client: Client, issuerId: string) {
  const create = async (steps: ('submit' | 'issue')[]) => {
    const created = await client.post('/api/plans', { issuerId, ...planDraft() });
    if (created.statusCode !== 201) throw new Error(`plan fixture: ${created.body}`);
    const { id } = created.json<{ id: string }>();
    for (const step of steps) {
      const url = step === 'submit' ? `/api/plans/${id}/submit-for-review` : `/api/plans/${id}/issue`;
      const response = await client.post(url, step === 'issue' ? {} : undefined);
      if (response.statusCode !== 200) throw new Error(`plan fixture ${step}: ${response.body}`);
    }
    return id;
  };
  return {
    draft: await create([]),
    inReview: await create(['submit']),
    issued: await create(['submit', 'issue']),
    issuedToClose: await create(['submit', 'issue']),
    issuedToCascade: await create(['submit', 'issue']),
  };
}
