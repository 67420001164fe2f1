/**
 * A one-line progress bar on standard error: bytes done of the total, throughput, records per
 * second and time left. Written here rather than taken from a library: it is forty lines, and the
 * package keeps no runtime dependencies.
 */
export class ProgressBar {
  private bytes = 0;
  private records = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  /** Whether the bar is on the screen now. */
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream,
  ) {}

  tick(bytes: number, records: number): void {
    this.bytes += bytes;
    this.records += records;
    const now = Date.now();
    if (now - this.lastDraw >= 100) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Clears the bar's line (before a warning is printed); the next tick draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = 0;
  }

  done(): void {
    this.clear();
  }

  private draw(now: number) {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const fraction = this.total > 0 ? Math.min(this.bytes / this.total, 1) : 1;
    const rate = this.bytes / seconds;
    const left = rate > 0 ? (this.total - this.bytes) / rate : 0;
    const mb = (n: number) => (n / 1e6).toFixed(1);
    const info = [
      `${(fraction * 100).toFixed(0).padStart(3)}%`,
      `${mb(this.bytes)}/${mb(this.total)} MB`,
      `${mb(rate)} MB/s`,
      ...(this.records > 0
        ? [`${Math.round(this.records / seconds).toLocaleString('en')} rec/s`]
        : []),
      `ETA ${formatDuration(left)}`,
    ].join('  ');
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - info.length - 4));
    const filled = Math.round(fraction * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${info}\x1b[K`);
    this.shown = true;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
