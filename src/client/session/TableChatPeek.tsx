/**
 * A table's chat on the facilitator's dashboard, read only: closed until opened (a room of
 * tables would be a wall of text), then read every few seconds while open, so it follows the
 * table wherever its server runs.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../protocol/away.ts';
import { ChatLines } from '../chat/ChatLines.tsx';

const EVERY_MS = 5000;

export function TableChatPeek({ read, table }: { read: () => Promise<ChatMessage[]>; table: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [messages, setMessages] = useState<ChatMessage[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open) return;
    let stop = false;
    const look = () =>
      read().then(
        (m) => !stop && (setMessages(m), setFailed(false)),
        () => !stop && setFailed(true),
      );
    void look();
    const timer = setInterval(look, EVERY_MS);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [open, read]);
  return (
    <details className="soc-tcard__chat soc-chat" data-chat-peek={table} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('session.chat', { count: messages?.length ?? 0 })}</summary>
      {failed && <p className="soc-muted">{t('session.chatFailed')}</p>}
      {messages && messages.length === 0 && <p className="soc-muted">{t('away.chat.empty')}</p>}
      {messages && messages.length > 0 && <ChatLines messages={messages} label={t('session.chat', { count: messages.length })} />}
    </details>
  );
}
