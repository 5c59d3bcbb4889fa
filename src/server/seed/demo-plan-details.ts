import type { IndicatorInput, PlanContent, TaskInput } from '../../contract/plans/content.js';

/**
 * What the seed texts say in prose but a plan holds as structure: objectives with their indicators
 * and yearly targets, tasks with lead and cooperating units, reporting rules and the authority line.
 * Every figure is the plan's own; a target stated for the whole period is set on its last year, one
 * stated as "hằng năm" on every year.
 */
export type PlanDetails = Pick<PlanContent, 'authorityLine'> &
  Partial<Pick<PlanContent, 'objectives' | 'tasks' | 'reporting' | 'funding'>>;

const everyYear = (from: number, to: number, value: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => ({ year: from + index, value }));

const percentOfUnits = (
  name: string,
  targets: IndicatorInput['targets'],
  computation: string | null = null,
) => ({
  name,
  measure: 'percent_of_units' as const,
  computation,
  targets,
});

const percentOfPeople = (name: string, targets: IndicatorInput['targets']) => ({
  name,
  measure: 'percent_of_people' as const,
  computation: null,
  targets,
});

const task = (task: Partial<TaskInput> & Pick<TaskInput, 'content' | 'lead'>): TaskInput => ({
  numbering: null,
  cooperating: [],
  timing: null,
  expectedOutput: null,
  ...task,
});

/** 000: Sở GD&ĐT Thanh Hóa, ATTT awareness and training 2021–2025. */
export const thanhHoaAttt: PlanDetails = {
  authorityLine: 'UBND TỈNH THANH HÓA',
  objectives: [
    {
      kind: 'specific',
      text: 'Tuyên truyền, phổ biến, nâng cao nhận thức và kỹ năng bảo đảm ATTT',
      indicators: [
        percentOfUnits(
          'Cơ sở giáo dục xây dựng và triển khai kế hoạch tuyên truyền, phổ biến kỹ năng bảo đảm ATTT',
          [{ year: 2025, value: 100 }],
          'Cơ sở giáo dục đã ban hành kế hoạch / tổng số cơ sở giáo dục',
        ),
        percentOfUnits(
          'Trường THCS, THPT có chương trình tuyên truyền về nguy cơ và kỹ năng tương tác an toàn trên không gian mạng',
          everyYear(2021, 2025, 80),
        ),
        percentOfUnits(
          'Trường THCS, THPT có chương trình hướng dẫn đọc tin, tư duy phản biện trước thông tin sai lệch',
          everyYear(2021, 2025, 50),
        ),
        percentOfPeople('Người sử dụng được tuyên truyền về nguy cơ mất ATTT và kỹ năng cơ bản', [
          { year: 2025, value: 80 },
        ]),
        percentOfPeople('Học sinh được tuyên truyền về nguy cơ mất ATTT và kỹ năng cơ bản', [
          { year: 2025, value: 100 },
        ]),
        percentOfPeople('Người đứng đầu cơ sở giáo dục được tuyên truyền về trách nhiệm bảo đảm ATTT', [
          { year: 2025, value: 100 },
        ]),
      ],
    },
    {
      kind: 'specific',
      text: 'Bồi dưỡng hoặc cử đi đào tạo ngắn hạn về kiến thức, kỹ năng, kỹ thuật ATTT cho cán bộ kỹ thuật chuyên trách hoặc kiêm nhiệm về ATTT của các cơ sở giáo dục',
      indicators: [],
    },
  ],
  tasks: [
    task({
      numbering: 'VI.1',
      content:
        'Chủ trì tuyên truyền, phổ biến nâng cao nhận thức và kỹ năng cơ bản bảo đảm ATTT trên không gian mạng tại các cơ sở giáo dục; hướng dẫn các cơ sở giáo dục tổ chức tuyên truyền',
      lead: { name: 'Văn phòng Sở' },
      timing: { kind: 'ongoing' },
    }),
    task({
      numbering: 'VI.1',
      content: 'Đôn đốc, giám sát việc thực hiện các nhiệm vụ của Kế hoạch; báo cáo kết quả thực hiện',
      lead: { name: 'Văn phòng Sở' },
      timing: { kind: 'yearly' },
      expectedOutput: 'Báo cáo kết quả thực hiện Kế hoạch gửi Giám đốc Sở, Văn phòng UBND tỉnh',
    }),
    task({
      numbering: 'VI.1',
      content:
        'Đào tạo, bồi dưỡng, tập huấn cho cán bộ, công chức, viên chức về bảo đảm ATTT trên không gian mạng',
      lead: { name: 'Văn phòng Sở' },
      timing: { kind: 'yearly' },
    }),
    task({
      numbering: 'VI.2',
      content:
        'Tham mưu bảo đảm kinh phí tập huấn, bồi dưỡng, tuyên truyền, phổ biến kiến thức ATTT tại cơ quan Sở',
      lead: { name: 'Phòng Kế hoạch - Tài chính' },
      cooperating: [{ name: 'Văn phòng Sở' }],
      timing: { kind: 'yearly' },
    }),
    task({
      numbering: 'VI.3',
      content:
        'Xây dựng kế hoạch triển khai tới các cơ sở giáo dục trên địa bàn; tập huấn, bồi dưỡng, tuyên truyền kiến thức, kỹ năng ATTT cho cán bộ, giáo viên, nhân viên; quản lý học sinh trên môi trường mạng',
      lead: { name: 'Phòng GD&ĐT các huyện, thị xã, thành phố' },
      cooperating: [{ name: 'Sở Thông tin và Truyền thông' }],
      timing: { kind: 'yearly' },
      expectedOutput: 'Kế hoạch triển khai của đơn vị',
    }),
  ],
  reporting: [
    {
      what: 'Kết quả thực hiện Kế hoạch',
      to: 'Giám đốc Sở, Văn phòng UBND tỉnh',
      deadline: 'định kỳ hằng năm',
      channel: null,
    },
    {
      what: 'Kết quả triển khai tại các huyện, thị xã, thành phố',
      to: 'Sở GD&ĐT và UBND huyện, thị xã, thành phố',
      deadline: 'theo quy định và khi có yêu cầu đột xuất',
      channel: null,
    },
  ],
  funding: [
    {
      source:
        'Dự toán chi ngân sách nhà nước theo phân cấp; lồng ghép chương trình, đề án; đóng góp, tài trợ hợp pháp',
      year: null,
      amount: null,
      note: null,
    },
  ],
};

