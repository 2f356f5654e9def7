// A list of numbers in one typed array that doubles when full: a million
// examples cost 4 or 8 MB instead of a million boxed values, so a set check's
// memory stays flat however large the file.

type Numbers = Uint32Array | Float64Array;

export class NumberColumn<T extends Numbers> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: (capacity: number) => T,
    capacity = 1024,
  ) {
    this.data = make(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The numbers pushed so far, without copying them. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

export const uint32Column = () => new NumberColumn((n) => new Uint32Array(n));
export const float64Column = () => new NumberColumn((n) => new Float64Array(n));
