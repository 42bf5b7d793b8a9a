// Figures of a report are numbered once, in the order they are printed (1, 2, 3 … across the
// sections), so that the commentary and the annex can refer to "Figure 3".

export interface Numbered {
	/** 1-based, in document order. */
	readonly number: number;
}

/** Every figure with its number, in document order: the sections' order, then their own order. */
export function numberFigures<F extends { readonly section: string }>(
	figures: readonly F[],
	sections: readonly string[]
): (F & Numbered)[] {
	const rank = (section: string) => {
		const at = sections.indexOf(section);
		return at < 0 ? sections.length : at;
	};
	return figures
		.map((figure, order) => ({ figure, order }))
		.sort((a, b) => rank(a.figure.section) - rank(b.figure.section) || a.order - b.order)
		.map(({ figure }, i) => ({ ...figure, number: i + 1 }));
}

/** The figures of one section, numbered as in the whole report. */
export function figuresOf<F extends { readonly section: string }>(
	figures: readonly F[],
	section: string
): F[] {
	return figures.filter((figure) => figure.section === section);
}
