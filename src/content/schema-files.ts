import { CONTENT_FILES, SIDE_FILES } from './schema.ts';

/** The JSON Schema files for game-content/schema, as file name → text. */
export function schemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries({ ...CONTENT_FILES, ...SIDE_FILES })) {
    const doc = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: `https://schoolofcommons.example/schema/${name}.schema.json`,
      title: `School of Commons ${name}`,
      ...JSON.parse(JSON.stringify(schema)),
    };
    out[`${name}.schema.json`] = JSON.stringify(doc, null, 2) + '\n';
  }
  return out;
}
