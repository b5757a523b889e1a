// Order statistics of timing samples.
'use strict';

function sorted(values) {
  return [...values].sort((a, b) => a - b);
}

/** Returns the q-quantile (0 to 1) of the values, interpolating linearly between ranks. */
function quantile(values, q) {
  if (values.length === 0) {
    return NaN;
  }
  const ordered = sorted(values);
  const rank = (ordered.length - 1) * q;
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return ordered[lower] + (ordered[upper] - ordered[lower]) * (rank - lower);
}

function median(values) {
  return quantile(values, 0.5);
}

/** Summarizes samples as median, quartiles, minimum, maximum and count. */
function summarize(values) {
  return {
    median: median(values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}

module.exports = { median, quantile, summarize };
