/**
 * A QR code of a link (qrcode-generator), drawn as one SVG path: crisp at any size, on the
 * projector and on paper, with no markup from outside React.
 */
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

export function Qr({ text, label, size = 180 }: { text: string; label: string; size?: number }) {
  const { path, n } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const count = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (qr.isDark(r, c)) d += `M${c + 2},${r + 2}h1v1h-1z`;
    return { path: d, n: count + 4 };
  }, [text]);
  return (
    <svg className="soc-qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${n} ${n}`} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
