/** Messages of the notifications page; kept out of the main catalogue, loaded with its page. */
export const notificationsVi = {
  title: 'Thông báo',
  intro: 'Nhắc hạn nộp báo cáo, đợt báo cáo mới, báo cáo chờ duyệt, báo cáo được duyệt hoặc bị trả lại.',
  empty: 'Chưa có thông báo nào.',
  unreadBadge: 'Mới',
  open: 'Mở',
  receivedAt: (date: string, time: string) => `${time}, ${date}`,
  listLabel: 'Các thông báo, mới nhất trước',
  shown: (shown: string, total: string) => `Đang hiển thị ${shown}/${total} thông báo.`,
  showOlder: 'Xem thông báo cũ hơn',
  emailTitle: 'Nhận qua email',
  emailIntro: 'Thông báo luôn hiện ở đây; chọn loại nào được gửi thêm tới địa chỉ email của tài khoản.',
  emailReminders: 'Nhắc hạn nộp báo cáo, báo cáo quá hạn và báo cáo chờ duyệt',
  emailUpdates: 'Đợt báo cáo mới, báo cáo được duyệt hoặc bị trả lại',
  emailSaved: 'Đã lưu lựa chọn nhận email.',
};

export type NotificationMessages = typeof notificationsVi;
