/** "3 h 20 min", "45 min", "2 d 4 h": time left until a deadline, short, in the page's language. */
export function timeLeft(ms: number, lang: string): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const unit = (value: number, u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'narrow' }).format(value);
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return `${unit(hours, 'hour')} ${unit(mins, 'minute')}`;
  return unit(mins, 'minute');
}
