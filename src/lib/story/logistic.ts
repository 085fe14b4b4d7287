// A small logistic regression, written out: the date ranker's weights are learned from
// journalists' timelines (which days they kept) and nothing else. Batch gradient descent with
// an L2 penalty; deterministic (zero start, fixed steps), so the same data gives the same
// weights on every machine. Knows nothing of dates or stories.

export interface Model {
  /** One weight per feature, then the bias last. */
  weights: number[];
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  steps?: number;
  rate?: number;
  /** Weight of a positive example relative to a negative one (positives are rare). */
  positiveWeight?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(model: Model, x: number[]): number {
  const w = model.weights;
  let z = w[w.length - 1];
  for (let i = 0; i < x.length; i++) z += w[i] * x[i];
  return z;
}

export function train(xs: number[][], ys: number[], options: TrainOptions = {}): Model {
  const { l2 = 0.01, steps = 500, rate = 0.5, positiveWeight = 1 } = options;
  const d = xs[0]?.length ?? 0;
  const w = new Array(d + 1).fill(0);
  const total = ys.reduce((sum, y) => sum + (y ? positiveWeight : 1), 0) || 1;
  for (let step = 0; step < steps; step++) {
    const grad = new Array(d + 1).fill(0);
    for (let i = 0; i < xs.length; i++) {
      const weight = ys[i] ? positiveWeight : 1;
      const error = (sigmoid(score({ weights: w }, xs[i])) - ys[i]) * weight;
      for (let j = 0; j < d; j++) grad[j] += error * xs[i][j];
      grad[d] += error;
    }
    for (let j = 0; j <= d; j++) w[j] -= rate * (grad[j] / total + (j < d ? l2 * w[j] : 0));
  }
  return { weights: w };
}
