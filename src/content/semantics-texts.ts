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
