// Ends a run with one plain line, "N passed, N failed", which CI systems read without knowing vitest.
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainSummary implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
		const states = testModules.flatMap((m) => [...m.children.allTests()].map((t) => t.result().state));
		const passed = states.filter((s) => s === 'passed').length;
		const failed = states.filter((s) => s === 'failed').length;
		const skipped = states.filter((s) => s === 'skipped').length;
		console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
	}
}
