/**
 * Free text people write in a session: a title, an initiative, a broadcast, a question,
 * reflection notes, a call for help. Any script is welcome; control characters (but line
 * breaks where asked for) and overlong texts are refused with a sentence saying why.
 */
import { ApiError } from '../http/errors.ts';

// C0/C1 controls and invisible direction overrides, which can make a text lie about itself.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function checkText(input: unknown, what: string, options: { max: number; required?: boolean; lines?: boolean }): string {
  if (input === undefined || input === null || input === '') {
    if (options.required) throw new ApiError(400, 'badText', `Please write ${what}.`);
    return '';
  }
  if (typeof input !== 'string') throw new ApiError(400, 'badText', `${what[0].toUpperCase()}${what.slice(1)} must be text.`);
  let text = input.normalize('NFC').replace(/\r\n?/g, '\n');
  text = options.lines ? text.replace(/\n{3,}/g, '\n\n').trim() : text.replace(/\s+/gu, ' ').trim();
  if (CONTROL.test(text)) throw new ApiError(400, 'badText', `${what[0].toUpperCase()}${what.slice(1)} holds characters that cannot be shown.`);
  if (options.required && text.length === 0) throw new ApiError(400, 'badText', `Please write ${what}.`);
  if ([...text].length > options.max) throw new ApiError(400, 'badText', `${what[0].toUpperCase()}${what.slice(1)} has at most ${options.max} characters.`);
  return text;
}
