import type { Messages } from './vi';

export const en: Messages = {
  languageName: 'English',
  app: {
    name: 'Mạng Xanh',
    tagline: 'Cyber safety and digital transformation in education',
    documentTitle: (page) => `${page} · Mạng Xanh`,
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
    showPassword: 'Show password',
  },
  nav: {
    label: 'Main navigation',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    home: 'Home',
    changePassword: 'Change password',
    signOut: 'Sign out',
  },
  signIn: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Please enter your username.',
    passwordRequired: 'Please enter your password.',
    forgotPassword: "Forgot your password? Ask your unit's system administrator to reset it.",
  },
  home: {
    documentTitle: 'Home',
    greeting: (name) => `Hello, ${name}`,
    today: (date) => `Today is ${date}`,
    intro:
      'Mạng Xanh is where provincial departments of education, communes and schools plan, track and report their cyber-safety and digital-transformation work together.',
    accountTitle: 'Your account',
    displayName: 'Full name',
    username: 'Username',
    unit: 'Unit',
    noUnit: 'No unit assigned',
    email: 'Email',
    noEmail: 'Not provided',
    passwordAdvice: 'If you still use the password you were given, change it now.',
    changePassword: 'Change password',
    technicalTitle: 'For technical staff',
    technicalIntro:
      'The API documentation describes every function of the system, for connecting Mạng Xanh to other software.',
    apiDocs: 'Open the API documentation',
  },
  changePassword: {
    title: 'Change password',
    intro:
      'After the change you stay signed in on this device; your sessions on other devices are signed out.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: (minLength) =>
      `At least ${minLength} characters. A phrase that is easy for you to remember but hard for others to guess works well.`,
    confirmPassword: 'Repeat the new password',
    submit: 'Change password',
    success: 'Your password has been changed. Use the new password next time you sign in.',
    currentRequired: 'Please enter your current password.',
    tooShort: (minLength) => `The new password needs at least ${minLength} characters.`,
    sameAsCurrent: 'The new password must differ from the current one.',
    mismatch: 'The repeated password does not match the new password.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not exist or has moved. Please check the link.',
    backHome: 'Back to home',
  },
  errors: {
    network: 'Cannot reach the server. Please check your network connection and try again.',
    unexpected: 'Something unexpected went wrong. Please reload the page and try again.',
    unexpectedStatus: (status) =>
      `The server answered with an unexpected error (code ${status}). Please try again in a few minutes.`,
    requestId: (id) => `Error reference (include it when you contact an administrator): ${id}`,
    sessionUnavailableTitle: 'Mạng Xanh could not open',
    retry: 'Try again',
  },
  problems: {
    malformed_json: 'The data sent was damaged. Please reload the page and try again.',
    validation_failed: 'Some of the information entered is not valid. Please check it.',
    invalid_encoding: 'The data sent contains invalid characters. Please check it.',
    unauthenticated: 'Your session has expired. Please sign in again.',
    invalid_credentials: 'The username or password is incorrect.',
    account_disabled: "Your account is disabled. Please contact your unit's system administrator.",
    password_change_required: 'You are using a temporary password. Please change it before continuing.',
    username_taken: 'This username is already taken. Please choose another.',
    unit_not_found: 'The selected unit was not found.',
    unit_closed: 'This unit has been closed or merged. Please choose the unit that replaced it.',
    csrf_failed: 'Your session is no longer valid. Please reload the page and try again.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'The data was not found. It may have been deleted, or you may not have access to it.',
    route_not_found: 'This function no longer exists. Please reload the page.',
    version_conflict:
      'Someone else has just updated this data. Please reload to see the latest version, then try again.',
    payload_too_large: 'The data sent is too large.',
    unsupported_media_type: 'The format of the data sent is not supported.',
    weak_password: 'The new password is too easy to guess. Please choose a longer, less common one.',
    wrong_password: 'The current password is incorrect.',
    too_many_attempts: (minutes) =>
      minutes === null
        ? 'Too many attempts. Please wait a few minutes and try again.'
        : `Too many attempts. Please wait ${minutes} ${minutes === '1' ? 'minute' : 'minutes'} and try again.`,
    internal_error: 'The system ran into a problem. Please try again in a few minutes.',
    database_unavailable: 'The system cannot reach its data right now. Please try again in a few minutes.',
  },
};
