import type { ProblemCode } from '../../contract/problem';

/** One message per API error code; the rate-limit message names the wait when the server gave one. */
export type ProblemMessages = {
  [Code in ProblemCode]: Code extends 'too_many_attempts' ? (minutes: string | null) => string : string;
};
