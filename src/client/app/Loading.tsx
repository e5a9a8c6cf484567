/** What a page shows while its code, the deck or the game's engine is on its way. */
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="soc-home soc-loading" aria-busy="true" data-loading>
      <p className="soc-muted" role="status">
        {t('app.loading')}
      </p>
    </main>
  );
}
