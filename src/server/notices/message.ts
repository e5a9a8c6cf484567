/**
 * What a turn notice says, in Dutch and English (we do not know which the reader prefers):
 * whose turn, at which table, until when, the link that opens the seat.
 */
export interface TurnNotice {
  name: string;
  code: string;
  /** ms since 1970, UTC; null on a live table. */
  dueAt: number | null;
  link: string;
}

function when(dueAt: number, lang: 'nl' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(dueAt) + ' UTC';
}

export function mailSubject(n: TurnNotice): string {
  return `Je bent aan de beurt / Your turn — School of Commons ${n.code}`;
}

export function mailText(n: TurnNotice, unsubscribe: string): string {
  return [
    `${n.name}, je bent aan de beurt aan tafel ${n.code}.`,
    n.dueAt !== null ? `Je hebt tot ${when(n.dueAt, 'nl')}.` : '',
    `Open je plaats: ${n.link}`,
    '',
    `${n.name}, it is your turn at table ${n.code}.`,
    n.dueAt !== null ? `You have until ${when(n.dueAt, 'en')}.` : '',
    `Open your seat: ${n.link}`,
    '',
    '—',
    `Geen meldingen meer / No more notices: ${unsubscribe}`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** A push notice's payload, which the service worker shows. */
export function pushPayload(n: TurnNotice): string {
  return JSON.stringify({
    title: `School of Commons ${n.code}`,
    body: n.dueAt !== null ? `${n.name}: je bent aan de beurt (tot ${when(n.dueAt, 'nl')}) / your turn (until ${when(n.dueAt, 'en')})` : `${n.name}: je bent aan de beurt / your turn`,
    url: n.link,
  });
}

/**
 * A group chat's incoming webhook: Slack and Mattermost read `text`, Discord reads `content`
 * (each ignores the other). The link opens the table for whoever holds the seat; it carries
 * no credentials, since the whole channel reads it.
 */
export function webhookBody(n: TurnNotice): string {
  const line = `School of Commons ${n.code}: ${n.name} is aan de beurt / it is ${n.name}'s turn${n.dueAt !== null ? ` (tot / until ${when(n.dueAt, 'en')})` : ''} — ${n.link}`;
  return JSON.stringify({ text: line, content: line });
}
