// <site-search>: runs the server-rendered search form against the Pagefind index built with the site.
// The form works without this script (it reloads /search/?q=…), the script just fills in results.

interface PagefindResult {
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

const indexUrl = '/pagefind/pagefind.js';

class SiteSearch extends HTMLElement {
	#pagefind: Promise<Pagefind> | undefined;

	connectedCallback() {
		const form = this.querySelector('form');
		const input = this.querySelector('input');
		if (!form || !input) return;
		// The page explains that search needs JavaScript; with it running, that note is moot.
		this.querySelector('[data-no-js]')?.remove();
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
			void this.run(input.value);
		});
		const initial = new URLSearchParams(location.search).get('q');
		if (initial) {
			input.value = initial;
			void this.run(initial);
		}
	}

	async run(query: string) {
		const status = this.querySelector<HTMLElement>('[role="status"]');
		const list = this.querySelector('ol');
		if (!status || !list) return;
		const q = query.trim();
		list.replaceChildren();
		if (!q) return void (status.textContent = '');
		status.textContent = this.dataset.loading ?? '';
		this.#pagefind ??= import(/* @vite-ignore */ indexUrl) as Promise<Pagefind>;
		const { results } = await (await this.#pagefind).search(q);
		const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
		status.textContent = (pages.length ? this.dataset.found : this.dataset.none)
			?.replace('{n}', String(results.length))
			.replace('{q}', q) ?? '';
		for (const page of pages) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = page.url;
			link.textContent = page.meta.title ?? page.url;
			const excerpt = document.createElement('p');
			// Pagefind escapes the page text and adds only <mark> around the matched words.
			excerpt.innerHTML = page.excerpt;
			item.append(link, excerpt);
			list.append(item);
		}
	}
}

customElements.define('site-search', SiteSearch);
