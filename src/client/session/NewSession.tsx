/**
 * "Run a workshop" on the start page: the session's settings, then the facilitator link (with
 * its key, to keep), the participants' code, link and QR code.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Content } from '../../content/content.ts';
import type { Language } from '../../content/schema.ts';
import type { CreatedSession, Seating } from '../../protocol/sessions.ts';
import { errorText } from '../lobby/api.ts';
import { ScenarioSelect } from '../lobby/ScenarioSelect.tsx';
import { ScenarioText } from '../lobby/ScenarioText.tsx';
import { sessionApi } from './api.ts';
import { Qr } from './Qr.tsx';
import { ErrorLine } from '../app/ErrorLine.tsx';

export function NewSession({ content, lang, go }: { content: Content; lang: Language; go: (path: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [scenario, setScenario] = useState(content.scenarios.has('standard') ? 'standard' : [...content.scenarios.keys()][0]);
  const [seats, setSeats] = useState(4);
  const [tables, setTables] = useState<number | null>(3);
  const [bots, setBots] = useState(true);
  const [initiatives, setInitiatives] = useState(false);
  const [seating, setSeating] = useState<Seating>('auto');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedSession | null>(null);
  const range = content.scenarios.get(scenario)?.players ?? { min: 1, max: 6 };
  const min = Math.max(1, range.min);
  const max = Math.min(6, range.max);
  const seatCount = Math.min(max, Math.max(min, seats));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setCreated(await sessionApi.create({ title: title.trim() || t('session.titleDefault'), scenario, seatsPerTable: seatCount, tables, bots, initiatives, seating }));
    } catch (err) {
      setError(errorText(t, err));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    const facilitatorPath = new URL(created.facilitatorUrl).pathname + new URL(created.facilitatorUrl).hash;
    return (
      <section className="soc-panel" aria-labelledby={`${id}-title`} data-created-session={created.code}>
        <h2 id={`${id}-title`}>{t('session.created')}</h2>
        <p>
          {t('session.code')}: <strong className="soc-code">{created.code}</strong>
        </p>
        <p>{t('session.joinLink')}</p>
        <input className="soc-session-link" readOnly value={created.joinUrl} onFocus={(e) => e.target.select()} aria-label={t('session.joinLink')} />
        <Qr text={created.joinUrl} label={t('session.qr')} size={140} />
        <p className="soc-muted">{t('session.keepLink')}</p>
        <input className="soc-session-link" readOnly value={created.facilitatorUrl} onFocus={(e) => e.target.select()} aria-label={t('session.dashboard')} />
        <button type="button" className="soc-button soc-button--primary" onClick={() => go(facilitatorPath)}>
          {t('session.openDashboard')}
        </button>
      </section>
    );
  }
  return (
    <section className="soc-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('session.newTitle')}</h2>
      <p>{t('session.newIntro')}</p>
      <form onSubmit={submit} data-form="session">
        <label htmlFor={`${id}-name`}>{t('session.title')}</label>
        <input id={`${id}-name`} maxLength={80} value={title} placeholder={t('session.titleDefault')} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={`${id}-scenario`}>{t('lobby.scenario')}</label>
        <ScenarioSelect id={`${id}-scenario`} content={content} lang={lang} value={scenario} onChange={setScenario} />
        <ScenarioText content={content} lang={lang} id={scenario} players={seatCount} />
        <label htmlFor={`${id}-seats`}>{t('session.seatsPerTable')}</label>
        <input id={`${id}-seats`} type="number" min={min} max={max} value={seatCount} onChange={(e) => setSeats(Number(e.target.value) || min)} />
        <label htmlFor={`${id}-tables`}>{t('session.tables')}</label>
        <select id={`${id}-tables`} value={tables === null ? 'arrive' : String(tables)} onChange={(e) => setTables(e.target.value === 'arrive' ? null : Number(e.target.value))}>
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i} value={i + 1}>
              {i + 1}
            </option>
          ))}
          <option value="arrive">{t('session.asArrive')}</option>
        </select>
        <label htmlFor={`${id}-seating`}>{t('session.seating')}</label>
        <select id={`${id}-seating`} value={seating} onChange={(e) => setSeating(e.target.value as Seating)}>
          <option value="auto">{t('session.seatingAuto')}</option>
          <option value="self">{t('session.seatingSelf')}</option>
          <option value="arranged">{t('session.seatingArranged')}</option>
        </select>
        <label className="soc-check">
          <input type="checkbox" checked={bots} onChange={(e) => setBots(e.target.checked)} />
          <span>{t('session.bots')}</span>
        </label>
        <label className="soc-check">
          <input type="checkbox" checked={initiatives} onChange={(e) => setInitiatives(e.target.checked)} />
          <span>{t('session.initiatives')}</span>
        </label>
        <ErrorLine text={error} />
        <button type="submit" className="soc-button soc-button--primary" disabled={busy}>
          {t('session.create')}
        </button>
      </form>
    </section>
  );
}
