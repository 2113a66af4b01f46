// <survey-form>: the server-rendered form works on its own (a plain POST, checked again on the
// server). With JavaScript, this adds the server's checks before sending, messages that clear as
// answers are fixed, a progress count, a draft kept on the phone until the survey is submitted, and
// hides the questions a parent's earlier answers make irrelevant (showIf).
// New messages appear only on "submit": one appearing while a parent taps would shift the page
// under their finger.
import { askedQuestions, checkAnswers, fieldName, type FormInput, type Roster } from '../../functions/domain/answers.ts';
import { fieldError, submissionMessages } from '../../functions/domain/messages.ts';
import type { Survey } from '../../functions/domain/survey.ts';
import { draftKey } from './draft-key.ts';

type Definition = { sections: Survey['sections']; roster: Roster };

function readForm(form: HTMLFormElement): FormInput {
	const input: FormInput = {};
	for (const [name, value] of new FormData(form)) {
		if (typeof value !== 'string') continue;
		const prev = input[name];
		input[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
	}
	return input;
}

class SurveyForm extends HTMLElement {
	#def!: Definition;
	#form!: HTMLFormElement;
	#status = document.createElement('p');
	#bar = document.createElement('progress');

	connectedCallback() {
		const form = this.querySelector('form');
		if (!form) return;
		this.#form = form;
		this.#def = JSON.parse(this.dataset.definition ?? '{}') as Definition;
		const progress = document.createElement('div');
		progress.className = 'survey-progress';
		this.#status.setAttribute('aria-live', 'polite');
		progress.append(this.#status, this.#bar);
		form.prepend(progress);

		// A form the server sent back with errors already holds the parent's answers; only a fresh form
		// takes the draft.
		if (!this.querySelector('.summary:not([hidden])')) this.#restoreDraft();
		this.#linkConditions();
		this.#showAsked();
		this.#updateProgress();

		form.addEventListener('input', () => {
			this.#showAsked();
			this.#saveDraft();
			this.#updateProgress();
		});
		form.addEventListener('change', () => {
			this.#showAsked();
			this.#check(false);
		});
		form.addEventListener('submit', (event) => {
			if (!this.#check(true)) event.preventDefault();
		});
	}

	get #questions() {
		return this.#def.sections.flatMap((s) => s.questions);
	}

	/** The earlier question's options say which questions they show and hide, for screen readers. */
	#linkConditions() {
		const controlled = new Map<string, string[]>();
		for (const q of this.#questions)
			if (q.showIf) controlled.set(q.showIf.question, [...(controlled.get(q.showIf.question) ?? []), `q-${q.id}`]);
		for (const [id, boxes] of controlled)
			for (const input of this.#form.querySelectorAll(`[name="${CSS.escape(fieldName(id))}"]`)) input.setAttribute('aria-controls', boxes.join(' '));
	}

	/**
	 * Shows the questions the answers so far ask for and hides the others (the same rule as the
	 * server's). A hidden question's inputs are disabled, so its answers are neither sent nor counted,
	 * and come back as they were if the parent changes their mind.
	 */
	#showAsked() {
		// Disabled inputs are not read: a question shown again may in turn show another, so repeat
		// until nothing changes.
		for (let changed = true; changed; ) {
			changed = false;
			const asked = askedQuestions(this.#def, readForm(this.#form));
			for (const q of this.#questions) {
				const box = this.querySelector<HTMLElement>(`[data-question="${q.id}"]`);
				if (!q.showIf || !box || box.hidden === !asked.has(q.id)) continue;
				changed = true;
				box.hidden = !asked.has(q.id);
				for (const input of box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea'))
					input.disabled = box.hidden;
			}
		}
	}

	/** Shows every error (on submit) or updates those already shown; true when the form may be sent. */
	#check(all: boolean): boolean {
		const input = readForm(this.#form);
		const result = checkAnswers(this.#def, this.#def.roster, input);
		const errors: Record<string, string> = result.ok ? {} : { ...result.errors };
		const code = this.querySelector<HTMLInputElement>('#f-code');
		if (code && !code.value.trim()) errors._code = submissionMessages.codeRequired;
		for (const q of this.#questions) {
			const shown = this.querySelector(`[data-question="${q.id}"].invalid`);
			if (all || shown) this.#showError(q.id, errors[q.id]);
		}
		if (all) this.#showSummary(errors);
		return Object.keys(errors).length === 0;
	}

	#showError(questionId: string, message: string | undefined) {
		const box = this.querySelector<HTMLElement>(`[data-question="${questionId}"]`);
		const p = box?.querySelector<HTMLElement>('.error');
		if (!box || !p) return;
		p.textContent = message ?? '';
		p.hidden = !message;
		box.classList.toggle('invalid', Boolean(message));
		const target = box.matches('fieldset') ? box : box.querySelector('input, select, textarea');
		if (message) target?.setAttribute('aria-invalid', 'true');
		else target?.removeAttribute('aria-invalid');
		if (!box.matches('fieldset')) {
			const ids = new Set((target?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
			if (message) ids.add(p.id);
			else ids.delete(p.id);
			if (ids.size) target?.setAttribute('aria-describedby', [...ids].join(' '));
			else target?.removeAttribute('aria-describedby');
		}
	}

	#showSummary(errors: Record<string, string>) {
		const summary = this.querySelector<HTMLElement>('.summary');
		if (!summary) return;
		const items = [
			...(errors._code ? [{ href: '#f-code', text: fieldError(this.dataset.codeLabel ?? '', errors._code) }] : []),
			...this.#questions.filter((q) => errors[q.id]).map((q) => ({ href: `#q-${q.id}`, text: fieldError(q.title, errors[q.id]!) })),
		];
		const list = document.createElement('ul');
		for (const item of items) {
			const link = document.createElement('a');
			link.href = item.href;
			link.textContent = item.text;
			const li = document.createElement('li');
			li.append(link);
			list.append(li);
		}
		const heading = summary.querySelector('h2')!;
		const count = document.createElement('p');
		count.textContent = submissionMessages.summary(items.length);
		summary.replaceChildren(heading, count, list);
		summary.hidden = items.length === 0;
		if (items.length) summary.focus();
	}

	#updateProgress() {
		const input = readForm(this.#form);
		const has = (name: string) => {
			const v = input[name];
			return Array.isArray(v) ? v.some((x) => x.trim()) : Boolean(v?.trim());
		};
		const asked = askedQuestions(this.#def, input);
		const questions = this.#questions.filter((q) => asked.has(q.id));
		const done = questions.filter((q) =>
			q.type === 'matrix' ? q.rows.every((r) => has(fieldName(q.id, r.id))) : has(fieldName(q.id)),
		).length;
		this.#status.textContent = (this.dataset.progress ?? '')
			.replace('{done}', String(done))
			.replace('{total}', String(questions.length));
		this.#bar.max = questions.length;
		this.#bar.value = done;
	}

	#saveDraft() {
		try {
			localStorage.setItem(draftKey(this.dataset.surveyId!), JSON.stringify(readForm(this.#form)));
		} catch {
			// Private browsing or a full storage: the form still works, only without a draft.
		}
	}

	#restoreDraft() {
		let draft: FormInput;
		try {
			draft = JSON.parse(localStorage.getItem(draftKey(this.dataset.surveyId!)) ?? 'null') as FormInput;
		} catch {
			return;
		}
		if (!draft) return;
		for (const [name, value] of Object.entries(draft)) {
			const values = Array.isArray(value) ? value : [value];
			for (const el of this.#form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
				`[name="${CSS.escape(name)}"]`,
			)) {
				if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
					el.checked = values.includes(el.value);
				} else {
					// The idempotency key comes back too: if the last try was stored but the answer never
					// reached the phone, sending again stores nothing twice.
					el.value = values[0] ?? '';
				}
			}
		}
		const note = document.createElement('p');
		note.className = 'draft-note';
		note.textContent = this.dataset.restored ?? '';
		this.#form.prepend(note);
	}
}

customElements.define('survey-form', SurveyForm);
