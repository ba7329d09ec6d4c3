/**
 * Superlinear-time detection by growth, not by a time limit: the same text shape at 4,000 and at 40,000
 * characters. Linear work grows about 10×, quadratic about 100×; the line is drawn at 30×. A run that stays under
 * a couple of milliseconds at 40,000 characters cannot freeze a page whatever its ratio, so it is not compared:
 * at that size the ratio is mostly timer noise.
 */

/** A text shape: a prefix, a pump repeated to fill the length, a suffix (the form of a ReDoS attack string). */
export interface Shape {
  prefix: string;
  pump: string;
  suffix: string;
}

export const SMALL = 4_000;
export const LARGE = 40_000;
export const MAX_GROWTH = 30;
const NOISE_FLOOR_MS = 2;
// The first run of a whole check at 40k characters pays one-off costs the warm-up at 4k does not (about 200 ms on this
// machine kind for "a-" pumped, against 70 ms warm), and a 200 ms line let that single run stand unrepeated: the test
// failed two runs in three on the code as it was. Over a second no run is repeated; a real quadratic is over the
// ratio line on every try anyway.
const CLEARLY_SLOW_MS = 1000;

/**
 * The shape at about `length` characters. The pump is repeated whole, never cut: a 4k and a 40k text then end alike,
 * and a rule that only the cut-off end happens to wake (a "responsible" just before the suffix) is not read as growth.
 */
export function pumped({ prefix, pump, suffix }: Shape, length: number): string {
  const room = Math.max(pump.length, length - prefix.length - suffix.length);
  return prefix + pump.repeat(Math.max(1, Math.round(room / pump.length))) + suffix;
}

/**
 * CPU time of this process, in ms. Wall-clock time would count the moments the machine gave the CPU to other work
 * (a 2-core CI machine runs builds and browsers beside the unit tests), and one such moment reads as superlinear.
 */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function bestOf(runs: number, fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

export interface Growth {
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs, or 0 when the large run is under the noise floor. */
  ratio: number;
}

/**
 * How the cost of `run` grows from a 4k to a 40k text of this shape. A machine busy with other work can stretch
 * one timing, so a ratio over the line is measured again, up to three times, and the lowest is kept: a truly
 * superlinear pattern is over the line every time.
 */
export function growth(run: (text: string) => void, shape: Shape): Growth {
  let best = measureGrowth(run, shape);
  for (let again = 0; again < 2 && best.ratio > MAX_GROWTH && best.largeMs < CLEARLY_SLOW_MS; again++) {
    const next = measureGrowth(run, shape);
    if (next.ratio < best.ratio) best = next;
  }
  return best;
}

function measureGrowth(run: (text: string) => void, shape: Shape): Growth {
  const small = pumped(shape, SMALL);
  const large = pumped(shape, LARGE);
  run(small); // compile and warm up the regexes before timing
  let largeMs = bestOf(1, () => run(large));
  if (largeMs < NOISE_FLOOR_MS) return { smallMs: Number.NaN, largeMs, ratio: 0 };
  // Over the floor but short: a garbage collection or a recompile may have landed in that run, so take the best
  // of three. A run of hundreds of milliseconds is no accident and is not repeated.
  if (largeMs < CLEARLY_SLOW_MS)
    largeMs = Math.min(
      largeMs,
      bestOf(2, () => run(large)),
    );
  if (largeMs < NOISE_FLOOR_MS) return { smallMs: Number.NaN, largeMs, ratio: 0 };
  const smallMs = bestOf(5, () => run(small));
  return { smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.01) };
}

/** Runs a regex over the whole text the way the engine runs a pattern over a sentence: every match, left to right. */
export function scanAll(regex: RegExp): (text: string) => void {
  const global = new RegExp(regex.source, `${regex.flags.replace('y', '').replace('g', '')}g`);
  return (text) => {
    global.lastIndex = 0;
    for (let hit = global.exec(text); hit; hit = global.exec(text)) if (hit[0].length === 0) global.lastIndex++;
  };
}
