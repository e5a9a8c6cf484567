/**
 * Broken JSON as a designer writes it: each mistake is named in a plain sentence that says
 * what is probably missing, never in the parser's words ("Unexpected token LBrace"), and the
 * checker never throws. A byte-order mark and CRLF line ends are not mistakes.
 */
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/content/json-syntax.ts';

const JARGON = /Unexpected|token|LBrace|RBrace|LBracket|RBracket|Colon|Comma found|position \d/;

function problemOf(text: string) {
  const parsed = parseFile('knowledge.json', text);
  expect(parsed.ok, text).toBe(false);
  if (parsed.ok) throw new Error('unreachable');
  expect(parsed.problem.message, text).not.toMatch(JARGON);
  return parsed.problem;
}

describe('broken JSON, in plain words', () => {
  const cases: [text: string, says: string, line: number, column: number][] = [
    ['{"copies" 2}', 'a colon : is missing after the field name', 1, 11],
    ['{"copies"}', 'a colon : is missing after the field name', 1, 10],
    ['{"copies": 2 "name": "x"}', 'a comma is missing before this field', 1, 14],
    ['[1 2]', 'a comma is missing before this value', 1, 4],
    ['{"a": 1}\n{"b": 2}', 'already ended at line 1', 2, 1],
    ['{"a": 1}}', 'already ended at line 1', 1, 9],
    ['{"a": [1, 2}', 'this } does not close the [ opened at line 1, column 7: a ] is missing', 1, 12],
    ['{"a": {"b": 1]', 'this ] does not close the { opened at line 1, column 7', 1, 14],
    ['{"a": }', 'a value is missing here', 1, 7],
    ['{"a": 1,, "b": 2}', 'a field name in double quotes was expected here', 1, 9],
    ['{"a": 1,\r\n}', 'a comma before } is not allowed', 2, 1],
    ['{"a": "x"  : "y"}', 'a colon : is not allowed here', 1, 12],
    ['{"a": +1}', 'cannot start with +', 1, 7],
    ['{"a": .5}', 'write 0.5', 1, 7],
    ['{"a": 1.}', 'cannot end with a point', 1, 9],
    ['{"a": "x\\q"}', '\\q is not something JSON can write in a text', 1, 9],
    ['{"a": "tab\there"}', 'write \\t for a tab', 1, 11],
    ['{"a": tru}', 'tru is not a JSON value', 1, 7],
    ['{"a": 1 // why\n}', 'JSON has no comments', 1, 9],
    ['{"a": 1}\u0000', 'an invisible character (U+0000)', 1, 9],
    ['', 'the file is empty', 1, 1],
    ['{"a": [1, 2', 'the file ends too early', 1, 11],
  ];
  for (const [text, says, line, column] of cases) {
    it(`${JSON.stringify(text)}: ${says}`, () => {
      const p = problemOf(text);
      expect(p.message).toContain(says);
      expect({ line: p.line, column: p.column }).toEqual({ line, column });
      expect(p.code).toBe('json-syntax');
    });
  }

  it('reads a byte-order mark and CRLF line ends, with the lines an editor shows', () => {
    const parsed = parseFile('knowledge.json', '\uFEFF{\r\n  "a": 1,\r\n  "a": 2\r\n}\r\n');
    expect(parsed.ok).toBe(true);
    expect(parsed.duplicates.map((d) => [d.line, d.column])).toEqual([[3, 3]]);
  });
});
