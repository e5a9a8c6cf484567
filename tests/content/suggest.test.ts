import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/content/suggest.ts';

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swaps of neighbours', () => {
    expect(editDistance('making', 'making')).toBe(0);
    expect(editDistance('makng', 'making')).toBe(1); // a letter missing
    expect(editDistance('makingg', 'making')).toBe(1); // a letter doubled
    expect(editDistance('mkaing', 'making')).toBe(1); // two letters swapped
    expect(editDistance('mbking', 'making')).toBe(1); // a wrong letter
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['resorces', 'resources'], ['ca', 'abc'], ['open-end', 'opne-edn']]) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('closest', () => {
  const patterns = ['resources', 'identity', 'organisation', 'dreaming', 'making', 'disruption', 'transformation', 'open-end'];
  it('suggests a name one or two edits away', () => {
    expect(closest('resorces', patterns)).toBe('resources');
    expect(closest('organization', patterns)).toBe('organisation');
    expect(closest('dremaing', patterns)).toBe('dreaming');
    expect(closest('Making', patterns)).toBe('making');
  });

  it('suggests nothing for a word that is not close', () => {
    expect(closest('money', patterns)).toBeUndefined();
    expect(closest('xy', ['ab', 'cd'])).toBeUndefined();
    expect(closest('anything', [])).toBeUndefined();
  });

  it('never suggests the word itself', () => {
    expect(closest('making', ['making'])).toBeUndefined();
  });

  it('words the hint for messages', () => {
    expect(didYouMean('copeis', ['id', 'copies'])).toBe(' (did you mean "copies"?)');
    expect(didYouMean('zzz', ['id', 'copies'])).toBe('');
  });
});
