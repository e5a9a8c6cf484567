/**
 * The join page's own-initiative part: the hot-seat set-up's editor (own-case/) for a person
 * joining a waiting table. A chunk of its own, shown once the deck has come, so the join form
 * itself stays light; it tells the page whether the initiative fits (the rules' own check),
 * and says a refusal from the server in the reader's words.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/names.ts';
import type { OwnInitiative, OwnProblem } from '../../rules/own-case.ts';
import { useDeck } from '../app/deck.ts';
import { initiativeProblem, OwnInitiativeFields } from '../own-case/OwnInitiativeFields.tsx';
import { ownProblemText } from '../own-case/problem-text.ts';
import '../own-case/own-case.css';

export interface JoinInitiativeProps {
  lang: Language;
  scenario: string;
  players: number;
  value: OwnInitiative | null;
  onChange: (value: OwnInitiative | null) => void;
  /** Whether the initiative can be sent: none, or one that fits. */
  onFits: (fits: boolean) => void;
  /** The server's refusal of the last join's initiative. */
  refused: OwnProblem | null;
}

export default function JoinInitiative({ lang, scenario, players, value, onChange, onFits, refused }: JoinInitiativeProps) {
  const { t } = useTranslation();
  const { content } = useDeck();
  // A scenario this deck does not have (another server's deck): no initiative, a deck case.
  const known = content?.scenarios.has(scenario) === true;
  const fits = !known || initiativeProblem(content!, scenario, players, value) === null;
  useEffect(() => onFits(fits), [fits]);
  if (!content || !known) return null;
  return (
    <>
      <OwnInitiativeFields content={content} lang={lang} scenario={scenario} players={players} seat={0} self value={value} onChange={onChange} />
      {refused && (
        <p className="soc-error" role="alert" data-own-refused>
          {t('errors.badInitiative')} {ownProblemText(t, content, scenario, players, lang, refused)}
        </p>
      )}
    </>
  );
}
