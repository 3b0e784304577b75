import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr-svg';

describe('qrSvg', () => {
  const url = 'https://motcua.example.vn/lookup?code=HN-TT-260105-0001';

  it('is an SVG made only of shapes, the same for the same text', () => {
    const svg = qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toMatch(/<script|<text|on\w+=/i);
    expect(qrSvg(url)).toBe(svg);
  });

  it('a lookup address fits a small code that prints legibly on A5', () => {
    expect(encode(url, { ecc: 'M' }).version).toBeLessThanOrEqual(4);
  });
});
