/**
 * A player's own initiative at set-up: a name and one line, its needs within the budget, a
 * transformation from the menu, what they can offer and want to learn. The rules' own check
 * (ownInitiativeProblem) decides whether it fits; the form shows the budget as you shape it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import { PATTERN_IDS } from '../../content/names.ts';
import type { Language, PatternId } from '../../content/schema.ts';
import { OWN_TEXT, ownCaseBudget, ownCaseMenu, ownInitiativeIssue, type OwnInitiative, type OwnProblem } from '../../rules/own-case.ts';
import { countRange, ownProblemText } from './problem-text.ts';

function emptyInitiative(content: Content, scenario: string, players: number): OwnInitiative {
  return { name: '', line: '', needs: {}, transformation: ownCaseMenu(content, scenario, players)[0] ?? '', offers: [], learns: [] };
}

export function initiativeProblem(content: Content, scenario: string, players: number, x: OwnInitiative | null): OwnProblem | null {
  return x ? ownInitiativeIssue(content, scenario, players, x) : null;
}

interface Props {
  content: Content;
  lang: Language;
  scenario: string;
  /** The table's size: the budget may differ per size (the scenario's "sizes"). */
  players: number;
  seat: number;
  /** The player's own form (joining an online table): "I bring my own…" rather than "Player n brings…". */
  self?: boolean;
  value: OwnInitiative | null;
  onChange: (value: OwnInitiative | null) => void;
}

export function OwnInitiativeFields({ content, lang, scenario, players, seat, self = false, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const b = ownCaseBudget(content, scenario, players);
  const name = (p: PatternId) => content.patterns.find((x) => x.id === p)?.name[lang] ?? p;
  const total = value ? Object.values(value.needs).reduce((a, n) => a + (n ?? 0), 0) : 0;
  const problem = initiativeProblem(content, scenario, players, value);
  const set = (patch: Partial<OwnInitiative>) => value && onChange({ ...value, ...patch });
  const toggle = (key: 'offers' | 'learns', p: PatternId, on: boolean) =>
    value && set({ [key]: on ? [...value[key], p] : value[key].filter((x) => x !== p) });
  return (
    <div className="soc-own" data-own-seat={seat}>
      <label className="soc-check">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? emptyInitiative(content, scenario, players) : null)} />
        <span>{self ? t('own.bringMine') : t('own.bring', { n: seat + 1 })}</span>
      </label>
      {value && (
        <fieldset className="soc-own__fields">
          <legend>{self ? t('own.legendMine') : t('own.legend', { n: seat + 1 })}</legend>
          <label htmlFor={`${id}-name`}>{t('own.name')}</label>
          <input id={`${id}-name`} maxLength={OWN_TEXT.name.max} value={value.name} onChange={(e) => set({ name: e.target.value })} />
          <label htmlFor={`${id}-line`}>{t('own.line')}</label>
          <input id={`${id}-line`} maxLength={OWN_TEXT.line.max} value={value.line} onChange={(e) => set({ line: e.target.value })} />
          <fieldset className="soc-own__needs">
            <legend>{t('own.needs', { total, range: countRange(b.needs.min, b.needs.max), per: b.perPattern, patterns: b.patterns.max })}</legend>
            {PATTERN_IDS.map((p) => (
              <label key={p} className="soc-own__need">
                <span>{name(p)}</span>
                <input
                  type="number"
                  min={0}
                  max={b.perPattern}
                  value={value.needs[p] ?? 0}
                  data-need={p}
                  onChange={(e) => set({ needs: { ...value.needs, [p]: Math.max(0, Math.min(b.perPattern, Math.trunc(Number(e.target.value)) || 0)) } })}
                />
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-transformation`}>{t('own.transformation')}</label>
          <select id={`${id}-transformation`} value={value.transformation} onChange={(e) => set({ transformation: e.target.value })}>
            {ownCaseMenu(content, scenario, players).map((tr) => (
              <option key={tr} value={tr}>
                {content.transformations.get(tr)?.name[lang] ?? tr} — {content.transformations.get(tr)?.text[lang] ?? ''}
              </option>
            ))}
          </select>
          {(['offers', 'learns'] as const).map((key) => (
            <fieldset key={key} className="soc-own__patterns" data-own-list={key}>
              <legend>{t(`own.${key}`, { range: countRange(b[key].min, b[key].max) })}</legend>
              {PATTERN_IDS.map((p) => {
                const on = value[key].includes(p);
                return (
                  <label key={p} className="soc-check">
                    <input type="checkbox" value={p} checked={on} disabled={!on && value[key].length >= b[key].max} onChange={(e) => toggle(key, p, e.target.checked)} />
                    <span>{name(p)}</span>
                  </label>
                );
              })}
            </fieldset>
          ))}
          <p className={problem ? 'soc-own__problem' : 'soc-own__ok'} role="status" data-own-problem={problem ? 'yes' : 'no'}>
            {problem ? ownProblemText(t, content, scenario, players, lang, problem) : t('own.fits')}
          </p>
        </fieldset>
      )}
    </div>
  );
}
