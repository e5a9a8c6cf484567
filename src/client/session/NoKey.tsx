/** The facilitator's pages opened without the key the facilitator link carries after #. */
import { useTranslation } from 'react-i18next';

export function NoKey({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <main id="main" className={className}>
      <p className="soc-error" role="alert">
        {t('session.noKey')}
      </p>
    </main>
  );
}
