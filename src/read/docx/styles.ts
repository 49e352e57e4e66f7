/**
Paragraph styles of styles.xml: which are headings (Heading 1…, 标题 1…, 1级标题, w:outlineLvl) and
which carry numbering (w:numPr inside the style), following w:basedOn.
*/
import {child, childValue, children, type Element} from '../xml.js';

type StyleDefinition = {
	name: string;
	basedOn: string | null;
	outlineLevel: number | null;
	numId: string | null;
	ilvl: number | null;
};
export type ResolvedStyle = {headingLevel: number | null; numId: string | null; ilvl: number};

/** "heading 2", "Heading2", "标题 2", "标题2", "2级标题" → 2. */
const HEADING_NAME = /^(?:heading|标题)\s*(\d)$|^(\d)\s*级标题$/iu;

export class WordStyles {
	private readonly styles = new Map<string, StyleDefinition>();

	constructor(root: Element | null) {
		for (const style of children(root, 'w:style')) {
			if (style.getAttribute('w:type') !== 'paragraph') continue;
			const properties = child(style, 'w:pPr');
			const numPr = child(properties, 'w:numPr');
			const outline = childValue(properties, 'w:outlineLvl');
			this.styles.set(style.getAttribute('w:styleId') ?? '', {
				name: childValue(style, 'w:name') ?? '',
				basedOn: childValue(style, 'w:basedOn'),
				outlineLevel: outline === null ? null : Number(outline),
				numId: childValue(numPr, 'w:numId'),
				ilvl: childValue(numPr, 'w:ilvl') === null ? null : Number(childValue(numPr, 'w:ilvl')),
			});
		}
	}

	resolve(styleId: string | null): ResolvedStyle {
		const resolved: ResolvedStyle = {headingLevel: null, numId: null, ilvl: 0};
		const seen = new Set<string>();
		for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
			seen.add(id);
			const style = this.styles.get(id);
			if (!style) break;
			const named = HEADING_NAME.exec(style.name.trim()) ?? HEADING_NAME.exec(id);
			resolved.headingLevel ??= named
				? Number(named[1] ?? named[2])
				: style.outlineLevel !== null && style.outlineLevel < 9
					? style.outlineLevel + 1
					: null;
			if (resolved.numId === null && style.numId !== null) {
				resolved.numId = style.numId;
				resolved.ilvl =
					(style.ilvl ?? resolved.headingLevel !== null) ? Math.max(0, (resolved.headingLevel ?? 1) - 1) : 0;
				if (style.ilvl !== null) resolved.ilvl = style.ilvl;
			}
		}
		return resolved;
	}
}
