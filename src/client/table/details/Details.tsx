/**
 * Opening a card at the table: every knowledge card, role, case and transformation has a
 * small button that opens its full text in a modal dialog (the native <dialog>: focus moves
 * in and stays in, Escape closes, and focus goes back to the button that opened it). One
 * provider per table holds which subject is open, so the buttons can sit anywhere.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../../content/content.ts';
import type { Language } from '../../../content/schema.ts';
import { PatternMark } from '../../../designer/faces/index.ts';
import type { PublicState } from '../../../rules/view.ts';
import { detailOf, type DetailSubject } from './detail-text.ts';
import './details.css';

type Open = (subject: DetailSubject, opener: HTMLElement | null) => void;
const DetailsContext = createContext<Open | null>(null);

export function DetailsProvider({ content, lang, view, children }: { content: Content; lang: Language; view?: PublicState; children: ReactNode }) {
  const [subject, setSubject] = useState<DetailSubject | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback<Open>((s, from) => {
    opener.current = from;
    setSubject(s);
  }, []);
  const close = useCallback(() => {
    setSubject(null);
    // The button that opened the dialog gets the focus back, so keyboard play goes on where it was.
    const back = opener.current;
    opener.current = null;
    if (back && back.isConnected) requestAnimationFrame(() => back.focus());
  }, []);
  return (
    <DetailsContext.Provider value={open}>
      {children}
      {subject && <DetailDialog content={content} lang={lang} view={view} subject={subject} onClose={close} />}
    </DetailsContext.Provider>
  );
}

/** A button that opens a subject's full text; without children it is a small "i" beside a name. */
export function DetailButton({ subject, name, children }: { subject: DetailSubject; name: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const open = useContext(DetailsContext);
  if (!open) return children ? <>{children}</> : null;
  return (
    <button
      type="button"
      className={children ? 'soc-detail-link' : 'soc-detail-button'}
      aria-haspopup="dialog"
      aria-label={children ? undefined : t('details.open', { name })}
      title={children ? undefined : t('details.open', { name })}
      data-detail={`${subject.kind}:${subject.id}`}
      onClick={(e) => {
        // Inside a card that is itself a button, opening the text must not also pick the card.
        e.stopPropagation();
        open(subject, e.currentTarget);
      }}
    >
      {children ?? <span aria-hidden="true">i</span>}
    </button>
  );
}

function DetailDialog({ content, lang, view, subject, onClose }: { content: Content; lang: Language; view?: PublicState; subject: DetailSubject; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const detail = useMemo(() => detailOf(content, lang, subject, view), [content, lang, subject, view]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  if (!detail) return null;
  return (
    <dialog
      ref={ref}
      className="soc-detail"
      aria-labelledby="soc-detail-title"
      data-detail-open={`${subject.kind}:${subject.id}`}
      style={detail.pattern ? ({ '--soc-pattern': detail.pattern.color } as React.CSSProperties) : undefined}
      onClose={onClose}
      onClick={(e) => {
        // A click on the backdrop (outside the box) closes, as people expect of a pop-up.
        if (e.target === e.currentTarget) {
          const r = e.currentTarget.getBoundingClientRect();
          if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) e.currentTarget.close();
        }
      }}
    >
      <header className="soc-detail__band">
        <span className="soc-detail__kind">{detail.kindLabel}</span>
        {detail.pattern && <PatternMark pattern={detail.pattern} lang={lang} named />}
      </header>
      <h2 id="soc-detail-title">{detail.title}</h2>
      {detail.needs && detail.needs.length > 0 && (
        <section className="soc-detail__section">
          <h3>{t('details.needs')}</h3>
          <ul className="soc-detail__needs">
            {detail.needs.map(({ pattern, need, met }) => (
              <li key={pattern.id} className={met >= need ? 'soc-need soc-need--met' : 'soc-need'}>
                <PatternMark pattern={pattern} lang={lang} named />
                <span>{t('table.progress', { met, need })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {detail.sections.map((s) => (
        <section key={s.heading} className="soc-detail__section" data-section={s.heading}>
          <h3>{t(`details.${s.heading}`)}</h3>
          <p>{s.text}</p>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" className="soc-button soc-button--primary" data-close-detail autoFocus>
          {t('details.close')}
        </button>
      </form>
    </dialog>
  );
}
