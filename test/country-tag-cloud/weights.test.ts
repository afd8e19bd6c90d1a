import { expect } from '@open-wc/testing';
import { levelOf, sizeBuckets } from '../../src/country-tag-cloud/weights.js';

describe('tag sizes', () => {
  it('spreads weights over the steps on a log scale', () => {
    expect(sizeBuckets([1, 10, 100, 1000, 10000], 5)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('gives missing and equal weights the middle size', () => {
    expect(sizeBuckets([undefined, undefined], 5)).to.deep.equal([3, 3]);
    expect(sizeBuckets([7, 7, 7], 5)).to.deep.equal([3, 3, 3]);
    expect(sizeBuckets([undefined, 1, 100], 3)).to.deep.equal([2, 1, 3]);
  });

  it('keeps at least three sizes among the rest when one weight is huge', () => {
    const rest = Array.from({ length: 50 }, (_, i) => i + 1);
    const sizes = sizeBuckets([...rest, 5_000_000], 5);
    expect(sizes[sizes.length - 1]).to.equal(5);
    expect(new Set(sizes.slice(0, -1)).size).to.be.at.least(3);
  });

  it('maps any number of steps onto ten CSS levels', () => {
    expect([1, 2, 3].map((size) => levelOf(size, 3))).to.deep.equal([0, 5, 9]);
    expect(levelOf(1, 1)).to.equal(4);
    // Unreadable steps are the default 5; out of range is clamped (0 is one size, 99 is ten).
    expect(sizeBuckets([1, 1000], Number.NaN)).to.deep.equal([1, 5]);
    expect(sizeBuckets([1, 1000], 0)).to.deep.equal([1, 1]);
    expect(sizeBuckets([1, 1000], 99)).to.deep.equal([1, 10]);
  });
});
