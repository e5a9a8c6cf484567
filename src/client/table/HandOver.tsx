/** Pass-and-play: between two people's turns the table is hidden until the next one is ready. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function HandOver({ name, onReady }: { name: string; onReady: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [name]);
  return (
    <div className="soc-overlay soc-overlay--opaque" role="presentation">
      <div className="soc-dialog" role="dialog" aria-modal="true" aria-labelledby="soc-handover-title" data-handover>
        <h2 id="soc-handover-title">{t('handover.title', { name })}</h2>
        <p>{t('handover.intro')}</p>
        <button type="button" ref={button} className="soc-button soc-button--primary" onClick={onReady}>
          {t('handover.ready', { name })}
        </button>
      </div>
    </div>
  );
}
