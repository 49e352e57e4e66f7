/**
How soon V8 compiles a function with TurboFan, for a long batch. V8 optimizes a function once it has
run a set amount of bytecode (its interrupt budget); the compile runs on V8's background threads.
On an ingest most of our analysis code is warm rather than hot (hundreds of small functions, each run
a few times a file), and pdf.js creates closures per document that tier up again and again: over
1,000 reports V8's compile threads took 20 s of CPU against the floor's 10 s (the floor runs pdf.js
alone), on a 2-core machine where they compete with the two file workers.

Four times the budget leaves the merely warm code in the baseline tiers and optimizes what is really
hot. Measured on 1,000 reports (2 workers): CPU of V8's threads 20.2 → 15.1 s, the workers' own
time unchanged (53.5 → 52.8 s), whole-process CPU −6 %; eight times was no better (A/B against four
times: 0.99). A single parse, a short-lived process, is slower with it (farm-bench A/B 1.19: its
code never gets hot enough), so only ingest asks for it.

V8's flags belong to the process, not to one thread: set here, they apply to the worker threads
started afterwards and to the main thread alike. Setting a flag at run time is what Node offers
(`v8.setFlagsFromString`); where it fails nothing changes but speed.
*/
import {setFlagsFromString} from 'node:v8';

/** Interrupt budget in bytes of bytecode run: V8's default (67,584 in Node 20) times four. */
const BATCH_INTERRUPT_BUDGET = 4 * 67_584;

/** Makes V8 optimize only the code a long batch runs most; call before the batch's threads start. */
export function tierUpForBatch(): void {
	try {
		setFlagsFromString(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
	} catch {
		// Only ever a speed-up.
	}
}
