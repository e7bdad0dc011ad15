/**
 * Aho–Corasick over UTF-16 units: every pattern found in one pass over the text. Our own, because
 * the packages measured here (modern-ahocorasick among them) segment graphemes and were slower
 * than a naive indexOf loop on Chinese text; this one is ~30× faster than the loop (npm run bench).
 * Transitions are sorted per state in flat arrays, looked up by binary search.
 */
export interface AutomatonMatch {
  /** Index of the pattern in the array the automaton was built from. */
  pattern: number;
  start: number;
  end: number;
}

export class Automaton {
  private readonly fail: Int32Array;
  /** Per state: [first, last) into the edge arrays. */
  private readonly edgeStart: Int32Array;
  private readonly edgeEnd: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeTarget: Int32Array;
  /** Per state: the patterns ending here, and the next state (by failure links) that has any. */
  private readonly outputs: Int32Array[];
  private readonly outputLink: Int32Array;
  private readonly lengths: Int32Array;

  constructor(patterns: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let next = children[state].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state].set(c, next);
        }
        state = next;
      }
      ends[state].push(index);
    });
    const count = children.length;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    this.edgeStart = new Int32Array(count);
    this.edgeEnd = new Int32Array(count);
    const edges = children.reduce((sum, m) => sum + m.size, 0);
    this.edgeChar = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    let at = 0;
    children.forEach((map, state) => {
      this.edgeStart[state] = at;
      for (const [c, target] of [...map.entries()].sort((a, b) => a[0] - b[0])) {
        this.edgeChar[at] = c;
        this.edgeTarget[at++] = target;
      }
      this.edgeEnd[state] = at;
    });
    this.fail = new Int32Array(count);
    this.outputLink = new Int32Array(count).fill(-1);
    this.outputs = ends.map((e) => Int32Array.from(e));
    // Breadth first: a state's failure link points to a shallower state, already linked.
    const queue: number[] = [...children[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [c, target] of children[state]) {
        let f = this.fail[state];
        let next = this.step(f, c);
        while (next < 0 && f !== 0) {
          f = this.fail[f];
          next = this.step(f, c);
        }
        this.fail[target] = next >= 0 && next !== target ? next : 0;
        const link = this.fail[target];
        this.outputLink[target] = this.outputs[link].length ? link : this.outputLink[link];
        queue.push(target);
      }
    }
  }

  private step(state: number, c: number): number {
    let lo = this.edgeStart[state];
    let hi = this.edgeEnd[state] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.edgeChar[mid];
      if (v === c) return this.edgeTarget[mid];
      if (v < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  search(text: string): AutomatonMatch[] {
    const found: AutomatonMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(state, c);
      while (next < 0 && state !== 0) {
        state = this.fail[state];
        next = this.step(state, c);
      }
      state = next < 0 ? 0 : next;
      for (let s = this.outputs[state].length ? state : this.outputLink[state]; s > 0; s = this.outputLink[s]) {
        for (const pattern of this.outputs[s]) found.push({ pattern, start: i + 1 - this.lengths[pattern], end: i + 1 });
      }
    }
    return found;
  }
}
