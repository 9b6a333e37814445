/**
 * Each instance's resource use, added once a minute to its own rollup record
 * (a heartbeat that costs no extra write: the record is written anyway).
 * Summed over instances these mean nothing; readers take them per instance
 * from `listRollups`, divided by `instance.samples`.
 */
export const InstanceKey = {
  /** Samples added to this minute's record (normally 1). */
  samples: "instance.samples",
  /** CPU time the process used since the previous sample, in milliseconds. */
  cpuMs: "instance.cpu_ms",
  /** Milliseconds of wall time that CPU time was measured over. */
  wallMs: "instance.wall_ms",
  /** Resident memory at the sample, in MB. */
  rssMb: "instance.rss_mb",
  /** CPU cores the process may use. */
  cores: "instance.cores",
} as const;
