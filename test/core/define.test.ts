import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';

describe('define', () => {
  it('defines a new tag and returns its class', () => {
    class First extends HTMLElement {}
    expect(define('nw-define-first', First)).to.equal(First);
    expect(customElements.get('nw-define-first')).to.equal(First);
  });

  it('is harmless when the tag is already defined, keeping the first class', () => {
    class Original extends HTMLElement {}
    class Second extends HTMLElement {}
    define('nw-define-twice', Original);
    expect(() => define('nw-define-twice', Second)).not.to.throw();
    expect(define('nw-define-twice', Second)).to.equal(Original);
  });

  it('is harmless when the same class is defined under a second tag', () => {
    class Shared extends HTMLElement {}
    define('nw-define-shared-a', Shared);
    expect(() => define('nw-define-shared-b', Shared)).not.to.throw();
    expect(customElements.get('nw-define-shared-b')).to.equal(undefined);
  });
});
