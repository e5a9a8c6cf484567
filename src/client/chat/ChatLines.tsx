/**
 * A table's chat messages as a list: who, when (in this browser's time zone), and the text
 * (React escapes whatever was typed) or the quick reaction. The table's chat and the
 * facilitator's dashboard show the same lines.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, Reaction } from '../../protocol/away.ts';

/** Signs the table's fonts have (no emoji font is assumed). */
export const REACTION_SIGN: Record<Reaction, string> = { thanks: '♥', agree: '✓', idea: '★', question: '?', wait: '…' };

export function ChatLines({ messages, label, ref }: { messages: readonly ChatMessage[]; label: string; ref?: Ref<HTMLOListElement> }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <ol ref={ref} tabIndex={0} aria-label={label} aria-live="polite">
      {messages.map((m) => (
        <li key={m.seq} className={m.kind === 'reaction' ? 'soc-chat__line soc-chat__line--reaction' : 'soc-chat__line'}>
          <span className="soc-chat__who">{m.name}</span> <time dateTime={new Date(m.at).toISOString()}>{time.format(m.at)}</time>{' '}
          {m.kind === 'reaction' ? (
            <span className="soc-chat__reaction">
              <span aria-hidden="true">{REACTION_SIGN[m.body as Reaction] ?? ''} </span>
              {t(`away.chat.reaction.${m.body}`, { defaultValue: m.body })}
            </span>
          ) : (
            <span className="soc-chat__text">{m.body}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
