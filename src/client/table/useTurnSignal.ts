/**
 * Telling an online player it is their turn while they are elsewhere: the tab title changes,
 * and, if they asked for it, the browser shows a notification when the page is hidden.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type NotifyState = 'unsupported' | 'off' | 'on' | 'denied';

function initial(): NotifyState {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && localStorage.getItem('soc:notify') === 'on' ? 'on' : 'off';
}

export function useTurnSignal(myTurn: boolean, turnKey: number, active: boolean) {
  const { t } = useTranslation();
  const [notify, setNotify] = useState<NotifyState>(initial);

  useEffect(() => {
    if (!active) return;
    const base = t('app.title');
    document.title = myTurn ? `▶ ${t('table.turnTitle')} · ${base}` : base;
    return () => {
      document.title = base;
    };
  }, [active, myTurn, t]);

  useEffect(() => {
    if (!active || !myTurn || notify !== 'on' || !document.hidden) return;
    try {
      new Notification(t('app.title'), { body: t('table.notifyBody'), tag: 'soc-turn' });
    } catch {
      // Some browsers only allow notifications from a service worker; the title still says it.
    }
  }, [active, myTurn, turnKey, notify, t]);

  const ask = async () => {
    if (typeof Notification === 'undefined') return;
    const answer = await Notification.requestPermission();
    const next: NotifyState = answer === 'granted' ? 'on' : answer === 'denied' ? 'denied' : 'off';
    if (next === 'on') localStorage.setItem('soc:notify', 'on');
    setNotify(next);
  };
  return { notify, ask };
}
