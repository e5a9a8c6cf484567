/**
 * The quick reference: the whole game on one printed page (A4), in the reader's language,
 * its numbers read from the engine's defaults and its words from the glossary, so it says
 * what the rulebook and the table say.
 */
import { useTranslation } from 'react-i18next';
import glossary from '../../../game-content/glossary.json';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import { PatternMark } from '../../designer/faces/index.ts';
import { DEFAULT_RULES } from '../../rules/index.ts';

const ACTIONS = ['travel', 'study', 'share', 'teach', 'apply', 'coCreate', 'care', 'spendTrust'] as const;
const WORDS = ['pressure', 'breakdown', 'crisis-track', 'disruption-rate', 'flow-card', 'trust', 'commons', 'transformation', 'reflection'];

export function QuickReference({ lang, content }: { lang: Language; content: Content }) {
  const { t } = useTranslation();
  const r = DEFAULT_RULES;
  const other: Language = lang === 'nl' ? 'en' : 'nl';
  const cost: Partial<Record<(typeof ACTIONS)[number], string>> = {
    teach: t('rules.costTrust', { count: r.teachCost }),
    apply: t('rules.costCards', { count: r.applyCost }),
    coCreate: t('rules.gainTrust', { count: r.coCreateTrust }),
    care: t('rules.lessPressure', { count: r.careAmount }),
    spendTrust: t('rules.costTrust', { count: 1 }),
  };
  return (
    <main id="main" className="soc-quick" lang={lang}>
      <header className="soc-quick__head">
        <h1>{t('rules.quickTitle')}</h1>
        <button type="button" className="soc-button soc-button--quiet soc-quick__print" onClick={() => window.print()}>
          {t('rules.print')}
        </button>
      </header>
      <section className="soc-quick__goal">
        <h2>{t('rules.goalTitle')}</h2>
        <p>{t('rules.goal')}</p>
        <h2>{t('rules.loseTitle')}</h2>
        <p>{t('rules.lose')}</p>
      </section>
      <section className="soc-quick__turn">
        <h2>{t('rules.turnTitle', { count: r.actionsPerTurn })}</h2>
        <dl>
          {ACTIONS.map((a) => (
            <div key={a}>
              <dt>
                {t(`action.${a}`)}
                {cost[a] && <span className="soc-quick__cost"> · {cost[a]}</span>}
              </dt>
              <dd>{t(`actionHelp.${a}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="soc-quick__note">{t('rules.together')}</p>
      </section>
      <section className="soc-quick__end">
        <h2>{t('rules.endTitle')}</h2>
        <ol>
          <li>{t('rules.endDraw', { count: r.drawPerTurn })}</li>
          <li>{t('rules.endDiscard', { limit: r.handLimit })}</li>
          <li>{t('rules.endFlow')}</li>
        </ol>
        <h2>{t('rules.breakdownTitle')}</h2>
        <p>{t('rules.breakdown', { limit: content.pressureLimit, trust: r.breakdownTrustLoss, spill: r.spillAmount })}</p>
        <h2>{t('rules.commonsTitle')}</h2>
        <p>{t('rules.commons', { trust: r.caseTrust })}</p>
      </section>
      <section className="soc-quick__patterns">
        <h2>{t('rules.patternsTitle')}</h2>
        <ul>
          {content.patterns.map((p) => (
            <li key={p.id}>
              <PatternMark pattern={p} lang={lang} named />
              <span className="soc-quick__summary">{p.summary[lang]}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="soc-quick__words">
        <h2>{t('rules.wordsTitle')}</h2>
        <dl>
          {WORDS.map((id) => {
            const term = glossary.terms.find((x) => x.id === id);
            return term ? (
              <div key={id}>
                <dt>
                  {term[lang]} <span lang={other}>({term[other]})</span>
                </dt>
                <dd>{t(`rules.word.${id}`)}</dd>
              </div>
            ) : null;
          })}
        </dl>
      </section>
    </main>
  );
}
