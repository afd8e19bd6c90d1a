// The sample programme is from October 2023. The demo moves it to tonight, so that the first
// programme started five minutes ago and "on air" shows. (A partner page would just use src.)
for (const schedule of document.querySelectorAll('tv-schedule[data-move-to-now]')) {
  const src = schedule.getAttribute('src');
  fetch(src)
    .then((response) => response.json())
    .then((feed) => {
      const first = new Date(feed.programmes[0].start).getTime();
      const shift = Math.floor((Date.now() - 5 * 60_000 - first) / 60_000) * 60_000;
      const move = (iso) => (iso ? new Date(new Date(iso).getTime() + shift).toISOString() : undefined);
      schedule.data = {
        ...feed,
        programmes: feed.programmes.map((p) => ({ ...p, start: move(p.start), end: move(p.end) })),
      };
    });
}
