// <class-filter>: the class list follows the grade at once. Each class <optgroup> carries its grade in
// `data-grade`; groups of other grades are hidden and disabled (hidden alone leaves them selectable on
// phones whose pickers ignore it). Without this script the server does the same once the form is sent.
class ClassFilter extends HTMLElement {
	connectedCallback() {
		const grade = this.querySelector<HTMLSelectElement>('select[name="grade"]');
		const klass = this.querySelector<HTMLSelectElement>('select[name="class"]');
		if (!grade || !klass) return;
		const groups = [...klass.querySelectorAll('optgroup')];
		const narrow = () => {
			for (const group of groups) group.hidden = group.disabled = grade.value !== '' && group.dataset.grade !== grade.value;
			if (klass.selectedOptions[0]?.closest('optgroup')?.disabled) klass.value = '';
		};
		grade.addEventListener('change', narrow);
		// A class picked from the whole school's list sets its grade.
		klass.addEventListener('change', () => {
			const group = klass.selectedOptions[0]?.closest('optgroup');
			if (group?.dataset.grade) grade.value = group.dataset.grade;
			narrow();
		});
		// The hint is for the form without script: here the list needs no 查看 first.
		this.querySelector<HTMLElement>('[data-hint]')?.setAttribute('hidden', '');
		narrow();
	}
}

customElements.define('class-filter', ClassFilter);
