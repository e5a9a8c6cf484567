/** The table at a glance: whose turn, actions left, trust, disruption rate, crisis, decks, commons. */
import { useTranslation } from 'react-i18next';
import { disruptionRate, ruleValue } from '../../rules/index.ts';
import { settingsFor } from '../../rules/scenario-settings.ts';
import type { PublicState } from '../../rules/view.ts';
import { DetailButton } from './details/Details.tsx';
import { goalOf } from './goal.ts';
import type { Namer } from './names.ts';

export function Status({ view, n, mySeat }: { view: PublicState; n: Namer; mySeat?: number }) {
  const { t } = useTranslation();
  const scenario = n.content.scenarios.get(view.scenario);
  // The settings at this table's size (a scenario may set other numbers per size).
  const start = scenario ? settingsFor(scenario, view.players.length).start : undefined;
  const rate = disruptionRate(n.content, view);
  const trustMax = ruleValue(n.content, view, 'trustMax');
  const seat = view.turn.seat;
  const goal = goalOf(n.content, view.scenario, view.players.length, view.cases.length);
  const turn = seat === mySeat ? t('table.yourTurn', { name: n.seat(seat) }) : t('table.turnOf', { name: n.seat(seat) });
  return (
    <section className="soc-status" aria-label={t('table.status')} data-round={view.turn.round} data-turn={view.turn.number} data-seat={seat} data-stage={view.turn.stage} data-events={view.eventCount}>
      <p className="soc-status__goal" data-goal>
        <strong>{t('table.goalShort', { done: view.commons.length, commons: goal.commons })}</strong> · {t('table.goal', { count: goal.commons, crisis: goal.crisisLimit, days: goal.days })}{' '}
        <a href="/rules" target="_blank" rel="noopener">
          {t('table.rules')}
        </a>
      </p>
      <p className="soc-status__turn">
        <strong>{turn}</strong>
        <span>{t('table.actionsLeft', { count: view.turn.actionsLeft })}</span>
        <span>{goal.length ? t('table.roundOf', { round: view.turn.round, rounds: goal.length.rounds }) : t('table.round', { round: view.turn.round })}</span>
        {start && <span>{t('table.day', { day: view.day, days: start.days })}</span>}
      </p>
      <dl className="soc-status__numbers">
        <div className="soc-meter soc-meter--trust">
          <dt>{t('table.trust')}</dt>
          <dd>{t('table.trustValue', { trust: view.trust, max: trustMax })}</dd>
        </div>
        <div className="soc-meter soc-meter--rate">
          <dt>{t('table.rate')}</dt>
          <dd>{t('table.rateValue', { count: rate })}</dd>
        </div>
        <div className={start && view.crisis >= start.crisisLimit - 1 ? 'soc-meter soc-meter--crisis soc-meter--alarm' : 'soc-meter soc-meter--crisis'}>
          <dt>{t('table.crisis')}</dt>
          <dd>
            {t('table.crisisValue', { crisis: view.crisis, limit: start?.crisisLimit ?? '?' })}
            {start && (
              <span className="soc-track" aria-hidden="true">
                {Array.from({ length: start.crisisLimit }, (_, i) => (
                  <span key={i} className={i < view.crisis ? 'soc-track__step soc-track__step--on' : 'soc-track__step'} />
                ))}
              </span>
            )}
          </dd>
        </div>
        <div className="soc-meter">
          <dt>{t('table.flowDeck')}</dt>
          <dd>{t('table.flowDeckValue', { count: view.flow.deck })}</dd>
        </div>
        <div className="soc-meter">
          <dt>{t('table.knowledgeDeck')}</dt>
          <dd>{t('table.flowDeckValue', { count: view.knowledge.deck })}</dd>
        </div>
        <div className="soc-meter soc-meter--commons">
          <dt>{t('table.commons')}</dt>
          <dd>{view.commons.length ? view.commons.map((c) => n.case(c)).join(', ') : t('table.commonsNone')}</dd>
        </div>
      </dl>
      {view.transformations.length > 0 && (
        <p className="soc-status__transformations">
          <span>{t('table.transformations')}: </span>
          {view.transformations.map((id, i) => (
            <span key={id}>
              {i > 0 && ' · '}
              <DetailButton subject={{ kind: 'transformation', id }} name={n.transformation(id)}>
                {n.transformation(id)}
              </DetailButton>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
