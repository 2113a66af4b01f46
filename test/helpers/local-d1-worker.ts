// The worker behind test/helpers/local-d1.ts: runs each D1 call the test process sends on a real D1
// binding (workerd's code, its limits and refusals included) and answers with the result as JSON.
export interface Call {
	/** The binding's name in env: DB0, DB1, … */
	binding: string;
	method: 'all' | 'raw' | 'run' | 'first' | 'batch';
	/** One statement, or the statements of a batch. */
	statements: { sql: string; params: unknown[] }[];
}

export type Answer = { result: unknown } | { error: { message: string; cause: string | undefined } };

interface Statement {
	bind(...params: unknown[]): Statement;
	all(): Promise<unknown>;
	raw(): Promise<unknown>;
	run(): Promise<unknown>;
	first(): Promise<unknown>;
}
interface Binding {
	prepare(sql: string): Statement;
	batch(statements: Statement[]): Promise<unknown>;
}

export default {
	async fetch(request: Request, env: Record<string, Binding>): Promise<Response> {
		const { binding, method, statements } = (await request.json()) as Call;
		const db = env[binding]!;
		try {
			const prepared = statements.map((s) => db.prepare(s.sql).bind(...s.params));
			const result = method === 'batch' ? await db.batch(prepared) : await prepared[0]![method]();
			return Response.json({ result } satisfies Answer);
		} catch (error) {
			const { message, cause } = error as Error;
			return Response.json({ error: { message, cause: cause instanceof Error ? cause.message : undefined } } satisfies Answer);
		}
	},
};
