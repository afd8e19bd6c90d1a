import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { INSTANT, numberIn, text } from '../core/attributes.js';
import { clock } from '../core/clock.js';
import { FeedElement } from '../core/feed-element.js';
import { dateTimeFormat } from '../core/format.js';
import { tagOfLevel } from '../core/heading.js';
import { beforeNextLayout, letKeyboardScroll } from '../core/scroll-box.js';
import type { TvScheduleInput } from '../schemas.js';
import { type ScheduleMessages, scheduleMessages } from './messages.js';
import { onMinute } from './minute-ticker.js';
import { RowWindow } from './row-window.js';
import { type Programme, parseScheduleInSlices, type Schedule } from './schedule.normalize.js';
import { dayKey, endOf, minutesLeft, onAirIndex, progressOf, zoneOf } from './schedule.time.js';
import { scheduleStyles } from './tv-schedule.styles.js';

export { WINDOW_THRESHOLD } from './row-window.js';

/** The clock a schedule reads: a fixed instant, or a function asked at each minute tick. */
export type NowSource = Date | number | (() => Date | number);

interface Row {
  programme: Programme;
  /** Index in the sorted programme list. */
  index: number;
}

/**
 * A channel's programme: start times in the viewer's (or a given) zone, grouped by day, with the
 * programme on air marked and followed minute by minute.
 *
 * @summary A channel's TV programme with what is on air now.
 * @tag tv-schedule
 * @csspart day - A day heading.
 * @csspart programme - A programme row; also `on-air` or `past`.
 * @csspart time - The start time.
 * @csspart title - The programme title.
 * @csspart subtitle - The subtitle.
 * @csspart category - The category.
 * @csspart rating - The age rating badge.
 * @csspart progress - The progress bar of the programme on air.
 * @cssprop [--nw-on-air] - The colour of the on-air mark (default: the accent).
 * @cssprop [--nw-schedule-height=30em] - The schedule's height in every state (it scrolls inside); the `upcoming` strip is as tall as its rows.
 */
export class TvScheduleElement extends FeedElement<Schedule> {
  static override styles = [...FeedElement.styles, scheduleStyles];
  static override properties: PropertyDeclarations = {
    timezone: { converter: text('local') },
    day: { converter: text(undefined, /^\d{4}-\d{2}-\d{2}$/) },
    // `upcoming="0"` is what is on now; a number out of range (`-3`) is the default, the whole day.
    upcoming: { converter: numberIn(0, 100_000, undefined, true, 'fallback') },
    hidePast: { type: Boolean, attribute: 'hide-past' },
    now: { converter: INSTANT },
  };

  /** The schedule itself, as a publisher writes it (see `src`); wins over inline JSON and `src`. */
  declare data?: TvScheduleInput | null;

  /** An IANA zone (e.g. `Europe/Moscow`) to show times in, or `local` (default) for the viewer's. */
  timezone = 'local';

  /** `YYYY-MM-DD`: show only that day (in `timezone`). */
  day?: string;

  /** Show only what is on air now and the next N programmes (`0`: what is on now only). */
  upcoming?: number;

  /** Hide programmes that have ended instead of dimming them. */
  hidePast = false;

