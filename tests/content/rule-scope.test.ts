/**
 * The checker says a role ability or a pattern-limited rule change "does nothing" from the
 * table in src/content/rule-scope.ts. That table must match how the engine reads each rule:
 * this reads every ruleValue() call in src/rules and fails when the two drift apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERN_RULES, PLAYER_RULES } from '../../src/content/rule-scope.ts';
import { RULE_NAMES } from '../../src/content/schema.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('rule scope', () => {
  const code = sources(join(import.meta.dirname, '../../src/rules')).join('\n');
  const calls = [...code.matchAll(/ruleValue\(\s*content,\s*state,\s*'(\w+)'\s*(?:,\s*([^,)]+))?\s*(?:,\s*([^,)]+))?\)/g)];
  const seat = new Set<string>();
  const pattern = new Set<string>();
  for (const [, rule, s, p] of calls) {
    if (s !== undefined && s.trim() !== 'null') seat.add(rule);
    if (p !== undefined && p.trim() !== 'null') pattern.add(rule);
  }

  it('finds the engine reading every rule', () => {
    const read = new Set(calls.map((c) => c[1]));
    const direct = RULE_NAMES.filter((r) => !read.has(r));
    // flowShield is counted down in place by the flow, not read through ruleValue.
    expect(direct).toEqual(['flowShield']);
  });

  it('lists the rules read for one player', () => {
    expect([...PLAYER_RULES].sort()).toEqual([...seat].sort());
  });

  it('lists the rules read for a pattern', () => {
    expect([...PATTERN_RULES].sort()).toEqual([...pattern].sort());
  });
});
