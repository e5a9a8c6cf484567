/**
 * The table chat beside the log: messages (as text: React escapes whatever was typed), live
 * from the table's channel (the socket's `chat` message), quick reactions, and the seat's agreement to show the chat in the
 * harvest. Spectators read along. Times are shown in this browser's own time zone.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTIONS, type ChatMessage, type Reaction } from '../../protocol/away.ts';
import { ApiError } from '../lobby/api.ts';
import type { TableClient } from '../table/connect.ts';
import { away, type SeatProof } from './api.ts';
import { ChatLines, REACTION_SIGN } from './ChatLines.tsx';
import { ErrorLine } from '../app/ErrorLine.tsx';

const MAX_CHARS = 500;

export function TableChat({ client }: { client: TableClient }) {
  const { t } = useTranslation();
  const matchID = client.matchID;
  const seat: SeatProof | undefined = client.playerID && client.credentials ? { playerID: client.playerID, credentials: client.credentials } : undefined;
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [consent, setConsent] = useState<number[]>([]);
  const [agreed, setAgreed] = useState(false);
  const [people, setPeople] = useState(0);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      away.chat(matchID).then(
        (h) => {
          if (!live) return;
          setMessages(h.messages);
          setConsent(h.consent);
          setAgreed(h.agreed);
          setPeople(h.people);
        },
        () => undefined,
      );
    void load();
    const stopChat = client.channel.onChat((news) => {
      if ('message' in news) setMessages((all) => (all.some((m) => m.seq === news.message.seq) ? all : [...all, news.message]));
      else {
        setConsent(news.consent);
        setAgreed(news.agreed);
        setPeople(news.people);
      }
    });
    // After a lost connection, messages may have been missed: read them again.
    const stopConnected = client.channel.onConnected(() => void load());
    return () => {
      live = false;
      stopChat();
      stopConnected();
    };
  }, [client, matchID]);

  const last = messages.at(-1)?.seq;
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);

  const failed = (err: unknown) => {
    const code = err instanceof ApiError ? err.code : 'other';
    setError(t(`away.chat.errors.${code}`, { defaultValue: t('away.chat.errors.other') }));
  };
  const send = async () => {
    if (!seat || !draft.trim()) return;
    try {
      const message = await away.say(matchID, seat, draft);
      setMessages((all) => (all.some((m) => m.seq === message.seq) ? all : [...all, message]));
      setDraft('');
      setError(null);
    } catch (err) {
      failed(err);
    }
  };
  const react = async (reaction: Reaction) => {
    if (!seat) return;
    try {
      await away.react(matchID, seat, reaction);
      setError(null);
    } catch (err) {
      failed(err);
    }
  };
  const mine = seat ? consent.includes(Number(seat.playerID)) : false;

  return (
    <section className="soc-chat" aria-labelledby="soc-chat-title" data-chat>
      <h2 id="soc-chat-title">{t('away.chat.title')}</h2>
      {messages.length === 0 ? (
        <p className="soc-muted">{t('away.chat.empty')}</p>
      ) : (
        <ChatLines ref={list} messages={messages} label={t('away.chat.title')} />
      )}
      {seat ? (
        <>
          <div className="soc-chat__reactions" role="group" aria-label={t('away.chat.reactions')}>
            {REACTIONS.map((r) => (
              <button key={r} type="button" className="soc-button soc-button--quiet" data-reaction={r} onClick={() => void react(r)}>
                <span aria-hidden="true">{REACTION_SIGN[r]} </span>
                {t(`away.chat.reaction.${r}`)}
              </button>
            ))}
          </div>
          <form
            className="soc-chat__form"
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <label className="soc-visually-hidden" htmlFor="soc-chat-draft">
              {t('away.chat.placeholder')}
            </label>
            <textarea id="soc-chat-draft" rows={2} maxLength={MAX_CHARS} value={draft} placeholder={t('away.chat.placeholder')} onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void send();
                }
              }}
            />
            <button type="submit" className="soc-button soc-button--primary">
              {t('away.chat.send')}
            </button>
          </form>
          <ErrorLine text={error} />
          <label className="soc-chat__consent">
            <input
              type="checkbox"
              checked={mine}
              onChange={(e) => {
                const agree = e.target.checked;
                away.consent(matchID, seat, agree).then((c) => {
                  setConsent(c.consent);
                  setAgreed(c.agreed);
                }, failed);
              }}
            />{' '}
            {t('away.chat.consent')}
          </label>
          <p className="soc-muted" data-consent>
            {agreed ? t('away.chat.agreed') : t('away.chat.consentState', { count: consent.length, total: people })}
          </p>
        </>
      ) : (
        <p className="soc-muted">{t('away.chat.spectator')}</p>
      )}
    </section>
  );
}
