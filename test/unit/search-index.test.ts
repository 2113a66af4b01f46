import { expect, test } from 'vitest';
import { punctuateForIndex } from '../../functions/cli/search-index.ts';

test('a fact list reads as Chinese: a colon after each term, 。 after each value', () => {
	const html = '<dl><div><dt>版本</dt><dd>2.1</dd></div><div><dt>生效日期</dt><dd><time datetime="2026-02-24">2026年2月24日</time></dd></div></dl>';
	expect(punctuateForIndex(html)).toBe(
		'<dl><div><dt>版本：</dt><dd>2.1。</dd></div><div><dt>生效日期：</dt><dd><time datetime="2026-02-24">2026年2月24日</time>。</dd></div></dl>',
	);
});

test('headings end with a space, not a full stop; text that already ends in punctuation is left alone', () => {
	expect(punctuateForIndex('<h2>这次课讲什么</h2><p>从小学到初中。</p><li>作息、睡眠；</li><p>（见附件）</p>')).toBe(
		'<h2>这次课讲什么 </h2><p>从小学到初中。</p><li>作息、睡眠；</li><p>（见附件）</p>',
	);
});

test('only the end of a block changes: inline elements, attributes and text inside are kept', () => {
	const html = '<p class="eyebrow" data-x="a">家长学校 · <a href="/x/">2026学年</a></p><article><p>见<strong>第一条</strong>和第二条</p></article>';
	expect(punctuateForIndex(html)).toBe(
		'<p class="eyebrow" data-x="a">家长学校 · <a href="/x/">2026学年</a>。</p><article><p>见<strong>第一条</strong>和第二条。</p></article>',
	);
});
