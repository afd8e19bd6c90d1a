// Feeds shaped as a CMS and a channel write them, of about `mb` megabytes: RSS 2.0 with
// content:encoded in CDATA and media, Atom with escaped html content, XMLTV of 4 channels.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const PARAGRAPH = 'Министр иностранных дел посетил Пхеньян с официальным визитом и провёл переговоры. '.repeat(6);

const HEAD = {
  rss: '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Большая Азия</title><link>https://example.org/</link><language>ru</language>\n',
  atom: '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Большая Азия</title><link href="https://example.org/"/><id>urn:big</id><updated>2024-01-01T00:00:00Z</updated>\n',
  xmltv: `<?xml version="1.0" encoding="UTF-8"?>\n<tv>${[1, 2, 3, 4].map((c) => `<channel id="c${c}"><display-name>Канал ${c}</display-name></channel>`).join('')}\n`,
};
const TAIL = { rss: '</channel></rss>\n', atom: '</feed>\n', xmltv: '</tv>\n' };

const stamp = (ms) => `${new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)} +0300`;

function record(kind, i) {
  if (kind === 'rss')
    return `<item><title>Новость ${i} &amp; подробности</title><link>https://example.org/news/${i}</link><guid>n${i}</guid><pubDate>Thu, 19 Oct 2023 10:00:00 +0300</pubDate><dc:creator>Анна Петрова</dc:creator><category>Политика</category><description>${PARAGRAPH.slice(0, 200)}</description><content:encoded><![CDATA[<p>${PARAGRAPH}</p><p><img src="/img/${i}.jpg" width="800"></p>]]></content:encoded><media:content url="https://cdn.example.org/${i}.jpg" medium="image" width="800"/></item>\n`;
  if (kind === 'atom')
    return `<entry><title>Новость ${i}</title><link href="https://example.org/news/${i}"/><id>urn:n${i}</id><updated>2023-10-19T10:00:00+03:00</updated><author><name>Анна Петрова</name></author><content type="html">&lt;p&gt;${PARAGRAPH}&lt;/p&gt;</content></entry>\n`;
  const from = Date.UTC(2023, 9, 1) + Math.floor(i / 4) * 600_000;
  return `<programme start="${stamp(from)}" stop="${stamp(from + 600_000)}" channel="c${(i % 4) + 1}"><title lang="ru">Передача ${i}</title><desc lang="ru">${PARAGRAPH.slice(0, 160)}</desc><category lang="ru">Новости</category><rating system="RARS"><value>12+</value></rating></programme>\n`;
}

/** Writes a `kind` document of about `mb` MB to `file`. */
export async function generate(file, kind, mb) {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(HEAD[kind]);
  for (let i = 0; bytes < mb * 1024 * 1024; i++) await write(record(kind, i));
  await write(TAIL[kind]);
  out.end();
  await once(out, 'close');
}
