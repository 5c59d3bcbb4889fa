/** The account behind the current request's session. */
export interface SignedInUser {
  accountId: number;
  sessionId: number;
  publicId: string;
  username: string;
  displayName: string;
  email: string | null;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
  }
}
