// A binary min-heap of small non-negative integers whose removals are lazy: a removed value is
// only marked, and dropped when it reaches the top. Push, remove and min are O(log n) amortised.
// Each value may be pushed once (a span opens once and closes once).
export class LazyMinHeap {
  private readonly heap: number[] = [];
  private readonly removed = new Set<number>();

  push(value: number): void {
    const heap = this.heap;
    let i = heap.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent]! <= value) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = value;
  }

  remove(value: number): void {
    this.removed.add(value);
  }

  /** The smallest value not removed, or -1 when there is none. */
  min(): number {
    while (this.heap.length > 0 && this.removed.has(this.heap[0]!)) {
      this.removed.delete(this.heap[0]!);
      this.pop();
    }
    return this.heap.length > 0 ? this.heap[0]! : -1;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && heap[l + 1]! < heap[l]! ? l + 1 : l;
      if (heap[c]! >= last) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
  }
}
