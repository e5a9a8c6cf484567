/**
 * An open-end moment: the prompt goes to the whole table, in a dialog everyone sees. The
 * player whose turn it is closes it once the table has talked ("we talked about it"), with a
 * shared note the table wrote together, or without one. Notes go into the match record and
 * come back in the debrief.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../../rules/notes.ts';
import type { Namer } from './names.ts';
import './reflection.css';

export interface ReflectionProps {
  prompt: string;
  n: Namer;
  seat: number;
  /** Whether this screen may close the conversation (the seat to act is here). */
  canClose: boolean;
  /** Closes the pause; `note` is the table's shared note, undefined when skipped. */
  onClose: (note?: string) => void;
}

export function Reflection({ prompt, n, seat, canClose, onClose }: ReflectionProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    setNote('');
    (field.current ?? heading.current)?.focus();
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
          <form
            className="soc-reflection__form"
            onSubmit={(e) => {
              e.preventDefault();
              onClose(note.trim() ? note.trim() : undefined);
            }}
          >
            <label htmlFor="soc-reflection-note">{t('reflection.noteLabel')}</label>
            <textarea
              id="soc-reflection-note"
              ref={field}
              rows={3}
              maxLength={NOTE_MAX_LENGTH}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('reflection.notePlaceholder')}
            />
            <p className="soc-reflection__buttons">
              <button type="submit" className="soc-button soc-button--primary" data-action="reflect-note" disabled={!note.trim()}>
                {t('reflection.saveNote')}
              </button>
              <button type="button" className="soc-button" data-action="reflect" onClick={() => onClose(undefined)}>
                {t('reflection.skipNote')}
              </button>
            </p>
          </form>
        ) : (
          <p className="soc-muted">{t('reflection.waiting', { name: n.seat(seat) })}</p>
        )}
      </div>
    </div>
  );
}
