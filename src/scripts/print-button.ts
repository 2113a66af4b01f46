// <print-button>: a button that opens the browser's print dialog. Created here rather than rendered,
// so that a page without script shows no button that would do nothing; the print styles (global.css)
// leave out filters, links and this button.
class PrintButton extends HTMLElement {
	connectedCallback() {
		if (this.querySelector('button')) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'button secondary';
		button.textContent = this.dataset.label ?? '';
		button.addEventListener('click', () => window.print());
		this.append(button);
	}
}

customElements.define('print-button', PrintButton);
