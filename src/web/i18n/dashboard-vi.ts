import type { OutstandingState } from '../../contract/reporting/dashboards';
import { formatNumber } from './format';

/** Messages of the dashboard (tổng quan); kept out of the main catalogue, loaded with its page. */
export const dashboardVi = {
  title: 'Tổng quan báo cáo',
  intro: (unit: string) => `Tình hình báo cáo của ${unit} và các đơn vị trực thuộc.`,
  schoolIntro: (unit: string) => `Các báo cáo ${unit} cần nộp, hạn nộp và các kế hoạch cần ban hành.`,
  round: 'Đợt báo cáo',
  roundOption: (title: string, open: boolean) => `${title}${open ? ' (đang mở)' : ' (đã kết thúc)'}`,
  noRounds: 'Chưa có đợt báo cáo nào mà đơn vị bạn theo dõi.',
  roundLink: 'Xem đợt báo cáo',
  reviewQueue: (count: number) => `${formatNumber(count)} báo cáo đang chờ đơn vị bạn duyệt`,
  reviewQueueLink: 'Xem và duyệt các báo cáo này',
  schoolLevel: 'Cấp học',
  anySchoolLevel: 'Tất cả cấp học',
  notAllowed: 'Vai trò hiện tại của bạn không theo dõi báo cáo. Hãy chuyển sang vai trò khác nếu có.',
  completeness: {
    title: 'Tiến độ nộp báo cáo',
    byCommune: 'Theo xã, phường và các trường do Sở quản lý',
    byProvince: 'Theo tỉnh, thành phố',
    unit: 'Đơn vị',
    expected: 'Phải nộp',
    submitted: 'Đã nộp',
    onTime: 'Đúng hạn',
    late: 'Trễ hạn',
    missing: 'Quá hạn chưa nộp',
    approved: 'Đã duyệt',
    share: 'Tỷ lệ đã nộp',
    total: 'Tổng cộng',
    empty: 'Không có đơn vị nào phải nộp báo cáo trong phạm vi này.',
    summary: (submitted: string, expected: string, share: string, late: string, missing: string) =>
      `Đã nộp ${submitted}/${expected} báo cáo (${share}); ${late} báo cáo nộp trễ hạn, ${missing} báo cáo quá hạn chưa nộp.`,
  },
  map: {
    title: 'Bản đồ tỷ lệ đã nộp',
    valueLabel: 'Tỷ lệ đã nộp (%)',
    provinceNote: 'Bản đồ chỉ có ranh giới cấp tỉnh: tỉnh, thành phố của Sở được tô màu theo tỷ lệ đã nộp.',
  },
  attainment: {
    title: 'Kết quả thực hiện chỉ tiêu',
    chartLabel: 'Biểu đồ giá trị so với chỉ tiêu của từng chỉ số',
    indicator: 'Chỉ số',
    value: 'Giá trị',
    target: 'Chỉ tiêu',
    reported: 'Đơn vị đã nộp',
    meeting: 'Đơn vị đạt chỉ tiêu',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    noValue: 'Chưa có số liệu',
    noTarget: 'Không có chỉ tiêu',
    targetLine: 'Vạch đen: chỉ tiêu',
    showTable: 'Xem số liệu dạng bảng',
    table: 'Bảng giá trị và chỉ tiêu của các chỉ số',
    summary: (met: number, withTarget: number) =>
      withTarget === 0
        ? 'Các chỉ số của đợt này không có chỉ tiêu để so sánh.'
        : `${met}/${withTarget} chỉ số có chỉ tiêu đã đạt chỉ tiêu.`,
    basis: (reported: number, expected: number) =>
      reported === expected
        ? `Tính trên cả ${expected} báo cáo.`
        : `Tính trên ${reported}/${expected} báo cáo đã nộp; kết quả còn thay đổi khi các đơn vị khác nộp.`,
    empty: 'Biểu mẫu của đợt này không có chỉ số định lượng.',
  },
  trend: {
    title: 'Diễn biến qua các năm',
    indicator: 'Chỉ số',
    chartLabel: (indicator: string) => `Biểu đồ giá trị và chỉ tiêu của “${indicator}” qua các năm`,
    year: 'Năm chỉ tiêu',
    round: 'Đợt báo cáo',
    value: 'Giá trị',
    target: 'Chỉ tiêu',
    legendValue: 'Cột: giá trị',
    legendTarget: 'Vạch đen: chỉ tiêu',
    summary: (indicator: string, points: number, first: string, last: string) =>
      points === 0
        ? `“${indicator}” chưa có số liệu: diễn biến sẽ hiện khi các đơn vị nộp báo cáo.`
        : points === 1
          ? `“${indicator}” mới có số liệu của một đợt báo cáo (${last}); diễn biến sẽ hiện khi có đợt tiếp theo.`
          : `“${indicator}” qua ${points} đợt báo cáo: từ ${first} đến ${last}.`,
    empty: 'Chưa có chỉ số nào của kế hoạch để theo dõi qua các năm.',
  },
  outstanding: {
    title: 'Đơn vị chậm nộp, chưa nộp',
    intro: 'Các đơn vị chưa nộp báo cáo (quá hạn trước) và các đơn vị đã nộp trễ hạn.',
    table: 'Bảng các đơn vị chậm nộp, chưa nộp',
    unit: 'Đơn vị',
    state: 'Tình trạng',
    dueOn: 'Hạn nộp',
    contacts: 'Người nhận nhắc nhở',
    states: {
      missing: 'Quá hạn chưa nộp',
      late: 'Nộp trễ hạn',
      pending: 'Chưa nộp, còn hạn',
    } satisfies Record<OutstandingState, string>,
    empty: 'Tất cả đơn vị đã nộp báo cáo đúng hạn.',
    shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} đơn vị.`,
    showMore: (count: number) => `Hiện thêm ${count} đơn vị`,
    noOneToRemind:
      'Các đơn vị chưa nộp chưa có ai nhận nhắc nhở: hãy cấp tài khoản cán bộ báo cáo hoặc lãnh đạo cho đơn vị.',
  },
  school: {
    reportsTitle: 'Báo cáo của đơn vị',
    dueOn: (date: string) => `Hạn nộp: ${date}`,
    submittedAt: (date: string) => `Đã nộp ngày ${date}`,
    empty: 'Đơn vị không có báo cáo nào trong các đợt đang mở.',
  },
  flags: { overdue: 'Quá hạn', late: 'Nộp trễ hạn' },
  communeSchools: {
    title: 'Tình hình nộp báo cáo của các trường',
    table: 'Bảng trạng thái báo cáo của các trường',
    unit: 'Trường',
    status: 'Trạng thái',
    dueOn: 'Hạn nộp',
    submittedAt: 'Ngày nộp',
    shown: (shown: number, total: number) => `Đang hiển thị ${shown}/${total} trường.`,
    empty: 'Không có trường nào phải nộp báo cáo trong đợt này.',
  },
  dash: '—',
};

export type DashboardMessages = typeof dashboardVi;
