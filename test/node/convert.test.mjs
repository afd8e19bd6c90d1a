// `news-widgets rss` and `news-widgets xmltv`: the publisher's RSS 2.0, RSS 1.0, Atom and XMLTV,
// shaped as real feeds are (test/fixtures/convert/), to our feeds; each output passes `check`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin/news-widgets.mjs');
const fixture = (name) => join(root, 'test/fixtures/convert', name);
const scratch = mkdtempSync(join(tmpdir(), 'nw-convert-'));

/** Runs the command; resolves with its exit code and output, whatever the code. */
const run = (...args) =>
  new Promise((resolve) => {
    execFile('node', [cli, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

/** Converts, checks the exit code and that `news-widgets check` shows the result; returns it. */
async function convert(...args) {
  const { code, stdout, stderr } = await run(...args);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  const path = join(scratch, `out-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, stdout);
  const checked = await run('check', path, '--json');
  assert.equal(checked.code, 0, checked.stdout);
  assert.deepEqual(JSON.parse(checked.stdout).skipped, []);
  return JSON.parse(stdout);
}

describe('news-widgets rss', () => {
  it('RSS 2.0: ids, absolute links, entities and CDATA, content:encoded, media, enclosure, authors, tags, dates with offsets', async () => {
    const feed = await convert('rss', fixture('rss2.xml'));
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.title, 'Большая Азия — новости');
    assert.equal(feed.home_page_url, 'https://bigasia.example.org/');
    assert.equal(feed.description, 'Новости Азии & мира');
    assert.equal(feed.language, 'ru');
    const [first, second, third] = feed.items;
    assert.deepEqual(first, {
      id: 'bigasia-1001',
      url: 'https://bigasia.example.org/news/lavrov-kim',
      title: 'Лавров встретился с Ким Чен Ыном «в Пхеньяне»',
      content_html:
        '<p>Министр посетил <a href="https://bigasia.example.org/tags/kndr">КНДР</a>.</p><p><img src="https://bigasia.example.org/img/inside.jpg" alt=""></p>',
      summary: 'Краткое описание визита — с entities.',
      image: 'https://cdn.example.org/photo/lavrov.jpg',
      date_published: '2023-10-19T10:00:00+03:00',
      authors: [{ name: 'Анна Петрова' }],
      tags: ['Политика', 'КНДР'],
      _news: { source: 'Большая Азия — новости' },
    });
    // No guid: the link; RSS 2.0's author address gives its name; an image enclosure; GMT is Z.
    assert.equal(second.id, 'https://bigasia.example.org/news/seoul-festival');
    assert.deepEqual(second.authors, [{ name: 'Иван Сидоров' }]);
    assert.equal(second.image, 'https://bigasia.example.org/media/seoul.png');
    assert.equal(second.date_published, '2023-10-20T08:30:00Z');
    assert.equal(second.content_html, '<p>Текст <b>с разметкой</b> &amp; CDATA.</p>');
    // No link, no guid: still an id; the first image of the content is the picture.
    assert.equal(typeof third.id, 'string');
    assert.equal(third.image, 'https://bigasia.example.org/images/only-inline.jpg');
    assert.equal(third.date_published, '2023-10-21T12:00:00+09:00');
  });

  it('--source names the outlet of every item', async () => {
    const feed = await convert('rss', fixture('rss2.xml'), '--source', 'ТАСС');
    assert.deepEqual(
      feed.items.map((item) => item._news.source),
      ['ТАСС', 'ТАСС', 'ТАСС'],
    );
  });

  it('RSS 1.0 (RDF): items beside the channel, dc:date, dc:creator, dc:subject, dc:language', async () => {
    const feed = await convert('rss', fixture('rss1.rdf'));
    assert.equal(feed.language, 'en');
    assert.deepEqual(feed.items, [
      {
        id: 'https://asia.example.org/a/1',
        url: 'https://asia.example.org/a/1',
        title: 'Monsoon season starts early',
        content_html: 'Rains came two weeks early this year.',
        date_published: '2023-10-18T07:15:00+05:30',
        authors: [{ name: 'R. Sharma' }],
        tags: ['Weather'],
        _news: { source: 'Asia Weekly' },
      },
    ]);
  });

  it('Atom 1.0: xml:base (the feed’s and an entry’s own), html and xhtml content, authors, categories, both dates', async () => {
    const feed = await convert('rss', fixture('atom.xml'));
    assert.equal(feed.home_page_url, 'https://atom.example.org/blog/');
    assert.equal(feed.feed_url, 'https://atom.example.org/blog/feed.atom');
    assert.equal(feed.description, 'Записки об Азии');
    const [kyoto, hanoi] = feed.items;
    assert.deepEqual(kyoto, {
      id: 'tag:atom.example.org,2023:kyoto',
      url: 'https://atom.example.org/blog/posts/kyoto',
      title: 'Киото осенью',
      content_html:
        '<p>Текст о <a href="https://atom.example.org/blog/gallery/kyoto">Киото</a>.</p><img src="https://atom.example.org/blog/img/maple.jpg">',
      summary: 'Клёны и храмы.',
      image: 'https://atom.example.org/blog/img/maple.jpg',
      date_published: '2023-10-19T18:00:00+09:00',
      date_modified: '2023-10-20T09:00:00+09:00',
      authors: [{ name: 'Мария Ли', url: 'https://atom.example.org/authors/maria' }],
      tags: ['Япония'],
      language: 'ru',
      _news: { source: 'Атом-блог' },
    });
    assert.equal(hanoi.url, 'https://other.example.org/notes/hanoi');
    assert.equal(
      hanoi.content_html,
      '<p>Ханой <strong>утром</strong> &amp; <a href="https://other.example.org/notes/map">карта</a>.</p><img src="https://other.example.org/notes/hanoi.jpg" alt="Ханой">',
    );
  });

  it('reads HTML’s named entities and a bare "&" as text, and says on stderr what it recovered', async () => {
    const { code, stdout, stderr } = await run('rss', fixture('rss-entities.xml'));
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.title, 'Café Asia © R&D');
    assert.equal(feed.home_page_url, 'https://example.org/?utm_source=rss&utm_medium=feed');
    const [first, second] = feed.items;
    assert.equal(first.title, 'AT&T и Café — ½ цены ♥ Österreich');
    assert.equal(first.url, 'https://example.org/news/1?ref=rss&page=2');
    assert.equal(first.content_html, '<p>CDATA keeps its & and &eacute; as they are.</p>');
    // An entity no one defines stays as it was written.
    assert.equal(second.title, 'Ein &unbekannt; Zeichen & mehr');
    assert.match(
      stderr,
      /^news-widgets: .*rss-entities\.xml: recovered 4 bare "&" read as text and 1 unknown entity \(&unbekannt;\) kept as text; the first at 5:37\n$/,
    );
  });

  it('never reads an external entity: the conversion fails, naming it; a declared value is used', async () => {
    const { code, stdout, stderr } = await run('rss', fixture('rss-xxe.xml'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /rss-xxe\.xml:10:\d+: &secret; is an external entity: external entities are never read\n$/);
    assert.doesNotMatch(stderr, /root:/);
    // Without the external one, the declared entity is the outlet's name.
    const path = join(scratch, 'declared.xml');
    writeFileSync(
      path,
      readFileSync(fixture('rss-xxe.xml'), 'utf8').replace('<title>&secret;</title>', '<title>Новость</title>'),
    );
    const feed = await convert('rss', path);
    assert.equal(feed.title, 'Большая Азия');
  });

  it('a card’s picture is never a tracking pixel or a share icon; the largest media wins, with its credit', async () => {
    const feed = await convert('rss', fixture('rss-images.xml'));
    const [pixel, icons, photo, sizes] = feed.items;
    assert.equal(pixel.image, undefined);
    assert.equal(icons.image, undefined);
    assert.equal(photo.image, 'https://example.org/photos/seoul.jpg');
    assert.equal(sizes.image, 'https://i.example.org/img/460.jpg');
    assert.equal(sizes._news.image_credit, 'Photograph: Kim Hong-Ji/Reuters');
  });

  it('Atom with relative links and no xml:base: --base resolves them; without it they stay relative, and stderr says so', async () => {
    const based = await convert('rss', fixture('atom-relative.xml'), '--base', 'https://www.qemu.org/feed.xml');
    assert.equal(based.home_page_url, 'https://www.qemu.org/');
    assert.deepEqual(
      based.items.map((item) => item.url),
      ['https://www.qemu.org/2024/04/23/qemu-9-0-0/', 'https://www.qemu.org/2024/03/kvm-forum/'],
    );
    assert.match(based.items[0].content_html, /href="https:\/\/www\.qemu\.org\/download\/"/);
    const { code, stdout, stderr } = await run('rss', fixture('atom-relative.xml'));
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(
      feed.items.map((item) => item.url),
      ['/2024/04/23/qemu-9-0-0/', '/2024/03/kvm-forum/'],
    );
    assert.match(
      stderr,
      /atom-relative\.xml: 3 links left relative, e\.g\. \/ \(nothing to resolve them against: pass --base URL\)\n$/,
    );
    const bad = await run('rss', fixture('atom-relative.xml'), '--base', 'javascript:alert(1)');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--base is an http\(s\) URL/);
  });

  it('keeps fractional seconds and enclosures (type, length); an empty author is no author', async () => {
    const feed = await convert('rss', fixture('atom-details.xml'));
    const [episode] = feed.items;
    assert.equal(episode.date_published, '2024-05-01T09:30:15.250+03:00');
    assert.equal(episode.authors, undefined);
    assert.deepEqual(episode.attachments, [
      { url: 'https://podcast.example.org/audio/12.mp3', mime_type: 'audio/mpeg', size_in_bytes: 31457280 },
    ]);
  });

  it('streams: a 24 MB feed converts in a heap of 32 MB, items out in order', { timeout: 120_000 }, async (t) => {
    const body = 'Министр посетил Пхеньян с официальным визитом и провёл переговоры. '.repeat(8);
    const items = Array.from(
      { length: 20_000 },
      (_, i) =>
        `<item><title>Новость ${i}</title><link>https://example.org/n/${i}</link><guid>n${i}</guid><content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>`,
    );
    const path = join(scratch, 'large.rss');
    writeFileSync(
      path,
      `<?xml version="1.0"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Большая</title><link>https://example.org/</link>\n${items.join('\n')}\n</channel></rss>`,
    );
    const size = readFileSync(path).length;
    assert.ok(size > 20e6, `${size} bytes`);
    // The whole feed held as trees and copies takes 15 times its size: that runs out of this heap.
    const began = performance.now();
    const { code, stdout, stderr } = await new Promise((done) =>
      execFile(
        'node',
        ['--max-old-space-size=32', cli, 'rss', path],
        { maxBuffer: 256 * 1024 * 1024 },
        (error, out, err) => done({ code: error ? error.code : 0, stdout: out, stderr: err }),
      ),
    );
    assert.equal(code, 0, stderr.slice(0, 300));
    t.diagnostic(`${(size / 1e6).toFixed(1)} MB converted in ${Math.round(performance.now() - began)} ms`);
    const feed = JSON.parse(stdout);
    assert.equal(feed.items.length, 20_000);
    assert.deepEqual(
      [feed.items[0].id, feed.items[19_999].id, feed.items[0]._news.source],
      ['n0', 'n19999', 'Большая'],
    );
  });

  it('honours the encoding the prolog declares (windows-1251)', async () => {
    const feed = await convert('rss', fixture('rss-windows-1251.xml'));
    assert.equal(feed.title, 'Вести Приморья');
    assert.equal(feed.items[0].title, 'Владивосток — ворота в Азию');
    assert.match(feed.items[0].content_html, /ёлка, «кавычки»/);
    assert.equal(feed.items[0].date_published, '2023-10-19T17:00:00+10:00');
  });

  it('malformed XML: exit 1, one line saying where it broke, nothing on stdout', async () => {
    const { code, stdout, stderr } = await run('rss', fixture('broken.xml'));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /broken\.xml:7:\d+: /);
  });

  it('a document that is not a feed, or no file at all, is said in one line', async () => {
    const notFeed = join(scratch, 'page.xml');
    writeFileSync(notFeed, '<?xml version="1.0"?><html><body/></html>');
    const wrong = await run('rss', notFeed);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /<html> is not RSS or Atom/);
    const missing = await run('rss', join(scratch, 'missing.xml'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*missing\.xml: ENOENT/);
  });

  describe('over HTTP', () => {
    let server;
    before(async () => {
      server = await serve({
        root: scratch,
        routes: {
          // A feed with no <link>: relative URLs resolve against where it was read from.
          '/hang': () => {
            // Never answers: the command gives up after its --timeout.
          },
          '/page': (req, res) =>
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
              req.url.includes('nolink')
                ? '<!doctype html><html><head><title>Сайт</title></head><body>Нет ленты</body></html>'
                : `<!DOCTYPE html>\n<html lang="ru"><head><title>Сайт</title>
<link rel="stylesheet" href="/site.css"><link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/site/rss.xml">
</head><body>…</body></html>`,
            ),
          '/cp1251': (req, res) => {
            // cp1251 bytes; the charset only in the header (no prolog), or a prolog that lies.
            const xml = readFileSync(fixture('rss-windows-1251.xml'));
            if (req.url.endsWith('/header')) {
              const body = Buffer.from(xml.toString('latin1').replace(' encoding="windows-1251"', ''), 'latin1');
              return res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=windows-1251' }).end(body);
            }
            const utf8 = new TextDecoder('windows-1251').decode(xml);
            res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(Buffer.from(utf8, 'utf8'));
          },
          '/feeds': (_req, res) =>
            res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Из сети</title>
<item><title>Относительная</title><link>../news/1</link><guid>n1</guid></item></channel></rss>`),
        },
      });
    });
    after(() => server?.close());

    it('an HTML page: reads the feed its <link rel="alternate"> names, saying so; one without is said', async () => {
      const { code, stdout, stderr } = await run('rss', `${server.origin}/page/`);
      assert.equal(code, 0, stderr);
      assert.equal(JSON.parse(stdout).title, 'Из сети');
      assert.equal(
        stderr,
        `news-widgets: ${server.origin}/page/ is an HTML page: reading the feed it links to, ${server.origin}/feeds/site/rss.xml\n`,
      );
      const none = await run('rss', `${server.origin}/page/nolink`);
      assert.equal(none.code, 1);
      assert.equal(none.stdout, '');
      assert.match(none.stderr, /page\/nolink is an HTML page, not a feed, and links to no RSS or Atom feed/);
    });

    it('the charset the server sends, when the prolog has none; UTF-8 bytes under a legacy prolog are UTF-8', async () => {
      const header = await convert('rss', `${server.origin}/cp1251/header`);
      assert.equal(header.title, 'Вести Приморья');
      const { code, stdout, stderr } = await run('rss', `${server.origin}/cp1251/lying`);
      assert.equal(code, 0, stderr);
      assert.equal(JSON.parse(stdout).title, 'Вести Приморья');
      assert.match(stderr, /declared windows-1251, but its bytes are UTF-8: read as UTF-8\n$/);
    });

    it('a host that never answers is given up after --timeout, in one line', async () => {
      const started = performance.now();
      for (const command of ['rss', 'xmltv', 'check']) {
        const { code, stderr } = await run(command, `${server.origin}/hang/feed`, '--timeout', '1');
        assert.equal(code, 2, command);
        assert.equal(
          stderr,
          `news-widgets: ${server.origin}/hang/feed: ${new URL(server.origin).host}: no answer within 1 s\n`,
        );
      }
      // Three one-second limits, far from the 30 s default and the 300 s of no limit at all.
      assert.ok(performance.now() - started < 20_000);
    });

    it('resolves relative links against the URL the feed was read from', async () => {
      const feed = await convert('rss', `${server.origin}/feeds/asia/rss.xml`);
      assert.equal(feed.feed_url, `${server.origin}/feeds/asia/rss.xml`);
      assert.equal(feed.items[0].url, `${server.origin}/feeds/news/1`);
    });
  });
});

describe('news-widgets xmltv', () => {
  it('several channels and no --channel: exit 2, listing the ids', async () => {
    const { code, stdout, stderr } = await run('xmltv', fixture('guide.xml'));
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /choose one with --channel: bigasia\.tv, other\.tv/);
  });

  it('one channel: start order, exact duplicates dropped, ISO times with offsets, ratings mapped, texts in the first language', async () => {
    const schedule = await convert('xmltv', fixture('guide.xml'), '--channel', 'bigasia.tv');
    assert.deepEqual(schedule.channel, {
      id: 'bigasia.tv',
      name: 'Большая Азия ТВ',
      // The programmes' own +03:00 (IANA's fixed zones count west: GMT-3 is three hours east).
      timezone: 'Etc/GMT-3',
      url: 'https://tv.example.org/',
    });
    assert.deepEqual(schedule.programmes, [
      {
        start: '2023-10-20T01:10:00+03:00',
        end: '2023-10-20T01:30:00+03:00',
        title: 'Новости',
        rating: '12+',
      },
      {
        start: '2023-10-20T01:30:00+03:00',
        end: '2023-10-20T02:00:00+03:00',
        title: 'Вокруг света пешком',
        subtitle: 'Израиль',
        description: 'Путешествие & приключения.',
        category: 'Документальный',
        rating: '12+',
      },
      // FSK 14 is the stricter 16+; a relative URL against the channel's site.
      {
        start: '2023-10-20T02:00:00+03:00',
        title: 'Кино: ночной сеанс',
        rating: '16+',
        url: 'https://tv.example.org/programmes/night',
      },
    ]);
  });

  it('--lang picks the translations, --timezone the zone; no offset in a time means UTC', async () => {
    const english = await convert(
      'xmltv',
      fixture('guide.xml'),
      '--channel',
      'bigasia.tv',
      '--lang',
      'en',
      '--timezone',
      'Europe/Moscow',
    );
    assert.equal(english.channel.name, 'Big Asia TV');
    assert.equal(english.channel.timezone, 'Europe/Moscow');
    assert.equal(english.programmes[1].title, 'Around the World on Foot');
    assert.equal(english.programmes[1].description, 'A journey.');
    const other = await convert('xmltv', fixture('guide.xml'), '--channel', 'other.tv');
    assert.deepEqual(other.programmes, [
      { start: '2023-10-19T23:00:00Z', end: '2023-10-20T00:00:00Z', title: 'Другое' },
    ]);
    assert.equal(other.channel.timezone, 'UTC');
    const unknown = await run('xmltv', fixture('guide.xml'), '--channel', 'nope.tv');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no channel nope\.tv; the guide has bigasia\.tv, other\.tv/);
  });

  it('streams a large guide: 40 000 programmes of 4 channels, one channel out in start order', {
    timeout: 120_000,
  }, async (t) => {
    const channels = ['a.tv', 'b.tv', 'c.tv', 'd.tv'];
    const start = Date.UTC(2023, 9, 1);
    const stamp = (ms) => `${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)} +0000`;
    const programmes = [];
    for (let i = 0; i < 10_000; i++) {
      for (const channel of channels) {
        const from = start + (10_000 - i) * 600_000;
        programmes.push(
          `<programme start="${stamp(from)}" stop="${stamp(from + 600_000)}" channel="${channel}"><title lang="ru">Передача ${i} &amp; ещё</title><desc>Описание ${i}</desc></programme>`,
        );
      }
    }
    const path = join(scratch, 'large.xml');
    writeFileSync(
      path,
      `<?xml version="1.0" encoding="UTF-8"?>\n<tv>${channels.map((id) => `<channel id="${id}"><display-name>${id}</display-name></channel>`).join('')}\n${programmes.join('\n')}\n</tv>`,
    );
    const began = performance.now();
    const schedule = await convert('xmltv', path, '--channel', 'c.tv');
    t.diagnostic(
      `${(readFileSync(path).length / 1e6).toFixed(1)} MB converted and checked in ${Math.round(performance.now() - began)} ms`,
    );
    assert.equal(schedule.programmes.length, 10_000);
    const starts = schedule.programmes.map((p) => Date.parse(p.start));
    assert.ok(starts.every((time, i) => i === 0 || starts[i - 1] <= time));
  });

  it('a broken guide: exit 1, one line, nothing on stdout', async () => {
    const path = join(scratch, 'broken-guide.xml');
    writeFileSync(path, '<tv><programme start="20231020011000 +0300" channel="a"><title>X</title></tv>');
    const { code, stdout, stderr } = await run('xmltv', path, '--channel', 'a');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.match(stderr, /broken-guide\.xml:1:\d+: /);
  });
});

describe('news-widgets, the command', () => {
  it('--help on every command prints the usage and exits 0; no command prints it on stderr and exits 2', async () => {
    for (const args of [['--help'], ['help'], ['check', '--help'], ['rss', '--help'], ['xmltv', '-h']]) {
      const { code, stdout, stderr } = await run(...args);
      assert.equal(code, 0, args.join(' '));
      assert.match(stdout, /^Usage: news-widgets check/);
      assert.equal(stderr, '');
    }
    const bare = await run();
    assert.equal(bare.code, 2);
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /^Usage: news-widgets check/);
  });

  it('a network failure is one line with the host and the reason, no usage dump', async () => {
    // A port that was just free: nothing listens there.
    const closed = await serve({ root: scratch });
    const { origin } = closed;
    await closed.close();
    for (const command of ['rss', 'check']) {
      const { code, stderr } = await run(command, `${origin}/feed.xml`);
      assert.equal(code, 2);
      assert.equal(stderr, `news-widgets: ${origin}/feed.xml: ${new URL(origin).host}: connection refused\n`);
    }
    const wrong = await run('rss', '--timeout', 'soon', 'x.xml');
    assert.equal(wrong.code, 2);
    assert.equal(
      wrong.stderr,
      'news-widgets: --timeout is a number of seconds, above 0 (news-widgets --help for usage)\n',
    );
  });
});
