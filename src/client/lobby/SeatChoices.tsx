/**
 * "Choose roles and cases" in the set-up forms (hot-seat and online): dealt at random unless the
 * table ticks a kind; then one select a seat, with the chosen role's ability and the chosen
 * case's story beneath it, and a plain sentence when two seats chose the same one.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import { choicePool, firstPicks, type ChoiceKind, type SeatChoice, type Twin } from './seat-choices.ts';

interface Props {
  content: Content;
  lang: Language;
  scenario: string;
  seats: number;
  value: SeatChoice;
  onChange: (value: SeatChoice) => void;
  /** Seats that bring their own initiative: they play no deck case. */
  ownSeats?: readonly number[];
  /** Two seats with the same choice (seat-choices.ts firstTwin), to say so. */
  twin: Twin | null;
}

export function SeatChoices({ content, lang, scenario, seats, value, onChange, ownSeats = [], twin }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const key = (kind: ChoiceKind): 'roles' | 'cases' => (kind === 'role' ? 'roles' : 'cases');
  const name = (kind: ChoiceKind, cardId: string) => (kind === 'role' ? content.roles.get(cardId)?.name[lang] : content.cases.get(cardId)?.name[lang]) ?? cardId;
  const about = (kind: ChoiceKind, cardId: string) => {
    if (kind === 'role') return content.roles.get(cardId)?.ability[lang] ?? '';
    const c = content.cases.get(cardId);
    return c ? (c.story ?? c.text)[lang] : '';
  };
  const toggle = (kind: ChoiceKind, on: boolean) => onChange({ ...value, [key(kind)]: on ? firstPicks(choicePool(content, scenario, kind)) : null });
  const pick = (kind: ChoiceKind, seat: number, cardId: string) => {
    const ids = value[key(kind)];
    if (ids) onChange({ ...value, [key(kind)]: ids.map((x, i) => (i === seat ? cardId : x)) });
  };
  const chosen = value.roles !== null || value.cases !== null;
  return (
    <fieldset className="soc-choices" data-choices>
      <legend>{t('choose.legend')}</legend>
      <p className="soc-muted">{t('choose.intro')}</p>
      {(['role', 'case'] as const).map((kind) => (
        <label key={kind} className="soc-check">
          <input type="checkbox" checked={value[key(kind)] !== null} data-choose={kind} onChange={(e) => toggle(kind, e.target.checked)} />
          <span>{t(`choose.${kind}s`)}</span>
        </label>
      ))}
      {chosen && (
        <ol className="soc-choices__seats">
          {Array.from({ length: seats }, (_, seat) => (
            <li key={seat} className="soc-choices__seat" data-choice-seat={seat}>
              <span className="soc-choices__who">{t('choose.seat', { n: seat + 1 })}</span>
              {(['role', 'case'] as const).map((kind) => {
                const ids = value[key(kind)];
                if (!ids) return null;
                if (kind === 'case' && ownSeats.includes(seat)) {
                  return (
                    <p key={kind} className="soc-muted soc-choices__own">
                      {t('choose.ownCase')}
                    </p>
                  );
                }
                const selectId = `${id}-${kind}-${seat}`;
                const clash = twin !== null && twin.kind === kind && (twin.first === seat + 1 || twin.second === seat + 1);
                return (
                  <div key={kind} className="soc-choices__pick">
                    <label htmlFor={selectId}>{t(`choose.${kind}Of`, { n: seat + 1 })}</label>
                    <select id={selectId} value={ids[seat]} aria-invalid={clash || undefined} aria-describedby={`${selectId}-about`} onChange={(e) => pick(kind, seat, e.target.value)}>
                      {choicePool(content, scenario, kind).map((cardId) => (
                        <option key={cardId} value={cardId}>
                          {name(kind, cardId)}
                        </option>
                      ))}
                    </select>
                    <p id={`${selectId}-about`} className="soc-muted soc-choices__about">
                      {about(kind, ids[seat])}
                    </p>
                  </div>
                );
              })}
            </li>
          ))}
        </ol>
      )}
      {twin && (
        <p className="soc-error" role="alert" data-choice-twin>
          {t(`choose.twin.${twin.kind}`, { first: twin.first, second: twin.second, name: name(twin.kind, twin.id) })}
        </p>
      )}
    </fieldset>
  );
}
