/**
 * Display names at a table. People write their names in many scripts, so letters and marks of
 * every language are welcome, with digits, spaces, a little punctuation and emoji; control
 * characters, invisible formatting, markup and overlong names are not.
 */
const MAX_NAME_LENGTH = 24;

export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

// Letters, combining marks, digits, spaces, dashes and connectors, a few marks people use in
// names, and emoji (pictographs with their joiners and variation selectors).
const ALLOWED = /^(?:[\p{L}\p{M}\p{N}\p{Zs}\p{Pd}\p{Pc}.'’()&]|\p{Extended_Pictographic}|\u200D|\uFE0F|[\u{1F3FB}-\u{1F3FF}])+$/u;

export function checkName(input: unknown): NameCheck {
  if (typeof input !== 'string') return { ok: false, message: 'Please give a display name.' };
  const name = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { ok: false, message: 'Please give a display name.' };
  if ([...name].length > MAX_NAME_LENGTH) return { ok: false, message: `A display name has at most ${MAX_NAME_LENGTH} characters.` };
  if (!ALLOWED.test(name)) {
    return { ok: false, message: 'A display name may hold letters, digits, spaces, emoji and - _ . \' ( ) &, nothing else.' };
  }
  if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(name)) return { ok: false, message: 'A display name needs at least one letter, digit or emoji.' };
  return { ok: true, name };
}
