/** The way back to the start page, as a real link that the app follows without reloading. */
import { useTranslation } from 'react-i18next';

export function HomeLink({ go }: { go: (to: string) => void }) {
  const { t } = useTranslation();
  return (
    <p>
      <a
        href="/"
        onClick={(e) => {
          e.preventDefault();
          go('/');
        }}
      >
        {t('app.home')}
      </a>
    </p>
  );
}
