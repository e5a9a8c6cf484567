/**
 * The server's refusals of this seat's moves (online), in plain words: the move that was not
 * taken and why, until the next move is made. They come as the protocol's `refused` message
 * (protocol/table.ts) through the table's channel.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableClient } from './connect.ts';

export function useRefusals(client: TableClient): { refused: string | null; clear: () => void } {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(
    () => client.channel.onRefused(({ reason }) => setRefused(t(`refused.${reason}`, { defaultValue: t('refused.other') }))),
    [client, t],
  );
  const clear = useCallback(() => setRefused(null), []);
  return { refused, clear };
}
