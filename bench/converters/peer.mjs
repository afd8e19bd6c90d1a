// One peer parsing one file, as its README shows: `node peer.mjs NAME FILE`.
import { readFileSync } from 'node:fs';

const [name, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let parsed;
if (name === 'feedsmith') parsed = (await import('feedsmith')).parseFeed(text);
else if (name === 'rss-parser') parsed = await new (await import('rss-parser')).default().parseString(text);
else if (name === '@iptv/xmltv') parsed = (await import('@iptv/xmltv')).parseXmltv(text);
else throw new Error(`no peer ${name}`);
if (!parsed) throw new Error(`${name} parsed nothing`);
