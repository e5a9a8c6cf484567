/**
 * What a JSON parser expected where it stopped, said the way a designer thinks: "a colon is
 * missing after the field name", "this ] does not close the { opened at 4:3". The text before
 * the stop is valid JSON as far as it goes, so a light scan of it (brackets, and what may come
 * next in each) is enough to know where we are.
 */

type Next = 'key' | 'colon' | 'value' | 'comma' | 'end';

interface Open {
  bracket: '{' | '[';
  line: number;
  column: number;
  next: Next;
}

export interface Expectation {
  /** What may come next at the stop. */
  next: Next;
  /** The innermost open object or list, if any. */
  open?: Open;
  /** Where the whole value ended, when the stop is after it. */
  endedAt?: { line: number; column: number };
}

/** Scans `text` up to `offset` (where the parser stopped). */
function expectationAt(text: string, offset: number): Expectation {
  const stack: Open[] = [];
  let top: Next = 'value';
  let endedAt: Expectation['endedAt'];
  let line = 1;
  let column = 1;
  const afterValue = () => {
    const o = stack[stack.length - 1];
    if (o) o.next = 'comma';
    else top = 'end';
  };
  let i = 0;
  while (i < offset) {
    const c = text[i];
    const at = { line, column };
    if (c === '\n') {
      line++;
      column = 1;
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < offset && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      column += j + 1 - i;
      const o = stack[stack.length - 1];
      if (o?.bracket === '{' && o.next === 'key') o.next = 'colon';
      else afterValue();
      i = j + 1;
      continue;
    }
    const o = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      stack.push({ bracket: c, ...at, next: c === '{' ? 'key' : 'value' });
    } else if (c === '}' || c === ']') {
      stack.pop();
      afterValue();
      if (stack.length === 0) endedAt = at;
    } else if (c === ':') {
      if (o) o.next = 'value';
    } else if (c === ',') {
      if (o) o.next = o.bracket === '{' ? 'key' : 'value';
    } else if (!/\s/.test(c)) {
      // A number or a word (true, false, null): one value, up to the next delimiter.
      let j = i;
      while (j < offset && !/[\s,:\]}[{"]/.test(text[j])) j++;
      afterValue();
      if (stack.length === 0) endedAt = at;
      column += j - i;
      i = j;
      continue;
    }
    column++;
    i++;
  }
  const open = stack[stack.length - 1];
  return { next: open ? open.next : top, open, endedAt };
}

/** A sentence for a stop at `char` (the character where the parser stopped). */
export function expectedSentence(text: string, offset: number): string | undefined {
  const char = text[offset] ?? '';
  const { next, open, endedAt } = expectationAt(text, offset);
  const opened = open ? `the ${open.bracket} opened at line ${open.line}, column ${open.column}` : '';
  if (next === 'end') {
    return `the file holds one JSON value, which already ended${endedAt ? ` at line ${endedAt.line}` : ''}: remove what follows, or check that no closing } or ] came too early`;
  }
  if ((char === '}' || char === ']') && open && (char === '}') !== (open.bracket === '{')) {
    return `this ${char} does not close ${opened}: a ${open.bracket === '{' ? '}' : ']'} is missing before it, or it is the wrong bracket`;
  }
  switch (next) {
    case 'key':
      return char === '}' ? undefined : `a field name in double quotes was expected here ("name": value), inside ${opened}`;
    case 'colon':
      return 'a colon : is missing after the field name ("name": value)';
    case 'value':
      return char === ',' || char === '}' || char === ']' ? 'a value is missing here ("text", a number, true, false, null, [ … ] or { … })' : undefined;
    case 'comma':
      if (char === ':') return 'a colon : is not allowed here: one colon stands between a field name and its value';
      return open?.bracket === '{' ? 'a comma is missing before this field' : 'a comma is missing before this value';
  }
  return undefined;
}
