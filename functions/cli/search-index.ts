// The Pagefind search index over the built pages, with Chinese punctuation between their blocks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Elements Pagefind ends a sentence at (its fossick parser's list). */
const blocks = 'h[1-6]|p|li|dt|dd|td|th|div|ul|ol|dl|article|section';
/** Elements that run on inside a sentence, and may close just before a block does. */
const inlines = 'a|abbr|b|bdo|cite|code|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var';
/**
 * A block whose text ends in a letter, digit or closing quote, with nothing after it but inline
 * closing tags: Pagefind would put ". " there. (The last group is the block's tag name.)
 */
const unpunctuatedEnd = new RegExp(`(?<=[\\p{L}\\p{N}_'")$*])((?:</(?:${inlines})>)*)(?=</(${blocks})>)`, 'gu');

/**
 * Pagefind ends each block that does not end in punctuation with an English full stop, so that the
 * text of a page does not run together in excerpts: "版本2.1. 生效日期2026年2月24日. 负责部门德育处."
 * For the index only (pages are served as built), each such block gets the Chinese ending instead: a
 * colon after a term (dt), a space after a heading (Chinese headings take no full stop, and the space
 * keeps a page title clean), 。 after anything else.
 */
export function punctuateForIndex(html: string): string {
	return html.replace(unpunctuatedEnd, (_, closers: string, tag: string) => {
		const ending = tag === 'dt' ? '：' : /^h\d$/.test(tag) ? ' ' : '。';
		return `${closers}${ending}`;
	});
}

/** Writes the index into `clientDir`/pagefind/ from every built page under `clientDir`. */
export async function writeSearchIndex(clientDir: string): Promise<void> {
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('pagefind could not start');
	const pages = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
	for (const sourcePath of pages) {
		const { errors } = await index.addHTMLFile({ sourcePath, content: punctuateForIndex(readFileSync(join(clientDir, sourcePath), 'utf8')) });
		if (errors.length > 0) throw new Error(`pagefind: ${sourcePath}: ${errors.join('; ')}`);
	}
	await index.writeFiles({ outputPath: join(clientDir, 'pagefind') });
	await pagefind.close();
}
