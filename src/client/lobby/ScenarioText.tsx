/**
 * The scenario in words at the set-up forms (hot-seat, online table, workshop session): its
 * story, what the table plays for, how long a game usually takes and how often it is usually
 * won at the chosen size (expected-play.ts: the same figures as the rulebook and the API).
 */
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import { expectationOf } from '../../content/expected-play.ts';
import type { Language } from '../../content/schema.ts';
import { goalOf } from '../table/goal.ts';
import { bandMark, lengthWords, oddsWords } from './expected-words.ts';

export function ScenarioText({ content, lang, id, players }: { content: Content; lang: Language; id: string; players: number }) {
  const { t } = useTranslation();
  const text = content.scenarios.get(id)?.text[lang];
  const goal = goalOf(content, id, players);
  const expected = expectationOf(content, id, players);
  return (
    <div className="soc-scenario-text" data-scenario-text>
      {text && <p className="soc-muted">{text}</p>}
      <p className="soc-muted">
        {t('table.goal', { count: goal.commons, crisis: goal.crisisLimit, days: goal.days })} {goal.length && `${lengthWords(t, goal.length, players)} `}
        <a href="/rules" target="_blank" rel="noopener">
          {t('table.rules')}
        </a>
      </p>
      {expected && (
        <p className="soc-scenario-text__odds" data-expected={bandMark(expected)} title={t('lobby.oddsNote')}>
          {oddsWords(t, expected, players)}
        </p>
      )}
    </div>
  );
}
