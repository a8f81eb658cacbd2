/** How big each benchmark is. The full run fits ~15-20 minutes on 2 cores; flags scale it up. */
export interface Sizes {
  repetitions: number;
  /** Events per baseline run (B_pipe, B_store, B_pglite). */
  baselineEvents: number;
  /** Seconds of a B_http / G4 load run. */
  httpSeconds: number;
  /** G1: warm-up and measured window, seconds; most events produced but not yet projected. */
  ingestWarmupSeconds: number;
  ingestWindowSeconds: number;
  embeddedWindowSeconds: number;
  maxLag: number;
  /** G2: seconds per rate, after a warm-up. */
  latencySeconds: number;
  latencyWarmupSeconds: number;
  /** G3/G4 data set: events and clients. */
  datasetEvents: number;
  datasetClients: number;
  /** G4: query rate (req/s) and the ingest rate running beside it (ev/s). */
  queryRate: number;
  queryIngestRate: number;
  /** G4: seconds of ingest and reads before the measured window (JIT of broker and services). */
  queryWarmupSeconds: number;
  /** G5 / B_codec: events per micro-benchmark pass. */
  codecEvents: number;
  /** G6: burst seconds and repetitions. */
  burstSeconds: number;
  burstRepetitions: number;
  /** Longest wait for lag to drain before a run fails. */
  drainTimeoutSeconds: number;
  /** G7: months of the four wards' history backfilled from 2016-01 (130: ten years and more). */
  backfillMonths: number;
}

export const fullSizes: Sizes = {
  repetitions: 3,
  baselineEvents: 50_000,
  httpSeconds: 10,
  ingestWarmupSeconds: 10,
  ingestWindowSeconds: 45,
  embeddedWindowSeconds: 30,
  maxLag: 20_000,
  latencySeconds: 15,
  latencyWarmupSeconds: 3,
  datasetEvents: 1_000_000,
  datasetClients: 20_000,
  queryRate: 500,
  queryIngestRate: 500,
  queryWarmupSeconds: 20,
  codecEvents: 20_000,
  burstSeconds: 30,
  burstRepetitions: 2,
  drainTimeoutSeconds: 600,
  backfillMonths: 130,
};

/** Tiny sizes that still take every code path; one repetition; under a minute in total. */
export const smokeSizes: Sizes = {
  repetitions: 1,
  baselineEvents: 2_000,
  httpSeconds: 1,
  ingestWarmupSeconds: 1,
  ingestWindowSeconds: 2,
  embeddedWindowSeconds: 2,
  maxLag: 2_000,
  latencySeconds: 2,
  latencyWarmupSeconds: 0.5,
  datasetEvents: 3_000,
  datasetClients: 200,
  queryRate: 100,
  queryIngestRate: 100,
  queryWarmupSeconds: 1,
  codecEvents: 1_000,
  burstSeconds: 2,
  burstRepetitions: 1,
  drainTimeoutSeconds: 60,
  backfillMonths: 1,
};
