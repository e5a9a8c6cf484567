/**
 * A page that cannot be shown gets a sentence and a way to try again, not a blank screen. Most
 * pages are chunks that come over the line when opened (pages.ts): a dropped connection, or a
 * server updated since the tab was opened (its old chunks gone), makes such a page fail to
 * load. Seats and hot-seat games live in the browser and on the server, so loading the page
 * again loses nothing. (React reports the error itself, in the console.)
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemPage } from './ProblemPage.tsx';

interface Props {
  children: ReactNode;
  /** The address: going elsewhere tries again. */
  address: string;
}

export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(before: Props) {
    if (before.address !== this.props.address && this.state.error) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <PageError /> : this.props.children;
  }
}

function PageError() {
  const { t } = useTranslation();
  return (
    <ProblemPage text={t('errors.page')} mark="page-error">
      <p>
        <button type="button" className="soc-button soc-button--primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </p>
    </ProblemPage>
  );
}
