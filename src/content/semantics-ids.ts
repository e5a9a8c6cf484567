/** Ids: unique within their file, and the eight patterns each defined once and told apart. */
import { listing, quoted, Reporter, type CheckedFiles } from './deck-model.ts';
import { PATTERN_IDS, type ContentFileName } from './schema.ts';

const COLLECTIONS: [ContentFileName, string, string][] = [
  ['patterns', 'patterns', 'pattern'],
  ['roles', 'roles', 'role'],
  ['cases', 'cases', 'case'],
  ['knowledge', 'knowledge', 'knowledge card'],
  ['flow', 'flow', 'flow card'],
  ['transformations', 'transformations', 'transformation'],
  ['prompts', 'prompts', 'prompt'],
  ['scenarios', 'scenarios', 'scenario'],
];

export function checkIds({ raw }: CheckedFiles, r: Reporter): void {
  for (const [name, key, noun] of COLLECTIONS) {
    const file = raw[name] as Record<string, { id: string }[]> | undefined;
    if (!file) continue;
    const first = new Map<string, number>();
    file[key].forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen === undefined) {
        first.set(item.id, i);
        return;
      }
      const line = r.line(name, `/${key}/${seen}/id`);
      r.error(name, `/${key}/${i}/id`, 'duplicate-id', `the id "${item.id}" is used twice: ${noun} number ${seen + 1} (line ${line}) already has it; give this ${noun} an id of its own`);
    });
  }
}

/** Relative luminance of #rrggbb (WCAG 2). */
function luminance(hex: string): number {
  const [rr, gg, bb] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * rr + 0.7152 * gg + 0.0722 * bb;
}

export function checkPatterns({ raw }: CheckedFiles, r: Reporter): void {
  const patterns = raw.patterns?.patterns;
  if (!patterns) return;
  const present = new Set(patterns.map((p) => p.id));
  const missing = PATTERN_IDS.filter((id) => !present.has(id));
  if (missing.length > 0) {
    r.error('patterns', '/patterns', 'missing-pattern', `the pattern${missing.length > 1 ? 's' : ''} ${listing(quoted(missing))} ${missing.length > 1 ? 'are' : 'is'} missing: the game has eight patterns and each needs a name, colour, letter and icon`);
  }
  // A pattern must be told apart without colour (colour-blind players, black-and-white print).
  for (const field of ['letter.nl', 'letter.en', 'icon', 'color'] as const) {
    const first = new Map<string, number>();
    patterns.forEach((p, i) => {
      const value = field === 'color' ? p.color.toLowerCase() : field === 'icon' ? p.icon : p.letter[field === 'letter.nl' ? 'nl' : 'en'];
      const seen = first.get(value);
      if (seen === undefined) return void first.set(value, i);
      const other = patterns[seen].id;
      if (field !== 'icon' && field !== 'color') {
        const lang = field === 'letter.nl' ? 'nl' : 'en';
        r.error('patterns', `/patterns/${i}/letter/${lang}`, 'duplicate-mark', `patterns "${other}" and "${p.id}" have the same letter "${value}" (${lang}): players who cannot tell the colours apart need different letters`);
      } else {
        r.warning('patterns', `/patterns/${i}/${field}`, 'duplicate-mark', `patterns "${other}" and "${p.id}" have the same ${field === 'icon' ? 'icon' : 'colour'} ${value}`);
      }
    });
  }
  patterns.forEach((p, i) => {
    const contrast = 1.05 / (luminance(p.color) + 0.05);
    if (contrast < 3) {
      r.warning('patterns', `/patterns/${i}/color`, 'low-contrast', `white letters on ${p.color} are hard to read (contrast ${contrast.toFixed(1)}:1, aim for 4.5:1): choose a darker colour`);
    }
  });
}
