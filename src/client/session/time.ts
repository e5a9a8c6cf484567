/** Clocks of the session pages: now (corrected by the server's clock), and durations as people read them. */
import { useEffect, useState } from 'react';

/** The current time, re-rendered every `ms`; `offset` is the server's clock minus this browser's. */
export function useNow(offset: number, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), ms);
    setNow(Date.now() + offset);
    return () => clearInterval(timer);
  }, [offset, ms]);
  return now;
}

/** 0:42, 12:05, 1:02:03. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
