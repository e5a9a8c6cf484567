/**
 * "Tell me when it is my turn" at an online seat: an e-mail address, notices on this device
 * (Web Push through /sw.js), the table's group-chat webhook, and deleting every address.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { away, type SeatProof } from '../chat/api.ts';

function b64urlToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function NoticeSettings({ matchID, seat }: { matchID: string; seat: SeatProof }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [cadence, setCadence] = useState<'turn' | 'daily'>('turn');
  const [hook, setHook] = useState('');
  const [said, setSaid] = useState<string | null>(null);
  const fail = (err: unknown) => setSaid(t('away.notices.failed', { message: (err as Error).message }));
  const subscribeMail = (e: FormEvent) => {
    e.preventDefault();
    away.subscribe(matchID, seat, { kind: 'email', address: email, cadence }).then(() => setSaid(t(cadence === 'daily' ? 'away.notices.subscribedDaily' : 'away.notices.subscribed', { address: email })), fail);
  };
  const subscribePush = async () => {
    try {
      if (!('serviceWorker' in navigator) || !('PushManager' in window)) return setSaid(t('away.notices.pushUnsupported'));
      const registration = await navigator.serviceWorker.register('/sw.js');
      const { publicKey } = await away.pushKey();
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: b64urlToBytes(publicKey) });
      await away.subscribe(matchID, seat, { kind: 'push', subscription: subscription.toJSON() });
      setSaid(t('away.notices.pushOn'));
    } catch (err) {
      fail(err);
    }
  };
  const saveHook = (e: FormEvent) => {
    e.preventDefault();
    away.webhook(matchID, seat, hook).then(() => setSaid(t('away.notices.webhookSaved')), fail);
  };
  return (
    <details className="soc-notices" data-notices>
      <summary>{t('away.notices.title')}</summary>
      <p className="soc-muted">{t('away.notices.intro')}</p>
      <form onSubmit={subscribeMail}>
        <label className="soc-visually-hidden" htmlFor="soc-notice-email">
          {t('away.notices.email')}
        </label>
        <input id="soc-notice-email" type="email" required autoComplete="email" placeholder={t('away.notices.email')} value={email} onChange={(e) => setEmail(e.target.value)} />
        <label className="soc-visually-hidden" htmlFor="soc-notice-cadence">
          {t('away.notices.cadence')}
        </label>
        <select id="soc-notice-cadence" value={cadence} onChange={(e) => setCadence(e.target.value === 'daily' ? 'daily' : 'turn')}>
          <option value="turn">{t('away.notices.cadenceTurn')}</option>
          <option value="daily">{t('away.notices.cadenceDaily')}</option>
        </select>
        <button type="submit" className="soc-button">
          {t('away.notices.subscribe')}
        </button>
      </form>
      <button type="button" className="soc-button soc-button--quiet" onClick={() => void subscribePush()}>
        {t('away.notices.push')}
      </button>
      <form onSubmit={saveHook}>
        <label className="soc-visually-hidden" htmlFor="soc-notice-hook">
          {t('away.notices.webhook')}
        </label>
        <input id="soc-notice-hook" type="url" placeholder={t('away.notices.webhook')} value={hook} onChange={(e) => setHook(e.target.value)} />
        <button type="submit" className="soc-button">
          {t('away.notices.webhookSave')}
        </button>
      </form>
      <button type="button" className="soc-button soc-button--quiet" onClick={() => away.forget(matchID, seat).then(() => setSaid(t('away.notices.removed')), fail)}>
        {t('away.notices.removeAll')}
      </button>
      <p className="soc-muted">{t('away.notices.privacy')}</p>
      {said && <p role="status">{said}</p>}
    </details>
  );
}
