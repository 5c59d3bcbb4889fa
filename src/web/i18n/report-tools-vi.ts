/**
 * Messages of the tools around a report and a round (minh chứng, làm báo cáo ngoại tuyến, tổng hợp,
 * tải văn bản báo cáo, kết thúc và lặp lại đợt, sửa biểu mẫu); part of the catalogue in vi.ts.
 */
export const reportToolsVi = {
  evidence: {
    title: 'Minh chứng',
    intro: 'Tệp minh chứng kèm theo báo cáo: biên bản, hình ảnh, văn bản, bảng tính…',
    none: 'Chưa có tệp minh chứng nào.',
    listLabel: 'Danh sách tệp minh chứng',
    uploadedBy: (name: string, date: string) => `${name} tải lên ngày ${date}`,
    uploadedOn: (date: string) => `Tải lên ngày ${date}`,
    chooseFile: 'Thêm tệp minh chứng',
    fileHint:
      'PDF, ảnh (PNG, JPEG, WebP) hoặc văn bản, bảng tính, trình chiếu (DOCX, XLSX, PPTX, ODT, ODS, ODP); tối đa 20 MB mỗi tệp.',
    noFile: 'Chưa chọn tệp',
    clearFile: 'Bỏ chọn tệp',
    upload: 'Tải lên',
    uploading: (name: string) => `Đang tải lên ${name}…`,
    uploaded: (name: string) => `Đã thêm ${name} vào minh chứng.`,
    remove: (name: string) => `Xóa tệp ${name}`,
    removeTitle: 'Xóa tệp minh chứng',
    removeConfirm: (name: string) => `Xóa tệp “${name}” khỏi minh chứng của báo cáo?`,
    removeAction: 'Xóa tệp',
    removed: (name: string) => `Đã xóa ${name}.`,
    size: (amount: string, unit: 'B' | 'KB' | 'MB') => `${amount} ${unit}`,
  },
  offline: {
    title: 'Làm báo cáo ngoại tuyến',
    intro:
      'Tải tệp mẫu có sẵn số liệu hiện tại của báo cáo, điền trên máy (không cần mạng), rồi tải lên: hệ thống kiểm tra từng ô trước khi lưu. Tải tệp mẫu:',
    chooseFile: 'Tệp báo cáo đã điền',
    checkTitle: 'Kết quả kiểm tra tệp',
    fieldsFilled: 'Ô số liệu có giá trị',
    fieldsCleared: 'Ô để trống (sẽ xóa giá trị)',
    refused: 'Ô chưa hợp lệ',
    allValid:
      'Mọi ô đều hợp lệ. Bấm “Áp dụng” để lưu số liệu và nội dung trong tệp vào báo cáo; giá trị đang có sẽ được thay bằng giá trị trong tệp.',
    someRefused: (count: string) =>
      `Có ${count} ô chưa hợp lệ nên chưa thể áp dụng. Hãy sửa các ô dưới đây trong tệp rồi chọn lại tệp để kiểm tra.`,
    refusedCaption: 'Các ô chưa hợp lệ và lý do',
    cell: 'Ô',
    message: 'Lý do',
    applied: (filled: string, cleared: string) =>
      `Đã lưu báo cáo từ tệp: ${filled} ô có giá trị, ${cleared} ô để trống. Số liệu trên trang đã được cập nhật.`,
    conflict:
      'Báo cáo vừa được lưu từ nơi khác sau khi bạn mở trang, nên tệp chưa được áp dụng để không ghi đè lên thay đổi đó. Trang đã tải bản mới nhất: hãy xem lại rồi bấm “Áp dụng” lần nữa.',
  },
  consolidation: {
    title: 'Tổng hợp từ báo cáo cấp dưới',
    intro:
      'Điền sẵn báo cáo của đơn vị bằng số liệu cộng dồn từ các báo cáo cấp dưới đã được duyệt, kèm nội dung các đơn vị đã viết để bạn biên tập.',
    action: 'Tổng hợp từ báo cáo cấp dưới',
    confirm:
      'Các ô số liệu của báo cáo này sẽ được ghi đè bằng tổng (hoặc tỷ lệ chung) của các báo cáo cấp dưới đã được duyệt; phần nội dung được ghép từ nội dung các đơn vị đã viết. Báo cáo chưa được duyệt không được tính. Ô không có đơn vị nào trả lời giữ nguyên giá trị hiện tại. Tiếp tục tổng hợp?',
    confirmAction: 'Tổng hợp',
    done: (included: string, subordinates: string) =>
      `Đã tổng hợp ${included} trên ${subordinates} báo cáo cấp dưới. Hãy kiểm tra lại số liệu và nội dung trước khi nộp.`,
    noneBelow: 'Không có báo cáo cấp dưới nào trong đợt này; báo cáo giữ nguyên.',
    notApproved: (count: string) =>
      `${count} báo cáo cấp dưới chưa được duyệt nên chưa được tính. Có thể tổng hợp lại sau khi các báo cáo đó được duyệt.`,
  },
  document: {
    downloadDocx: 'Tải báo cáo (DOCX)',
    downloadPdf: 'Tải báo cáo (PDF)',
  },
  round: {
    lifecycle: 'Tiến trình đợt báo cáo',
    previous: 'Đợt của kỳ trước',
    next: 'Đợt của kỳ tiếp theo',
    close: 'Kết thúc đợt báo cáo',
    closeConfirm:
      'Sau khi kết thúc, các đơn vị không lưu, nộp hay trả lại báo cáo được nữa; các báo cáo đã nộp vẫn được duyệt tiếp. Kết thúc đợt báo cáo?',
    closed: 'Đã kết thúc đợt báo cáo.',
    repeat: 'Mở đợt của kỳ tiếp theo',
    repeatConfirm:
      'Mở ngay đợt báo cáo của kỳ tiếp theo với cùng các đơn vị, biểu mẫu phiên bản mới nhất, hạn nộp và năm chỉ tiêu lùi sang kỳ sau?',
    recurs: 'Đợt của kỳ tiếp theo được tự động mở khi kỳ đó bắt đầu.',
  },
  form: {
    edit: 'Sửa câu hỏi thêm của biểu mẫu',
    title: 'Câu hỏi thêm của biểu mẫu',
    versionNote: (version: string) =>
      `Lưu sẽ tạo phiên bản mới của biểu mẫu (hiện là phiên bản ${version}). Báo cáo đã nộp và đợt đang mở giữ nguyên phiên bản của mình; phiên bản mới dùng cho các đợt mở sau, kể cả đợt của kỳ tiếp theo.`,
    loading: 'Đang tải biểu mẫu…',
    planFields: 'Chỉ tiêu của kế hoạch (không sửa ở đây)',
    typeKept: 'Câu hỏi đã có giữ nguyên kiểu trả lời.',
    save: 'Lưu phiên bản mới',
    saved: (version: string) => `Đã lưu phiên bản ${version} của biểu mẫu.`,
  },
};

export type ReportToolsMessages = typeof reportToolsVi;
