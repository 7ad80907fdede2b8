// The QR code of an otpauth URI, drawn here (never markup from the server) and loaded only when a setup
// starts: uqr is small, maintained and dependency-free. The SVG becomes a data: URL for an <img>, which the
// strict CSP allows (img-src data:) without any HTML insertion.
import { renderSVG } from 'uqr';

/** A `data:image/svg+xml` URL showing `text` as a QR code (error correction M, 4-module quiet zone). */
export function qrDataUrl(text: string): string {
  const svg = renderSVG(text, { ecc: 'M', border: 4, pixelSize: 6 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