/** 001: Phòng GD&ĐT quận Hoàng Mai (for UBND quận), online culture 2021–2025. */
export const hoangMaiVanHoa: PlanDetails = {
  authorityLine: 'ỦY BAN NHÂN DÂN QUẬN HOÀNG MAI',
  tasks: [
    task({
      numbering: 'III.1',
      content:
        'Chủ trì, phối hợp các đơn vị liên quan triển khai thực hiện Kế hoạch; sơ kết, tổng kết hằng năm',
      lead: { name: 'Phòng Giáo dục và Đào tạo' },
      timing: { kind: 'yearly' },
    }),
    task({
      numbering: 'III.2',
      content: 'Tuyên truyền, phổ biến trong toàn ngành kỹ năng tham gia môi trường mạng an toàn, lành mạnh',
      lead: { name: 'Phòng Văn hóa - Thông tin' },
      cooperating: [{ name: 'Phòng Giáo dục và Đào tạo' }],
      timing: { kind: 'ongoing' },
    }),
    task({
      numbering: 'III.3',
      content:
        'Đề xuất khen thưởng tập thể, cá nhân điển hình trong xây dựng văn hóa ứng xử trên không gian mạng',
      lead: { name: 'Phòng Nội vụ' },
      cooperating: [{ name: 'Phòng Giáo dục và Đào tạo' }],
      timing: { kind: 'yearly' },
    }),
    task({
      numbering: 'III.4',
      content:
        'Lập Kế hoạch xây dựng văn hóa ứng xử trên không gian mạng của đơn vị giai đoạn 2021 - 2025; tuyên truyền, tập huấn cho học sinh, cha mẹ học sinh',
      lead: { name: 'Các cơ sở giáo dục thuộc Quận' },
      timing: { kind: 'phrase', text: 'giai đoạn 2021 - 2025' },
      expectedOutput: 'Kế hoạch của cơ sở giáo dục',
    }),
  ],
};

