/**
 * Reading a JSON request body, with a size limit: an oversized body is refused with 413
 * before it is read whole, anything that is not a JSON object with 400 or 415.
 */
import coBody from 'co-body';
import type { Context } from 'koa';
import { ApiError } from './errors.ts';

export async function jsonBody(ctx: Context, maxBytes: number): Promise<Record<string, unknown>> {
  const length = Number(ctx.get('content-length') || 0);
  if (length > maxBytes) throw new ApiError(413, 'bodyTooLarge', `A request body may have at most ${maxBytes} bytes.`);
  if (!ctx.is('application/json')) throw new ApiError(415, 'notJson', 'Send the request body as JSON (Content-Type: application/json).');
  const encoding = ctx.get('content-encoding');
  if (encoding && encoding !== 'identity') throw new ApiError(415, 'notJson', 'Send the request body uncompressed.');
  let body: unknown;
  try {
    body = await coBody.json(ctx, { limit: maxBytes, strict: true });
  } catch (err) {
    const e = err as { status?: number; type?: string };
    if (e.status === 413 || e.type === 'entity.too.large') throw new ApiError(413, 'bodyTooLarge', `A request body may have at most ${maxBytes} bytes.`);
    throw new ApiError(400, 'badJson', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'badJson', 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}
