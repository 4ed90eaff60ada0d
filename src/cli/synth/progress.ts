/**
 * A progress line on stderr for long jobs: count, rate and ETA. On a terminal it redraws one
 * line; otherwise (logs, CI) it prints a line every `everySeconds`.
 */
export class Progress {
  private readonly started = Date.now();
  private lastPrint = 0;
  private done = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly already = 0,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly everySeconds = 10,
  ) {
    this.done = already;
  }

  tick(n = 1): void {
    this.done += n;
    const now = Date.now();
    const interval = this.stream.isTTY ? 250 : this.everySeconds * 1000;
    if (now - this.lastPrint >= interval || this.done === this.total) {
      this.lastPrint = now;
      this.print();
    }
  }

  /** Utterances per second over this run (resumed work excluded). */
  get rate(): number {
    const s = (Date.now() - this.started) / 1000;
    return s > 0 ? (this.done - this.already) / s : 0;
  }

  finish(): void {
    this.print();
    if (this.stream.isTTY) this.stream.write('\n');
  }

  private print(): void {
    const rate = this.rate;
    const left = this.total - this.done;
    const eta = rate > 0 ? formatSeconds(left / rate) : '?';
    const pct = this.total > 0 ? ((100 * this.done) / this.total).toFixed(1) : '100.0';
    const width = 24;
    const filled = this.total > 0 ? Math.round((width * this.done) / this.total) : width;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const line = `${this.label} ${bar} ${this.done}/${this.total} (${pct}%) ${rate.toFixed(1)}/s ETA ${eta}`;
    this.stream.write(this.stream.isTTY ? `\r${line}` : `${line}\n`);
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(sec).padStart(2, '0')}s`;
}
