/**
Builds the heading tree. Levels follow the order in which numbering styles appear, because real
reports mix them: a style already open on the stack continues there (（一） → （二）), while a style
that restarts at 1 below a deeper heading opens a new level ("2.分项目标" → （一）…).
*/
import type {DocFile, SectionMark, SegmentedDoc} from '../document/doc-file.js';
import {locWithSection} from '../document/loc.js';
import type {Section} from '../schema.js';
import {classifyParagraph, dropListItems, type HeadingCandidate} from './headings.js';

/** A section as built, with what the rules need beyond the contract's fields. */
export type SectionNode = Section & {
	style: string | null;
	value: number | null;
	start: number;
	end: number;
	titleEnd: number;
	children: SectionNode[];
};

/** Deeper than any numbering ladder a report uses (一、（一）1.（1）① and the DOCX outline levels). */
const MAX_DEPTH = 12;

type Open = {node: SectionNode; style: string | null; value: number | null; declaredLevel: number | null};

function findOpen(stack: Open[], candidate: HeadingCandidate): number {
	const style = candidate.numbering?.style ?? null;
	const level = candidate.paragraph.headingLevel;
	for (let index = stack.length - 1; index >= 0; index--) {
		const open = stack[index]!;
		if (style !== null && open.style === style) return index;
		if (style === null && level !== null && open.declaredLevel !== null && open.declaredLevel >= level) return index;
	}
	return -1;
}

function placeOf(stack: Open[], candidate: HeadingCandidate): number {
	const index = findOpen(stack, candidate);
	if (index === -1) return Math.min(stack.length, MAX_DEPTH - 1); // a new style: one level deeper
	const open = stack[index]!;
	const value = candidate.numbering?.value;
	// A restart at 1 below a deeper heading opens a new level instead of closing the open one, at
	// most once per style: the numbering ladder bounds the depth. A restart of the outermost style
	// is a new part (reports bound into one compilation), never a level below the last one.
	const repeats = stack.filter((entry) => entry.style === open.style).length;
	if (value === 1 && open.value !== null && index > 0 && index < stack.length - 1 && repeats < 2)
		return Math.min(stack.length, MAX_DEPTH - 1);
	return index;
}

/** Segments the document: its section tree, and the document with the marks a loc reads its section from. */
export function buildSections(doc: DocFile): {sections: SectionNode[]; doc: SegmentedDoc} {
	const marks: SectionMark[] = [];
	const candidates = new Map<DocFile['paragraphs'][number], HeadingCandidate>();
	for (const paragraph of doc.paragraphs) {
		const candidate = classifyParagraph(doc.text, paragraph);
		if (candidate) candidates.set(paragraph, candidate);
	}
	dropListItems(doc.text, doc.paragraphs, candidates);

	const roots: SectionNode[] = [];
	const stack: Open[] = [];
	for (const paragraph of doc.paragraphs) {
		const candidate = candidates.get(paragraph);
		if (!candidate) continue;
		stack.length = placeOf(stack, candidate);
		const numbering = candidate.numbering;
		const node: SectionNode = {
			number: numbering?.canonical ?? '',
			level: stack.length + 1,
			title: candidate.title,
			// The section path is known only once the node is on the stack (below).
			loc: locWithSection(doc, paragraph.start, []),
			children: [],
			style: numbering?.style ?? null,
			value: numbering?.value ?? null,
			start: paragraph.start,
			end: doc.text.length,
			titleEnd: candidate.titleEnd,
		};
		(stack.at(-1)?.node.children ?? roots).push(node);
		stack.push({node, style: node.style, value: node.value, declaredLevel: paragraph.headingLevel});
		const path = stack.map((open) => open.node.number || open.node.title);
		marks.push({start: paragraph.start, path});
		node.loc.section = path;
	}
	closeEnds(roots, doc.text.length);
	const segmented: SegmentedDoc = {...doc, sectionMarks: marks, sectionStarts: marks.map((mark) => mark.start)};
	return {sections: roots, doc: segmented};
}

/** A section ends where the next heading of its level or above begins. */
function closeEnds(nodes: SectionNode[], end: number): void {
	nodes.forEach((node, index) => {
		node.end = nodes[index + 1]?.start ?? end;
		closeEnds(node.children, node.end);
	});
}

/** The contract's view of a section tree (drops the internal fields). */
export function toContractSections(nodes: SectionNode[]): Section[] {
	return nodes.map(contractSection);
}

// Module-level callbacks, not arrows per call: see src/text/by-start.ts.
const contractSection = (node: SectionNode): Section => ({
	number: node.number,
	level: node.level,
	title: node.title,
	loc: node.loc,
	children: toContractSections(node.children),
});

const withDescendants = (node: SectionNode): SectionNode[] => [node, ...flattenSections(node.children)];

/** Every node of a tree, depth first. */
export function flattenSections(nodes: SectionNode[]): SectionNode[] {
	return nodes.flatMap(withDescendants);
}
