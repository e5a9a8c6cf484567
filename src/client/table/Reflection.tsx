/**
 * An open-end moment: the prompt goes to the whole table, in a dialog everyone sees. The
 * player whose turn it is closes it once the table has talked ("we talked about it").
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Namer } from './names.ts';

export interface ReflectionProps {
  prompt: string;
  n: Namer;
  seat: number;
  /** Whether this screen may close the conversation (the seat to act is here). */
  canClose: boolean;
  onClose: () => void;
}

export function Reflection({ prompt, n, seat, canClose, onClose }: ReflectionProps) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (button.current ?? heading.current)?.focus();
  }, [prompt]);
  return (
    <div className="soc-overlay" role="presentation">
      <div className="soc-dialog soc-dialog--reflection" role="dialog" aria-modal="true" aria-labelledby="soc-reflection-title" aria-describedby="soc-reflection-prompt">
        <h2 id="soc-reflection-title" tabIndex={-1} ref={heading}>
          {t('reflection.title')}
        </h2>
        <p>{t('reflection.intro')}</p>
        <blockquote id="soc-reflection-prompt" className="soc-prompt">
          {n.prompt(prompt)}
        </blockquote>
        {canClose ? (
          <button type="button" ref={button} className="soc-button soc-button--primary" data-action="reflect" onClick={onClose}>
            {t('action.reflect')}
          </button>
        ) : (
          <p className="soc-muted">{t('reflection.waiting', { name: n.seat(seat) })}</p>
        )}
      </div>
    </div>
  );
}
