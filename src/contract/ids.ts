import { z } from 'zod';

/** Public ids are ULIDs: 26 characters of Crockford base 32. */
export const publicIdSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'expected an id');
