/**
 * The scenario picker of every set-up form (hot-seat, online table, workshop session): each
 * scenario by its name and its difficulty, in the same words everywhere.
 */
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';

/** A scenario as the set-up forms name it: "Standard (medium)". */
export function scenarioLabel(t: (key: string) => string, content: Content, lang: Language, id: string): string {
  const s = content.scenarios.get(id);
  return s ? `${s.name[lang]} (${t(`lobby.difficulty.${s.difficulty}`)})` : id;
}

export function ScenarioSelect({ content, lang, value, onChange, id }: { content: Content; lang: Language; value: string; onChange: (v: string) => void; id: string }) {
  const { t } = useTranslation();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {[...content.scenarios.keys()].map((s) => (
        <option key={s} value={s}>
          {scenarioLabel(t, content, lang, s)}
        </option>
      ))}
    </select>
  );
}
