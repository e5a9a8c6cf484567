/**
 * Pass-and-play: between two people's turns the table is hidden until the next one is ready.
 * The screen says what the end of the last turn brought (flow cards, breakdowns), so nobody
 * misses it, and on the first turn it speaks of no previous player.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function HandOver({ name, first, happened, onReady }: { name: string; first: boolean; happened: readonly string[]; onReady: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [name]);
  return (
    <div className="soc-overlay soc-overlay--opaque" role="presentation">
      <div className="soc-dialog" role="dialog" aria-modal="true" aria-labelledby="soc-handover-title" data-handover>
        <h2 id="soc-handover-title">{t(first ? 'handover.firstTitle' : 'handover.title', { name })}</h2>
        {happened.length > 0 && (
          <section aria-labelledby="soc-handover-happened" data-happened>
            <h3 id="soc-handover-happened">{t('handover.happened')}</h3>
            <ul>
              {happened.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        <p>{t(first ? 'handover.firstIntro' : 'handover.intro')}</p>
        <button type="button" ref={button} className="soc-button soc-button--primary" onClick={onReady}>
          {t('handover.ready', { name })}
        </button>
      </div>
    </div>
  );
}
