// The demo loads the elements from source; the script-tag pages arrive with the delivery work.
import '../src/index.js';

// The sample programme is from October 2023. Move it to tonight, so that the first programme
// started five minutes ago and "on air" shows.
for (const schedule of document.querySelectorAll<HTMLElement & { data?: unknown }>('tv-schedule[data-move-to-now]')) {
  const src = schedule.getAttribute('src');
  if (!src) continue;
  fetch(src)
    .then((response) => response.json())
    .then((feed: { programmes: { start: string; end?: string }[] }) => {
      const first = new Date(feed.programmes[0].start).getTime();
      const shift = Math.floor((Date.now() - 5 * 60_000 - first) / 60_000) * 60_000;
      const move = (iso?: string) => (iso ? new Date(new Date(iso).getTime() + shift).toISOString() : undefined);
      schedule.data = {
        ...feed,
        programmes: feed.programmes.map((p) => ({ ...p, start: move(p.start), end: move(p.end) })),
      };
    });
}
