import type { ProblemMessages } from './problem-messages';

export const vi = {
  languageName: 'Tiếng Việt',
  app: {
    name: 'Mạng Xanh',
    tagline: 'An toàn thông tin và chuyển đổi số ngành Giáo dục',
    documentTitle: (page: string) => `${page} · Mạng Xanh`,
    loading: 'Đang tải…',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    showPassword: 'Hiện mật khẩu',
  },
  nav: {
    label: 'Điều hướng chính',
    openMenu: 'Mở menu',
    closeMenu: 'Đóng menu',
    home: 'Trang chủ',
    changePassword: 'Đổi mật khẩu',
    signOut: 'Đăng xuất',
  },
  signIn: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    usernameRequired: 'Vui lòng nhập tên đăng nhập.',
    passwordRequired: 'Vui lòng nhập mật khẩu.',
    forgotPassword: 'Quên mật khẩu? Hãy liên hệ cán bộ quản trị hệ thống của đơn vị để được cấp lại.',
  },
  home: {
    documentTitle: 'Trang chủ',
    greeting: (name: string) => `Xin chào, ${name}`,
    today: (date: string) => `Hôm nay, ngày ${date}`,
    intro:
      'Mạng Xanh là nơi Sở GD&ĐT, các xã, phường và nhà trường cùng lập kế hoạch, theo dõi và báo cáo công tác bảo đảm an toàn thông tin và chuyển đổi số.',
    accountTitle: 'Tài khoản của bạn',
    displayName: 'Họ và tên',
    username: 'Tên đăng nhập',
    unit: 'Đơn vị',
    noUnit: 'Chưa được gán đơn vị',
    email: 'Thư điện tử',
    noEmail: 'Chưa cập nhật',
    passwordAdvice: 'Nếu bạn vẫn dùng mật khẩu được cấp ban đầu, hãy đổi mật khẩu ngay.',
    changePassword: 'Đổi mật khẩu',
    technicalTitle: 'Dành cho cán bộ kỹ thuật',
    technicalIntro:
      'Tài liệu API mô tả đầy đủ các chức năng của hệ thống, dùng khi kết nối Mạng Xanh với phần mềm khác.',
    apiDocs: 'Mở tài liệu API',
  },
  changePassword: {
    title: 'Đổi mật khẩu',
    intro:
      'Sau khi đổi mật khẩu, bạn vẫn đăng nhập trên thiết bị này; các phiên đăng nhập trên thiết bị khác sẽ tự đăng xuất.',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    newPasswordHint: (minLength: string) =>
      `Ít nhất ${minLength} ký tự. Nên dùng một cụm từ dễ nhớ với bạn nhưng khó đoán với người khác.`,
    confirmPassword: 'Nhập lại mật khẩu mới',
    submit: 'Đổi mật khẩu',
    success: 'Đã đổi mật khẩu. Lần đăng nhập sau, hãy dùng mật khẩu mới.',
    currentRequired: 'Vui lòng nhập mật khẩu hiện tại.',
    tooShort: (minLength: string) => `Mật khẩu mới cần có ít nhất ${minLength} ký tự.`,
    sameAsCurrent: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    mismatch: 'Mật khẩu nhập lại không khớp với mật khẩu mới.',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi. Hãy kiểm tra lại đường dẫn.',
    backHome: 'Về trang chủ',
  },
  errors: {
    network: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.',
    unexpected: 'Đã có lỗi không mong muốn. Vui lòng tải lại trang và thử lại.',
    unexpectedStatus: (status: string) =>
      `Máy chủ trả về lỗi không mong muốn (mã ${status}). Vui lòng thử lại sau ít phút.`,
    requestId: (id: string) => `Mã tra cứu lỗi (gửi kèm khi báo cho quản trị viên): ${id}`,
    sessionUnavailableTitle: 'Chưa mở được Mạng Xanh',
    retry: 'Thử lại',
  },
  problems: {
    malformed_json: 'Dữ liệu gửi lên bị lỗi. Vui lòng tải lại trang và thử lại.',
    validation_failed: 'Thông tin nhập chưa hợp lệ. Vui lòng kiểm tra lại.',
    invalid_encoding: 'Dữ liệu gửi lên có ký tự không hợp lệ. Vui lòng kiểm tra lại.',
    unauthenticated: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    account_disabled: 'Tài khoản của bạn đã bị khóa. Vui lòng liên hệ cán bộ quản trị hệ thống của đơn vị.',
    password_change_required: 'Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu trước khi tiếp tục.',
    username_taken: 'Tên đăng nhập này đã có người dùng. Vui lòng chọn tên khác.',
    unit_not_found: 'Không tìm thấy đơn vị đã chọn.',
    unit_closed: 'Đơn vị này đã giải thể hoặc sáp nhập. Vui lòng chọn đơn vị kế thừa.',
    csrf_failed: 'Phiên làm việc không còn hợp lệ. Vui lòng tải lại trang và thử lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    not_found: 'Không tìm thấy dữ liệu. Có thể dữ liệu đã bị xóa hoặc bạn không có quyền xem.',
    route_not_found: 'Chức năng này không còn tồn tại. Vui lòng tải lại trang.',
    version_conflict:
      'Dữ liệu vừa được người khác cập nhật. Vui lòng tải lại để xem bản mới nhất rồi thực hiện lại.',
    payload_too_large: 'Dữ liệu gửi lên quá lớn.',
    unsupported_media_type: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
    weak_password: 'Mật khẩu mới quá dễ đoán. Vui lòng chọn mật khẩu khác, dài hơn và ít phổ biến hơn.',
    wrong_password: 'Mật khẩu hiện tại không đúng.',
    too_many_attempts: (minutes) =>
      `Bạn đã thử quá nhiều lần. Vui lòng đợi ${minutes ?? 'ít'} phút rồi thử lại.`,
    internal_error: 'Hệ thống gặp sự cố. Vui lòng thử lại sau ít phút.',
    database_unavailable: 'Hệ thống tạm thời không truy cập được dữ liệu. Vui lòng thử lại sau ít phút.',
  } satisfies ProblemMessages,
};

export type Messages = typeof vi;
