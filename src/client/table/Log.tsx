/** The log: the last events in the game's words, newest at the bottom. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoggedEvent } from '../../rules/state.ts';
import { logLine } from './log-lines.ts';
import type { Namer } from './names.ts';

export function Log({ events, n }: { events: readonly LoggedEvent[]; n: Namer }) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const last = events.at(-1)?.n;
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);
  return (
    <section className="soc-log" aria-labelledby="soc-log-title">
      <h2 id="soc-log-title">{t('table.log')}</h2>
      <ol ref={list} tabIndex={0} aria-label={t('table.log')}>
        {events.map((e) => (
          <li key={e.n} className={`soc-log__line soc-log__line--${e.e}`}>
            {logLine(e, n)}
          </li>
        ))}
      </ol>
    </section>
  );
}
