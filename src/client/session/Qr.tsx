/**
 * A QR code of a link (qrcode-generator), drawn as one SVG path: crisp at any size, on the
 * projector and on paper, with no markup from outside React.
 */
import qrcode from 'qrcode-generator';
import { useDeferredValue, useMemo } from 'react';

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

export function Qr({ text, label, size = 180 }: { text: string; label: string; size?: number }) {
  // Making the code (trying its eight masks) is the slowest part of a waiting room on a slow
  // phone: the page shows first with a blank square of the same size, and the code is drawn
  // in React's next, interruptible pass.
  const drawn = useDeferredValue<string | null>(text, null);
  const code = useMemo(() => (drawn === null ? null : qrPath(drawn)), [drawn]);
  const n = code?.n ?? 1;
  return (
    <svg className="soc-qr" role="img" aria-label={label} aria-busy={code === null} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges" data-qr={code ? 'drawn' : 'coming'}>
      <rect width={n} height={n} fill="#fff" />
      {code && <path d={code.path} fill="#000" />}
    </svg>
  );
}
