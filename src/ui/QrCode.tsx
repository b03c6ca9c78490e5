import encodeQR from 'qr';
import './qrCode.css';

/** The quiet zone a scanner needs around the code, in modules (the standard asks for four). */
const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG on the device, from the text alone: no network, no canvas, and no inline
 * styles, so it prints sharp and passes the strict CSP. One path of unit squares, dark on white.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  // The matrix comes with its quiet zone already around it, as light modules.
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  const size = modules.length;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
