/**
 * What a person did in the join page's form before the app had started: the form that comes in
 * the page's HTML (src/tools/early-join.ts), usable from the first paint on a slow phone. Read
 * once as the app starts, just before it replaces that form; the join page carries it on: the
 * name typed so far, the focus, and a Join already pressed, whose answer it reads.
 */
export interface EarlyJoin {
  name: string;
  /** The name field had the focus: the app's field takes it. */
  typing: boolean;
  /** Join was pressed: the page's script sent the join (`answer`), the app reads its answer. */
  pressed: boolean;
  answer?: Promise<Response>;
}

/** What the page's own script notes when Join is pressed: the name, and the join it sent. */
type EarlyWindow = { __socEarlyJoin?: { name: string; answer?: Promise<Response> } };

let taken: EarlyJoin | null = null;

/** Reads the early form, if the page has one: called once, before the app's first render replaces it. */
export function takeEarlyJoin(doc: Document = document, win: EarlyWindow = window as EarlyWindow): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-form="join-early"]');
  if (!form) return;
  const field = form.elements.namedItem('name') as HTMLInputElement | null;
  const pressed = win.__socEarlyJoin;
  taken = { name: pressed?.name ?? field?.value ?? '', typing: field !== null && doc.activeElement === field, pressed: pressed !== undefined, ...(pressed?.answer ? { answer: pressed.answer } : {}) };
}

/** The early form's state, once: the join page claims it as it first shows. */
export function claimEarlyJoin(): EarlyJoin | null {
  const early = taken;
  taken = null;
  return early;
}
