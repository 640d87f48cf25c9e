import { create } from 'qrcode';
import { useMemo } from 'react';

/** Modules of light border around the code, as the QR specification asks for a reliable scan. */
const QUIET = 4;

/**
 * A QR code of `text` as one SVG path (qrcode's module matrix, error correction M), drawn with
 * attributes only: the client's Content-Security-Policy allows no inline style.
 */
export function JoinQrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
    return { size: modules.size + QUIET * 2, path: d };
  }, [text]);
  return (
    <svg className="join__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
