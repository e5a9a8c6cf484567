/** A deck as spreadsheets: the shipped deck comes back byte for byte, mistakes are named by file, row and column. */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../src/content/check.ts';
import { exportDeckCsv, importDeckCsv } from '../../src/content/deck-csv.ts';
import { DEFAULT_CONTENT_DIR, readContentFiles } from '../../src/content/load.ts';
import type { ContentFileName } from '../../src/content/schema.ts';

const files = readContentFiles(DEFAULT_CONTENT_DIR);
const raw = () => Object.fromEntries(Object.entries(files).map(([f, t]) => [f.replace(/\.json$/, ''), JSON.parse(t)])) as Record<ContentFileName, any>;
const shipped = exportDeckCsv(raw());

/** Replaces one cell (row 1 is the header) of a CSV text, keeping the rest as written. */
function edit(csv: Record<string, string>, file: string, find: string, replace: string): Record<string, string> {
  expect(csv[file]).toContain(find);
  return { ...csv, [file]: csv[file].replace(find, replace) };
}

describe('a deck as CSV', () => {
  it('gives every file of the shipped deck back byte for byte', () => {
    const back = importDeckCsv(shipped);
    expect(back.problems).toEqual([]);
    expect(back.files).toEqual(files);
  });

  it('has one row per card and both languages as columns', () => {
    const [header, ...rows] = shipped['knowledge.csv'].replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toBe('id,pattern,name.nl,name.en,text.nl,text.en,helps.nl,helps.en,copies,decks');
    expect(rows).toHaveLength(raw().knowledge.knowledge.length);
    expect(shipped['deck.csv']).toContain('board.json,pressureLimit,');
  });

  it('keeps any text a designer types: quotes, commas, semicolons, line breaks', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (nl, en) => {
        const deck = raw();
        deck.knowledge.knowledge[0].name = { nl, en };
        const back = importDeckCsv(exportDeckCsv(deck));
        expect(JSON.parse(back.files['knowledge.json']).knowledge[0].name).toEqual({ nl, en });
      }),
      { numRuns: 25 },
    );
  });

  it('names a mistake by CSV file, row and column with the sentence deck:check uses for the JSON', () => {
    const csv = edit(shipped, 'knowledge.csv', '\ncrowdfunding,resources,', '\ncrowdfunding,resorces,');
    const result = importDeckCsv(csv);
    expect(result.ok).toBe(false);
    const json = JSON.parse(files['knowledge.json']);
    json.knowledge[0].pattern = 'resorces';
    const checker = checkDeck({ ...files, 'knowledge.json': JSON.stringify(json, null, 2) }).problems;
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'knowledge.csv', line: 2, column: 2, columnName: 'pattern', severity: 'error', message: checker[0].message }),
    ]);
  });

  it('locates a missing translation, a word for a number and a wrong effect in their cells', () => {
    let csv = edit(shipped, 'knowledge.csv', 'Crowdfunding,Crowdfunding,', 'Crowdfunding,,');
    csv = edit(csv, 'knowledge.csv', 'who wants to steer.",2,', 'who wants to steer.",two,');
    csv = edit(csv, 'flow.csv', '""place"":""resources"",""amount"":1}]",2', '""place"":""resources"",""amount"":0}]",2');
    const found = importDeckCsv(csv).problems.map((p) => [p.file, p.line, p.columnName, p.message]);
    expect(found).toEqual([
      ['flow.csv', 2, 'effects', 'flow card "rent-rise": effects[0].amount must be at least 1 (it is 0)'],
      ['knowledge.csv', 2, 'name.en', 'knowledge card "crowdfunding": name has no English (en) text'],
      ['knowledge.csv', 2, 'copies', 'knowledge card "crowdfunding": copies must be a whole number (it is "two")'],
    ]);
  });

  it('calls an unknown column an unknown field, with "did you mean"', () => {
    const csv = edit(shipped, 'prompts.csv', 'id,text.nl,text.en,decks', 'id,text.nl,text.en,dekcs');
    const problems = importDeckCsv(csv).problems.filter((p) => p.code === 'unknown-field');
    expect(problems[0]).toMatchObject({ file: 'prompts.csv', line: 2, column: 4, columnName: 'dekcs' });
    expect(problems[0].message).toMatch(/unknown field "dekcs".*did you mean "decks"/);
  });

  it('explains broken CSV and unreadable JSON cells in plain words, at their row', () => {
    const unclosed = importDeckCsv(edit(shipped, 'prompts.csv', '\nwho-is-missing,"Wie', '\nwho-is-missing,"Wie"x'));
    expect(unclosed.ok).toBe(false);
    expect(unclosed.problems[0]).toMatchObject({ file: 'prompts.csv', line: 3 });
    expect(unclosed.problems[0].message).toMatch(/double quote/);
    const json = importDeckCsv(edit(shipped, 'flow.csv', '"[{""type"":""addPressure"",""place"":""resources"",""amount"":1}]",2', '"[{""type"":""addPressure"",}]",2'));
    expect(json.problems[0]).toMatchObject({ file: 'flow.csv', line: 2, columnName: 'effects' });
    expect(json.problems[0].message).toMatch(/^this cell should hold JSON/);
  });

  it('reads what a Dutch spreadsheet saves: semicolons and Windows line ends', () => {
    const dutch = Object.fromEntries(
      Object.entries(shipped).map(([f, t]) => [f, stringify(parse(t, { bom: true }), { delimiter: ';', record_delimiter: 'windows' })]),
    );
    expect(dutch['knowledge.csv']).toMatch(/^id;pattern;name\.nl;/);
    const back = importDeckCsv(dutch);
    expect(back.problems).toEqual([]);
    expect(back.files).toEqual(files);
  });

  it('says which file is missing', () => {
    const { 'roles.csv': _, ...rest } = shipped;
    const result = importDeckCsv(rest);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ file: 'roles.csv', code: 'missing-file', message: 'the file roles.csv is missing' });
  });
});
