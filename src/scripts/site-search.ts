// <site-search>: runs the server-rendered search form against the Pagefind index built with the site.
// The form works without this script (it reloads /search/?q=…), the script just fills in results:
// as the parent types, a moment after they stop, and at once when they press the button.

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	/** Resolves to null when a later call has superseded this one. */
	debouncedSearch(query: string, options: object, waitMs: number): Promise<{ results: PagefindResult[] } | null>;
}

const indexUrl = '/pagefind/pagefind.js';
/** Results shown at once, and added by each press of "show more": each one loads its own excerpt. */
const PAGE_SIZE = 10;
/** Long enough that a parent typing a word with a pinyin keyboard is not searched for each syllable. */
const TYPING_PAUSE_MS = 300;

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;
	#results: PagefindResult[] = [];
	#shown = 0;

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.querySelector('input');
		if (!form || !input) return;
		// The page explains that search needs JavaScript; with it running, that note is moot.
		this.querySelector('[data-no-js]')?.remove();
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run(input.value, 0);
		});
		// While a Chinese input method is composing, the box holds pinyin, not the words yet.
		input.addEventListener('input', (event) => {
			if (!(event as InputEvent).isComposing) void this.run(input.value, TYPING_PAUSE_MS);
		});
		input.addEventListener('compositionend', () => void this.run(input.value, TYPING_PAUSE_MS));
		this.querySelector('[data-more]')?.addEventListener('click', () => void this.showMore(true));
		const initial = new URLSearchParams(location.search).get('q');
		if (initial) {
			input.value = initial;
			void this.run(initial, 0);
		}
	}

	async run(query: string, waitMs: number) {
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (!status) return;
		const q = query.trim();
		// The address follows the box, so a shared link repeats the search.
		history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
		this.#pagefind ??= import(/* @vite-ignore */ indexUrl) as Promise<Pagefind>;
		// An empty box also goes through Pagefind, so that it cancels a search still waiting to run.
		const search = (await this.#pagefind).debouncedSearch(q, {}, waitMs);
		// Only for a search asked for at once: while typing, a screen reader would hear it per key.
		if (q && waitMs === 0) status.textContent = this.dataset.loading ?? '';
		const found = await search;
		if (!found) return;
		this.#results = found.results;
		this.#shown = 0;
		this.querySelector('ol')?.replaceChildren();
		status.textContent = q
			? ((found.results.length ? this.dataset.found : this.dataset.none)
					?.replace('{n}', String(found.results.length))
					.replace('{q}', q) ?? '')
			: '';
		await this.showMore();
	}

	/** Adds the next page of results under those already shown; `focus`: move to the first of them. */
	async showMore(focus = false) {
		const list = this.querySelector('ol');
		const more = this.querySelector<HTMLButtonElement>('[data-more]');
		if (!list || !more) return;
		const results = this.#results;
		const batch = results.slice(this.#shown, this.#shown + PAGE_SIZE);
		const pages = await Promise.all(batch.map((r) => r.data()));
		// A newer search has replaced these results while their excerpts loaded.
		if (results !== this.#results) return;
		this.#shown += batch.length;
		const first = list.children.length;
		for (const page of pages) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = page.url;
			link.textContent = page.meta.title ?? page.url;
			const excerpt = document.createElement('p');
			// Pagefind escapes the page text and adds only <mark> around the matched words.
			excerpt.innerHTML = tidyExcerpt(page.excerpt);
			item.append(link, excerpt);
			list.append(item);
		}
		const left = results.length - this.#shown;
		more.hidden = left <= 0;
		more.textContent = more.dataset.more?.replace('{n}', String(left)) ?? '';
		if (focus) list.children[first]?.querySelector('a')?.focus();
	}
}

/**
 * Pagefind joins a page's blocks with a space, which Chinese does not put after its punctuation
 * (the index gives each block its 。 or ：, functions/cli/search-index.ts), and an excerpt may open
 * on the mark that ended the sentence before it.
 */
function tidyExcerpt(html: string): string {
	return html.replace(/([。：；，、！？）”])\s+/g, '$1').replace(/^[\s。：；，、！？]+/, '');
}

customElements.define('site-search', SiteSearch);
