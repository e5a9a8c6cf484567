/**
 * Errors the Lobby API answers with: a status, a stable code the client translates
 * (docs/api.md) and a plain sentence. Never a stack trace, never a credential.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** More for the client to read beside the sentence (e.g. where in the body the problem is). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The answer for a match ID the server has no table for (or that cannot be one): 404 unknownMatch. */
export const unknownMatch = (): ApiError => new ApiError(404, 'unknownMatch', 'There is no such table.');