  /**
   * The current time: a Date, a timestamp, or a function returning one; as an attribute, a date
   * `Date` reads (`2023-10-20T01:05:00+03:00`). Absent or unreadable: the real clock.
   */
  now?: NowSource;

  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }
  private stopTicker?: () => void;
  /** Long lists render a window of rows around the programme on air, grown on scroll. */
  private readonly window = new RowWindow(this, () => this.scroller);
  private scrolledTo?: number;
  private liveIndex = -1;

  constructor() {
    super(parseScheduleInSlices);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopTicker = onMinute(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicker?.();
    this.stopTicker = undefined;
  }

  /** The instant this update draws for: the clock is read once per update, here. */
  private drawnAt = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const now = typeof this.now === 'function' ? this.now() : this.now;
    this.drawnAt = now === undefined ? clock().now() : +now;
    super.willUpdate(changed);
  }

  protected override isEmpty(schedule: Schedule): boolean {
    return this.rows(schedule, this.drawnAt).length === 0;
  }

  protected override emptyText(): string | undefined {
    if (!this.day) return undefined;
    // The day itself, whatever the zone: noon UTC of that date, formatted in UTC.
    const date = new Date(`${this.day}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return undefined;
    const messages = scheduleMessages(this.locale);
    const format = dateTimeFormat(this.locale, { ...messages.day, timeZone: 'UTC' });
    return messages.emptyDay(this.capitalized(format.format(date)));
  }

  protected override renderContent(schedule: Schedule): TemplateResult {
    const now = this.drawnAt;
    const rows = this.rows(schedule, now);
    const visible = this.window.slice(rows, this.inputs(schedule), () =>
      rows.findIndex((row) => row.index === this.liveIndex),
    );
    // Days are worked out for the rows shown (and the ends), not for all 10 000. Day groups and
    // rows are keyed: a window growing upwards moves what is there instead of rewriting every row.
    const zone = zoneOf(this.timezone);
    const dayOf = (row: Row) => dayKey(row.programme.start, zone);
    const messages = scheduleMessages(this.locale);
    const groups: Row[][] = [];
    for (const row of visible) {
      const group = groups[groups.length - 1];
      if (group && dayOf(group[0]) === dayOf(row)) group.push(row);
      else groups.push([row]);
    }
    const windowed = this.window.windowed;
    // One formatter each for all rows and headings: the zone makes new options objects.
    const time = dateTimeFormat(this.locale, { ...messages.time, timeZone: zone });
    const day = dateTimeFormat(this.locale, { ...messages.day, timeZone: zone });
    const heading = tagOfLevel(this.headingLevel);
    return html`<section class="scroller" aria-label=${messages.schedule(schedule.channel.name)}>
      ${windowed ? html`<div class="sentinel" data-edge="start"></div>` : nothing}
      ${repeat(
        groups,
        (group) => dayOf(group[0]),
        (
          group,
        ) => staticHtml`<${heading} part="day" class="day">${this.capitalized(day.format(group[0].programme.start))}</${heading}>
          <ol>
            ${repeat(
              group,
              (row) => row.index,
              (row) => this.renderRow(row, now, time, messages),
            )}
          </ol>`,
      )}
      ${windowed ? html`<div class="sentinel" data-edge="end"></div>` : nothing}
    </section>`;
  }

  /** The strip's box counts its rows, in every state. */
  protected override rootStyle() {
    return this.upcoming === undefined
      ? {}
      : { classes: 'strip', properties: { '--_rows': String(this.upcoming + 1) } };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Scrolled now, so a script that scrolls the list after widget-load is not undone; the tab stop
    // can wait for the frame's own layout.
    this.keepOnAirInView();
    beforeNextLayout(() => letKeyboardScroll(this.scroller));
  }

  private renderRow(
    { programme, index }: Row,
    now: number,
    time: Intl.DateTimeFormat,
    messages: ScheduleMessages,
  ): TemplateResult {
    const live = index === this.liveIndex;
    const past = !live && endOf(programme) <= now;
    return html`<li
      part="programme${live ? ' on-air' : ''}${past ? ' past' : ''}"
      class="row"
      aria-current=${live ? 'true' : nothing}
    >
      <time part="time" class="time" datetime=${programme.start.toISOString()}
        >${time.format(programme.start)}</time
      >
      <div class="info">
        <span part="title" class="title"
          >${
            programme.url
              ? html`<a href=${programme.url} target=${this.target} rel=${this.rel}>${programme.title}</a>`
              : programme.title
          }</span
        >${programme.subtitle || programme.category || live ? this.renderMore(programme, now, messages, live) : nothing}</div>
      <span part="rating" class="rating" ?hidden=${!programme.rating}
        ><span aria-hidden="true">${programme.rating}</span
        ><span class="visually-hidden">${programme.rating ? messages.rating[programme.rating] : ''}</span></span
      >
    </li>`;
  }

  /** Subtitle, category and the on-air line: one part in the row, which most rows leave empty. */
  private renderMore(programme: Programme, now: number, messages: ScheduleMessages, live: boolean): TemplateResult {
    const progress = live ? progressOf(programme, now) : undefined;
    const left = live ? minutesLeft(programme, now) : undefined;
    return html`${programme.subtitle ? html`<span part="subtitle" class="subtitle">${programme.subtitle}</span>` : nothing}${
      programme.category ? html`<span part="category" class="category">${programme.category}</span>` : nothing
    }${
      live
        ? html`<div class="live">
            <span class="badge">${messages.onAir}</span>
            ${
              progress === undefined
                ? nothing
                : html`<progress part="progress" max="100" .value=${Math.round(progress * 100)} aria-label=${messages.progress}></progress>`
            }
            ${left === undefined ? nothing : html`<span class="left">${messages.left(this.locale, left)}</span>`}
          </div>`
        : nothing
    }`;
  }

  /** A day as a heading starts with a capital: «Пятница, 20 октября». */
  private capitalized(text: string): string {
    return text.charAt(0).toLocaleUpperCase(this.locale) + text.slice(1);
  }

  /** What the rows depend on besides the time. */
  private inputs(schedule: Schedule): unknown[] {
    return [schedule, this.timezone, this.day, this.upcoming, this.hidePast];
  }

  private rowsCache?: { inputs: unknown[]; rows: Row[] };

  /**
   * The programmes `day`, `upcoming` and `hide-past` leave, in order, with their day; also finds the
   * programme on air. Worked out once per update (isEmpty and renderContent both ask).
   */
  private rows(schedule: Schedule, now: number): Row[] {
    const inputs = [...this.inputs(schedule), now];
    if (this.rowsCache?.inputs.every((value, i) => value === inputs[i])) return this.rowsCache.rows;
    this.liveIndex = onAirIndex(schedule.programmes, now);
    const rows = this.filterRows(schedule, now, this.liveIndex);
    this.rowsCache = { inputs, rows };
    return rows;
  }

  private filterRows(schedule: Schedule, now: number, live: number): Row[] {
    const zone = zoneOf(this.timezone);
    const { programmes } = schedule;
    let indices: number[];
    if (this.upcoming !== undefined) {
      let first = live;
      if (first < 0) {
        first = programmes.findIndex((programme) => programme.start.getTime() > now);
        if (first < 0) return [];
      }
      const count = this.upcoming + 1;
      indices = Array.from({ length: Math.min(count, programmes.length - first) }, (_, i) => first + i);
    } else {
      indices = programmes.map((_, i) => i);
    }
    return indices
      .map((index) => ({ programme: programmes[index], index }))
      .filter(
        (row) =>
          (!this.day || dayKey(row.programme.start, zone) === this.day) &&
          (!this.hidePast || row.index === live || endOf(row.programme) > now),
      );
  }

  /** Scrolls the list itself (never the page) so the programme on air is in view when it changes. */
  private keepOnAirInView(): void {
    const scroller = this.scroller;
    if (!scroller || this.liveIndex === this.scrolledTo) return;
    this.scrolledTo = this.liveIndex;
    const row = scroller.querySelector<HTMLElement>('[part~="on-air"]');
    if (!row || scroller.scrollHeight <= scroller.clientHeight) return;
    const heading = scroller.querySelector<HTMLElement>('.day')?.offsetHeight ?? 0;
    scroller.scrollTop += row.getBoundingClientRect().top - scroller.getBoundingClientRect().top - heading;
  }
}
