/**
 * How long and how hard the reliability suite pushes: fixed, so the figures of two runs compare,
 * and small enough that the suite stays under 3 minutes on 2 cores. Seeds are fixed too: the
 * same inputs are tried on every run (more of them on a faster machine).
 */

/** WebSocket clients in the load run. */
export const LOAD_CLIENTS = 8;
/** How long the load run lasts, ms. */
export const LOAD_MS = 15_000;
/** Landmark frames each client sends per second (a camera's rate). */
export const LOAD_FPS = 30;
/** Transcript entries each client appends per second. */
export const LOAD_APPENDS_PER_S = 2;

/** Times the host is killed with SIGKILL in the middle of appends. */
export const KILL_ROUNDS = 4;
/** Times a worker is killed (terminated or crashed by an uncaught exception) mid-call. */
export const WORKER_KILLS = 4;

/**
 * Time per fuzz target, ms. SB_FUZZ_MS overrides it for a longer local hunt; the figures say
 * which budget they were made with.
 */
export const FUZZ_MS = Number(process.env['SB_FUZZ_MS'] ?? 10_000);
/** An input that keeps a parser busy this long counts as a hang, ms. */
export const HANG_MS = 5_000;
/** Crashes kept per target before it stops: one bug tends to crash many inputs. */
export const MAX_CRASHES_KEPT = 10;
/** The seed of every generator, so a crash can be regenerated from its case number. */
export const FUZZ_SEED = 0x5b_18_04;
