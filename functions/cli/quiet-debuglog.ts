import type { Plugin } from 'vite';

const streamReadable = /[\\/]node_modules[\\/](?:.*[\\/])?readable-stream[\\/]lib[\\/]_stream_readable\.js$/;
const debugUtil = "var debugUtil = require('util');";

/**
 * For the worker bundle: readable-stream (the copy of Node's streams that exceljs's zip writer is built
 * on) logs through util.debuglog('stream'), which Node keeps silent unless NODE_DEBUG names it but
 * workerd always turns on (it cannot read NODE_DEBUG): thousands of "STREAM: …" lines per XLSX
 * export, each formatted at a cost in the worker's CPU time. Its stream reader gets no util to log
 * with, so it logs nothing, as it does when util has no debuglog. (Its `require('util')` cannot be
 * redirected instead: the bundler marks Node's built-in modules external before any plugin sees them.)
 */
export function quietDebuglog(): Plugin {
	return {
		name: 'gongyu:quiet-debuglog',
		transform: {
			filter: { id: streamReadable, code: debugUtil },
			handler(code) {
				return { code: code.replace(debugUtil, 'var debugUtil = undefined;'), map: null };
			},
		},
	};
}
