import { describe, expect, it } from 'vitest';
import { fitWithin, MAX_SIDE } from './compress';

describe('photo size (C1)', () => {
  it('shrinks the longest side to MAX_SIDE, keeps the ratio, never enlarges', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: MAX_SIDE, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: MAX_SIDE });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(0, 0)).toEqual({ width: 1, height: 1 });
  });
});
