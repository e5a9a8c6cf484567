/**
 * Translations: every text is in Dutch and English. The schema already requires both and
 * forbids empty strings; this catches what it cannot: a text of only spaces, a placeholder
 * left in, and a long text copied into the other language without being translated.
 */
import { joinPointer } from './problems.ts';
import { Reporter, type CheckedFiles } from './deck-model.ts';
import { CONTENT_FILE_NAMES, LANGUAGES } from './schema.ts';

const LANGUAGE_NAMES = { nl: 'Dutch (nl)', en: 'English (en)' } as const;
const PLACEHOLDER = /\b(TODO|TBD|FIXME|XXX|lorem ipsum)\b/i;
/** Names ("Crowdfunding") may rightly be the same in both languages; sentences rarely are. */
const UNTRANSLATED_LENGTH = 40;
/**
 * What fits on a printed 63 × 88 mm card at the faces' type size: about 33 characters a line,
 * a dozen lines for the text and two for the name (measured on the print sheet). Longer text
 * is cut off on paper.
 */
const FITS: Record<string, number> = { name: 40, text: 300, ability: 300 };

export function checkTexts({ raw }: CheckedFiles, r: Reporter): void {
  for (const name of CONTENT_FILE_NAMES) {
    const data = raw[name];
    if (!data) continue;
    const walk = (value: unknown, keys: (string | number)[]) => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...keys, i]));
      if (!value || typeof value !== 'object') return;
      const obj = value as Record<string, unknown>;
      if (typeof obj.nl === 'string' && typeof obj.en === 'string') {
        const at = joinPointer(keys);
        const { subject, field } = r.subject(name, at);
        const of = `${subject}${field ? `, ${field}` : ''}`;
        for (const lang of LANGUAGES) {
          const text = obj[lang] as string;
          if (text.trim() === '') r.error(name, `${at}/${lang}`, 'missing-translation', `${of}: the ${LANGUAGE_NAMES[lang]} text is only spaces; write it in ${LANGUAGE_NAMES[lang].split(' ')[0]}`);
          else if (PLACEHOLDER.test(text)) r.warning(name, `${at}/${lang}`, 'placeholder', `${of}: the ${LANGUAGE_NAMES[lang]} text still holds a placeholder, ${JSON.stringify(text.match(PLACEHOLDER)![0])}`);
        }
        const limit = FITS[String(keys[keys.length - 1])];
        for (const lang of LANGUAGES) {
          const length = (obj[lang] as string).length;
          if (limit !== undefined && length > limit) {
            r.warning(name, `${at}/${lang}`, 'too-long', `${of}: the ${LANGUAGE_NAMES[lang]} text has ${length} characters; about ${limit} fit on a printed card`);
          }
        }
        if ((obj.nl as string).trim().length >= UNTRANSLATED_LENGTH && (obj.nl as string).trim() === (obj.en as string).trim()) {
          r.warning(name, `${at}/en`, 'untranslated', `${of}: the Dutch and English texts are the same; is one not translated yet?`);
        }
        return;
      }
      for (const [k, v] of Object.entries(obj)) walk(v, [...keys, k]);
    };
    walk(data, []);
  }
}
