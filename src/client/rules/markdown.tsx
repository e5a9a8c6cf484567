/**
 * The rulebooks (docs/rules.md, docs/rules.nl.md) as React elements, so the in-app rules page
 * shows the very text of the rulebook rather than a copy that could drift. Only what the
 * rulebooks use: headings, paragraphs, bullet and numbered lists (one level of nesting),
 * tables, **bold**, `code` and [links](…); HTML comments (the generated-table markers) are
 * dropped. Text becomes React text nodes, never HTML.
 */
import type { ReactNode } from 'react';

function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${key}-${i++}`;
    if (m[1] !== undefined) out.push(<strong key={k}>{inline(m[1], k)}</strong>);
    else if (m[2] !== undefined) out.push(<code key={k}>{m[2]}</code>);
    else out.push(<span key={k} className="soc-rules__ref">{m[3]}</span>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

interface Item {
  text: string;
  children: Item[];
  ordered: boolean;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

export function renderMarkdown(source: string): ReactNode[] {
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out: ReactNode[] = [];
  let i = 0;
  let n = 0;
  while (i < lines.length) {
    const line = lines[i];
    const key = `b${n++}`;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,4}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      const Tag = `h${Math.min(level + 1, 5)}` as 'h2';
      out.push(
        <Tag key={key} id={slug(heading[2])}>
          {inline(heading[2], key)}
        </Tag>,
      );
      i++;
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i].startsWith('|')) {
        if (!/^\|[-| ]+\|$/.test(lines[i])) rows.push(lines[i].slice(1, -1).split('|').map((c) => c.trim()));
        i++;
      }
      const [head, ...body] = rows;
      out.push(
        <div key={key} className="soc-rules__table">
          <table>
            <thead>
              <tr>{head.map((c, j) => <th key={j}>{inline(c, `${key}h${j}`)}</th>)}</tr>
            </thead>
            <tbody>
              {body.map((r, ri) => (
                <tr key={ri}>{r.map((c, j) => <td key={j}>{inline(c, `${key}${ri}-${j}`)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>,
      );
      continue;
    }
    if (/^(\s*)([-*]|\d+\.) /.test(line)) {
      // A list: items start with "- " or "1. "; deeper indentation makes a nested list;
      // indented lines without a marker continue the item above.
      const items: Item[] = [];
      let ordered = /^\d+\./.test(line);
      while (i < lines.length && lines[i].trim() !== '' && (/^(\s*)([-*]|\d+\.) /.test(lines[i]) || /^\s+\S/.test(lines[i]))) {
        const m = /^(\s*)([-*]|\d+\.) (.*)$/.exec(lines[i]);
        if (m) {
          const item = { text: m[3], children: [], ordered: /\d/.test(m[2]) };
          if (m[1].length >= 2 && items.length) items[items.length - 1].children.push(item);
          else items.push(item);
        } else {
          const target = items[items.length - 1];
          const deepest = target.children.length ? target.children[target.children.length - 1] : target;
          deepest.text += ` ${lines[i].trim()}`;
        }
        i++;
      }
      ordered = items[0]?.ordered ?? ordered;
      const list = (xs: Item[], k: string, numbered: boolean): ReactNode => {
        const Tag = numbered ? 'ol' : 'ul';
        return (
          <Tag key={k}>
            {xs.map((x, j) => (
              <li key={j}>
                {inline(x.text, `${k}-${j}`)}
                {x.children.length > 0 && list(x.children, `${k}-${j}c`, x.children[0].ordered)}
              </li>
            ))}
          </Tag>
        );
      };
      out.push(list(items, key, ordered));
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !/^(#|\||\s*([-*]|\d+\.) )/.test(lines[i])) para.push(lines[i++].trim());
    out.push(<p key={key}>{inline(para.join(' '), key)}</p>);
  }
  return out;
}
