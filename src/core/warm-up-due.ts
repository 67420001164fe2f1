/**
 * When a warm-up text is run (`normalize`'s, src/fast/warm-up.ts; `splitSentences`'s,
 * src/sentences/warm-up.ts): before the call that brings the code units the calls have read so
 * far, its own text included, to at least the warm-up's own length (all its rounds). Not simply
 * at the first call, whatever its length.
 *
 * Why. A warm-up gives the rare paths type feedback before the engine optimises the functions
 * that hold them, which matters once a process reads enough text for the engine to optimise
 * them: a long first text, or many calls. Run at the first call, it cost a short text far more
 * than the text itself (measured in fresh processes, Node 20: `normalize` on a first text of 40
 * code units took 27–35 ms with the warm-up and 4–11 ms without; `splitSentences` 4–6 ms and
 * 1–2 ms), because most of it is the engine compiling and running, unoptimised, the paths the
 * warm-up takes and the short text does not. Run once as much text as it holds has been read, it
 * at most doubles the work done so far, and it still runs before the engine optimises the
 * functions it warms: a first text as long as the warm-up or longer runs it first, as before.
 */
export class WarmUpSchedule {
  /** Code units the calls have been given before the warm-up ran. */
  private unitsRead = 0;
  private ran = false;

  /** Whether the warm-up has run (or is running) in this process. */
  get hasRun(): boolean {
    return this.ran;
  }

  /**
   * Notes a call's text of `length` code units; true, once, when a warm-up of `warmUpUnits` code
   * units is due before it (it counts as run from then on, so the warm-up's own calls see it run).
   */
  due(length: number, warmUpUnits: number): boolean {
    if (this.ran) return false;
    this.unitsRead += length;
    if (this.unitsRead < warmUpUnits) return false;
    this.ran = true;
    return true;
  }
}
