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

/** One table in a daily digest: whose seat, which table, until when, the seat's link. */
export interface DigestLine extends TurnNotice {}

export function digestSubject(lines: readonly DigestLine[]): string {
  return `${lines.length === 1 ? 'Een tafel wacht op je / A table is waiting for you' : `${lines.length} tafels wachten op je / ${lines.length} tables are waiting for you`} — School of Commons`;
}

/** The digest: every table where it is this address's turn, in Dutch, then in English. */
export function digestText(lines: readonly DigestLine[], unsubscribe: string): string {
  const item = (n: DigestLine, lang: 'nl' | 'en') =>
    lang === 'nl'
      ? `- Tafel ${n.code}, ${n.name}${n.dueAt !== null ? `, tot ${when(n.dueAt, 'nl')}` : ''}: ${n.link}`
      : `- Table ${n.code}, ${n.name}${n.dueAt !== null ? `, until ${when(n.dueAt, 'en')}` : ''}: ${n.link}`;
  return [
    'Je bent aan de beurt aan deze tafels:',
    ...lines.map((n) => item(n, 'nl')),
    '',
    'It is your turn at these tables:',
    ...lines.map((n) => item(n, 'en')),
    '',
    'Je krijgt hoogstens één overzicht per dag. / You get at most one digest a day.',
    '—',
    `Geen meldingen meer / No more notices: ${unsubscribe}`,
  ].join('\n');
}
