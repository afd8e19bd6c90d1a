// Seeded fuzzing: hundreds of mutations of each sample feed, given to the elements through `data`.
// Whatever a stranger's feed holds, nothing escapes into the page, every element reaches a final
// status, no prototype changes and no payload runs. A failure names the seed and the mutation.
import { expect, html, fixture as mount } from '@open-wc/testing';
import '../../src/index.js';
import { random } from '../support/random.js';
import { fixture } from '../support/server.js';

const CASES = 200;

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">x</a><style>*{display:none}</style>',
  '<svg onload="window.__pwned=1"></svg>',
];
const ODD_TEXT = [
  '\uD800',
  '\u202E\u0645\u0631\u062D\u0628\u0627',
  'e\u0301\u0301\u0301',
  '\u200B\uFEFF',
  '𝕏😀',
  '',
  '   ',
  'İ',
];
const ODD_VALUES: unknown[] = [null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, true, [], {}, '1', 1, 'NaN'];

type Json = Record<string, unknown> | unknown[];

/** Every object or array in a document, with the way to reach it. */
function containers(value: unknown, path: string[] = [], out: [string[], Json][] = []): [string[], Json][] {
  if (value && typeof value === 'object') {
    out.push([path, value as Json]);
    for (const [key, child] of Object.entries(value)) containers(child, [...path, key], out);
  }
  return out;
}

const deep = (depth: number) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value, list: [value] };
  return value;
};

/** One mutation of a copy of `sample`; returns the document and what was done to it. */
function mutate(sample: unknown, next: () => number): { data: unknown; what: string } {
  const data = structuredClone(sample);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const places = containers(data);
  const [path, place] = pick(places);
  const keys = Object.keys(place);
  const key = keys.length ? pick(keys) : '0';
  const where = [...path, key].join('.');
  const target = place as Record<string, unknown>;
  const kind = pick(['delete', 'swap', 'huge', 'array', 'deep', 'text', 'value', 'proto', 'duplicate', 'payload']);
  switch (kind) {
    case 'delete':
      delete target[key];
      break;
    case 'swap': {
      const [, other] = pick(places);
      const otherKeys = Object.keys(other);
      if (otherKeys.length) target[key] = (other as Record<string, unknown>)[pick(otherKeys)];
      break;
    }
    case 'huge':
      target[key] = pick(['Ж', 'a ', '<b>', '&amp;']).repeat(pick([10_000, 300_000]));
      break;
    case 'array':
      target[key] = Array.from({ length: pick([0, 5_000]) }, (_, i) =>
        Array.isArray(place) ? place[i % place.length] : i,
      );
      break;
    case 'deep':
      target[key] = deep(pick([50, 2_000]));
      break;
    case 'text':
      target[key] = pick(ODD_TEXT);
      break;
    case 'value':
      target[key] = pick(ODD_VALUES);
      break;
    case 'proto':
      // As JSON.parse makes it: an own key named __proto__.
      Object.assign(
        target,
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
      );
      break;
    case 'duplicate':
      if (Array.isArray(place) && place.length) place.push(structuredClone(pick(place)), structuredClone(place[0]));
      break;
    case 'payload':
      target[key] = pick(PAYLOADS);
      break;
  }
  return { data, what: `${kind} at ${where}` };
}

const KINDS: [tag: string, file: string, attributes: string][] = [
  ['news-card', 'news.json', 'variant="full"'],
  ['news-feed', 'news.json', 'variant="summary"'],
  ['tv-schedule', 'tv-schedule.json', 'timezone="Europe/Moscow" hide-past'],
  ['country-tag-cloud', 'countries.json', 'searchable sort="weight"'],
];

describe('fuzzed feeds', () => {
  let current = '';
  afterEach(function () {
    // A hang ends in mocha's timeout, which names no case: this does.
    if (this.currentTest?.state !== 'passed' && current) console.error(`failing case: ${current}`);
  });

  for (const [tag, file, attributes] of KINDS) {
    it(`<${tag}>: ${CASES} seeded mutations of ${file}`, async () => {
      const sample = await (await fetch(fixture(file))).json();
      const host = await mount<HTMLDivElement>(html`<div style="inline-size: 400px"></div>`);
      const escaped: string[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
        escaped.push(String('reason' in event ? event.reason : event.message));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const prototypes = [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
        Object.getOwnPropertyNames(proto).join(),
      );
      try {
        for (let seed = 1; seed <= CASES; seed++) {
          const { data, what } = mutate(sample, random(seed * 7919 + tag.length));
          current = `<${tag}> seed ${seed}: ${what}`;
          const wrapper = document.createElement('div');
          wrapper.innerHTML = `<${tag} lang="ru" ${attributes}></${tag}>`;
          const el = wrapper.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
          el.data = data;
          const settled = new Promise((resolve) => {
            el.addEventListener('widget-load', resolve, { once: true });
            el.addEventListener('widget-error', resolve, { once: true });
          });
          host.replaceChildren(wrapper);
          await settled;
          await el.updateComplete;
          expect(['ready', 'empty', 'error'], current).to.include(el.getAttribute('status'));
          expect(el.getBoundingClientRect().height, current).to.be.below(50_000);
        }
        expect(escaped, current).to.deep.equal([]);
        expect((window as { __pwned?: unknown }).__pwned, current).to.equal(undefined);
        expect(({} as { polluted?: unknown }).polluted, current).to.equal(undefined);
        expect(
          [Object.prototype, Array.prototype, Function.prototype].map((proto) =>
            Object.getOwnPropertyNames(proto).join(),
          ),
          current,
        ).to.deep.equal(prototypes);
        current = '';
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }
});
