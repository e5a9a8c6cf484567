/**
 * A QR code of a link (qrcode-generator), drawn as one SVG path: crisp at any size, on the
 * projector and on paper, with no markup from outside React.
 */
import qrcode from 'qrcode-generator';
import { useEffect, useState } from 'react';

/** The modules of `text`'s code as one SVG path, and the side of its square with the quiet zone. */
function qrPath(text: string): { path: string; n: number } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const count = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (qr.isDark(r, c)) d += `M${c + 2},${r + 2}h1v1h-1z`;
  return { path: d, n: count + 4 };
}

/**
 * Runs `draw` once the page around it has painted and the browser is idle (within a second);
 * returns the cancel. Without requestIdleCallback (Safari), shortly after.
 */
function whenIdle(draw: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(draw, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(draw, 100);
  return () => clearTimeout(id);
}

export function Qr({ text, label, size = 180 }: { text: string; label: string; size?: number }) {
  // Making the code (trying its eight masks) is the slowest part of a waiting room on a slow
  // phone, about a tenth of a second: the page shows and can be used first, with a blank square
  // of the same size, and the code is drawn when the browser has a moment.
  const [code, setCode] = useState<{ text: string; path: string; n: number } | null>(null);
  useEffect(() => whenIdle(() => setCode({ text, ...qrPath(text) })), [text]);
  const shown = code?.text === text ? code : null;
  const n = shown?.n ?? 1;
  return (
    <svg className="soc-qr" role="img" aria-label={label} aria-busy={shown === null} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" data-qr={shown ? 'drawn' : 'coming'}>
      <rect width={n} height={n} fill="#fff" />
      {shown && <path d={shown.path} fill="#000" />}
    </svg>
  );
}
