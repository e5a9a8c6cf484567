/**
 * Pages in a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). Enough for the
 * PDFs Chromium writes, which keep page dictionaries uncompressed; cross-checked against the
 * page tree's own /Count so a PDF this cannot read gives an error instead of a wrong number.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  if (!text.startsWith('%PDF-')) throw new Error('not a PDF file');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  const total = counts.length > 0 ? Math.max(...counts) : pages;
  if (total !== pages) throw new Error(`the PDF's page tree says ${total} pages but ${pages} page objects were found`);
  return pages;
}
