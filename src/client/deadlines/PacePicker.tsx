/** The pace of a new online table: live, or a turn deadline of 12, 24 or 72 hours and what happens then. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TURN_HOURS, type Pace, type TurnHours } from '../../protocol/away.ts';

export function PacePicker({ value, onChange }: { value: Pace | null; onChange: (pace: Pace | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-pace`}>{t('away.pace.label')}</label>
      <select
        id={`${id}-pace`}
        data-pace
        value={value ? String(value.hours) : 'live'}
        onChange={(e) => onChange(e.target.value === 'live' ? null : { hours: Number(e.target.value) as TurnHours, onTimeout: value?.onTimeout ?? 'bot' })}
      >
        <option value="live">{t('away.pace.liveOption')}</option>
        {TURN_HOURS.map((h) => (
          <option key={h} value={h}>
            {t('away.pace.hoursOption', { hours: h })}
          </option>
        ))}
      </select>
      {value && (
        <>
          <label htmlFor={`${id}-timeout`}>{t('away.pace.onTimeout')}</label>
          <select id={`${id}-timeout`} data-on-timeout value={value.onTimeout} onChange={(e) => onChange({ ...value, onTimeout: e.target.value === 'skip' ? 'skip' : 'bot' })}>
            <option value="bot">{t('away.pace.bot')}</option>
            <option value="skip">{t('away.pace.skip')}</option>
          </select>
        </>
      )}
    </>
  );
}