/** 004: Sở GD&ĐT Quảng Ngãi, 316/KH-SGDĐT, IT, digital transformation and ATTT 2021–2025. */
export const quangNgai316: PlanDetails = {
  authorityLine: 'UBND TỈNH QUẢNG NGÃI',
  objectives: [
    {
      kind: 'general',
      text: 'Hoàn thiện cơ sở dữ liệu ngành Giáo dục; triển khai đồng bộ các phần mềm quản lý trong các cơ sở giáo dục, kết nối liên thông với cơ sở dữ liệu ngành; tạo tiền đề xây dựng chính quyền điện tử, chuyển đổi số trong giáo dục và đào tạo',
      indicators: [],
    },
    {
      kind: 'specific',
      text: 'Bảo đảm an toàn thông tin cho 100% các máy tính nối mạng của cơ quan Sở và toàn ngành',
      indicators: [
        percentOfUnits(
          'Máy tính nối mạng của cơ quan Sở và toàn ngành được bảo đảm ATTT',
          [{ year: 2025, value: 100 }],
          'Máy tính được bảo đảm ATTT / tổng số máy tính nối mạng',
        ),
      ],
    },
    {
      kind: 'specific',
      text: 'Sử dụng phần mềm quản lý văn bản và hồ sơ công việc; dịch vụ công trực tuyến mức độ 3, 4',
      indicators: [
        percentOfPeople('Cán bộ cơ quan Sở sử dụng phần mềm quản lý hồ sơ công việc', [
          { year: 2025, value: 100 },
        ]),
      ],
    },
    {
      kind: 'specific',
      text: 'Chuyển đổi số trong lĩnh vực giáo dục: dạy và học từ xa từ bậc THCS trở lên',
      indicators: [
        percentOfUnits('Cơ sở giáo dục từ THCS trở lên triển khai dạy và học từ xa', [
          { year: 2025, value: 100 },
        ]),
        {
          name: 'Đào tạo nhân sự phụ trách ATTT về quản lý, kỹ thuật (lần/năm)',
          measure: 'count',
          computation: null,
          targets: everyYear(2021, 2025, 1),
        },
      ],
    },
  ],
  tasks: [
    task({
      numbering: 'VI.1',
      content:
        'Đôn đốc, tham mưu chỉ đạo thực hiện kế hoạch CNTT trong hành chính giai đoạn 2021-2025 trong cơ quan Sở và toàn ngành',
      lead: { name: 'Văn phòng Sở' },
      timing: { kind: 'ongoing' },
    }),
    task({
      numbering: 'VI.1',
      content: 'Xây dựng kế hoạch, theo dõi công tác ứng dụng CNTT trong dạy và học',
      lead: { name: 'Phòng Giáo dục Trung học' },
      timing: { kind: 'yearly' },
    }),
    task({
      numbering: 'VI.2',
      content:
        'Xây dựng kế hoạch chi tiết triển khai, phân công trách nhiệm, tiến độ; đánh giá, tổng kết nhiệm vụ ứng dụng CNTT hằng năm',
      lead: { name: 'Phòng GD&ĐT huyện, thị xã, thành phố; các đơn vị trực thuộc Sở' },
      timing: { kind: 'yearly' },
      expectedOutput: 'Kế hoạch chi tiết và báo cáo tổng kết gửi Sở GDĐT trước ngày 30/5',
    }),
  ],
  reporting: [
    {
      what: 'Đánh giá, tổng kết triển khai nhiệm vụ ứng dụng CNTT hằng năm',
      to: 'Sở GDĐT (qua Văn phòng Sở)',
      deadline: 'trước ngày 30/5 hằng năm',
      channel: null,
    },
  ],
};
