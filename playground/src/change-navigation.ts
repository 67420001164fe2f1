import type { Change } from 'arabic-normalize';
import { fillTooltip, placeTooltip } from './change-tooltip.js';

/**
 * Keyboard and pointer access to the change highlights, with one tab stop however many changes
 * there are (roving tabindex): Tab reaches the current change, the arrow keys, Home and End move
 * between changes, the "previous"/"next" buttons do the same, and hovering, focusing or tapping a
 * change shows its tooltip. Escape hides the tooltip.
 */
export class ChangeNavigation {
  private marks: HTMLElement[] = [];
  private changes: readonly Change[] = [];
  private current = 0;
  /** Whether a change was selected since the last render ("next" then starts at the first). */
  private visited = false;

  constructor(
    private readonly view: HTMLElement,
    private readonly tip: HTMLElement,
    private readonly previous: HTMLButtonElement,
    private readonly next: HTMLButtonElement,
    private readonly position: HTMLElement,
  ) {
    view.addEventListener('focusin', (event) => {
      const index = this.indexOf(event.target);
      if (index !== null) this.select(index, false);
    });
    view.addEventListener('focusout', (event) => {
      if (this.indexOf(event.relatedTarget) === null) this.hide();
    });
    view.addEventListener('mouseover', (event) => {
      const index = this.indexOf(event.target);
      if (index !== null) this.show(index);
    });
    view.addEventListener('mouseleave', () => {
      const focused = this.indexOf(document.activeElement);
      if (focused === null) this.hide();
      else this.show(focused);
    });
    view.addEventListener('keydown', (event) => this.onKey(event));
    previous.addEventListener('click', () => this.select(this.current - 1, true));
    next.addEventListener('click', () => this.select(this.visited ? this.current + 1 : 0, true));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** Takes the marks of a new render; the first change becomes the tab stop. */
  reset(marks: HTMLElement[], changes: readonly Change[]): void {
    this.hide();
    this.marks = marks;
    this.changes = changes;
    this.current = 0;
    this.visited = false;
    if (marks[0] !== undefined) marks[0].tabIndex = 0;
    this.updateControls();
  }

  private indexOf(target: EventTarget | null): number | null {
    if (!(target instanceof Element)) return null;
    const mark = target.closest<HTMLElement>('[data-change]');
    if (mark === null || !this.view.contains(mark)) return null;
    return Number(mark.dataset.index);
  }

  private select(index: number, focus: boolean): void {
    if (this.marks.length === 0) return;
    const clamped = Math.min(Math.max(index, 0), this.marks.length - 1);
    const old = this.marks[this.current];
    if (old !== undefined && clamped !== this.current) {
      old.tabIndex = -1;
      old.removeAttribute('aria-describedby');
    }
    this.current = clamped;
    this.visited = true;
    const mark = this.marks[clamped]!;
    mark.tabIndex = 0;
    mark.setAttribute('aria-describedby', this.tip.id);
    if (focus) {
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    this.show(clamped);
    this.updateControls();
  }

  private show(index: number): void {
    const mark = this.marks[index];
    const change = this.changes[index];
    if (mark === undefined || change === undefined) return;
    fillTooltip(this.tip, change, index, this.changes.length);
    placeTooltip(this.tip, mark);
  }

  private hide(): void {
    this.tip.hidden = true;
  }

  private onKey(event: KeyboardEvent): void {
    if (this.indexOf(event.target) === null) return;
    // Reading goes right to left: the left arrow moves on, as it moves the caret on in Arabic.
    const moves: Record<string, number> = {
      ArrowLeft: this.current + 1,
      ArrowDown: this.current + 1,
      ArrowRight: this.current - 1,
      ArrowUp: this.current - 1,
      Home: 0,
      End: this.marks.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(target, true);
  }

  private updateControls(): void {
    const total = this.marks.length;
    this.previous.disabled = total === 0 || this.current === 0;
    this.next.disabled = total === 0 || this.current === total - 1;
    this.position.textContent = total === 0 ? '0 / 0' : `${this.current + 1} / ${total}`;
  }
}
