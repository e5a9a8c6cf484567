/**
 * What a chat message may be: text only, checked before it is stored. Markup is not
 * stripped but never interpreted (the client renders text nodes, React escapes), so what a
 * player typed is what everyone reads. Control characters are dropped (they hide or
 * reorder what others see), line breaks kept, runs of empty lines shortened.
 */
import { ApiError } from '../http/errors.ts';

// C0/C1 controls except tab and line feed; bidi overrides and isolates (they reorder text).
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function cleanChatText(raw: unknown, maxChars: number): string {
  if (typeof raw !== 'string') throw new ApiError(400, 'chatNotText', 'A chat message is text.');
  const text = raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(HIDDEN, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length === 0) throw new ApiError(400, 'chatEmpty', 'The message is empty.');
  // Counted in characters as people see them (code points), not UTF-16 units.
  if ([...text].length > maxChars) throw new ApiError(400, 'chatTooLong', `A chat message has at most ${maxChars} characters.`);
  return text;
}
