import { renderSVG } from 'uqr';

/**
 * A QR code as SVG markup, made on the device (the receipt prints offline). Error correction M
 * survives a creased or smudged slip; a two-module margin plus the slip's white space gives the
 * quiet zone scanners need. The markup holds only rectangles and paths computed from `text`, so
 * inserting it as HTML cannot carry script.
 */
export const qrSvg = (text: string): string => renderSVG(text, { ecc: 'M', border: 2 });
