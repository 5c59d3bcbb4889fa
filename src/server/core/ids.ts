import { ulid } from 'ulid';

/** Opaque public identifier used in URLs; internal keys never leave the server. */
export const newPublicId = (): string => ulid();

export const publicIdPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;
