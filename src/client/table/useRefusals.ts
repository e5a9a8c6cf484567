/**
 * The server's refusals of this seat's moves (online), in plain words: the move that was not
 * taken and why, until the next move is made.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { socketOf, type TableClient } from './connect.ts';

export function useRefusals(client: TableClient): { refused: string | null; clear: () => void } {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => {
    const socket = socketOf(client);
    if (!socket) return;
    const onRefused = (...args: unknown[]) => {
      const info = args[1] as { reason?: string } | undefined;
      const reason = info?.reason ?? 'other';
      setRefused(t(`refused.${reason}`, { defaultValue: t('refused.other') }));
    };
    socket.on('refused', onRefused);
    return () => socket.off('refused', onRefused);
  }, [client, t]);
  const clear = useCallback(() => setRefused(null), []);
  return { refused, clear };
}
