/**
Small helpers over @xmldom/xmldom elements of Office XML parts (names keep their prefix: `w:p`, `c`).
*/
import {DOMParser} from '@xmldom/xmldom';

/** The part of the DOM we use; xmldom's own types need the DOM lib, which a Node tool does not load. */
export type Element = {
	tagName: string;
	nodeType: number;
	firstChild: Node | null;
	textContent: string | null;
	getAttribute(name: string): string | null;
	hasAttribute(name: string): boolean;
	getElementsByTagName(name: string): ArrayLike<Element>;
};
type Node = {nodeType: number; nextSibling: Node | null};

const ELEMENT_NODE = 1;

export function parseXml(xml: string): Element {
	const errors: string[] = [];
	const record = (message: string) => {
		errors.push(message);
	};
	const parser = new DOMParser({
		errorHandler: {warning: () => undefined, error: record, fatalError: record},
	} as ConstructorParameters<typeof DOMParser>[0]);
	const document = parser.parseFromString(xml, 'text/xml') as unknown as {documentElement: Element | null};
	if (errors.length > 0 || !document.documentElement)
		throw new Error(`malformed XML: ${errors[0] ?? 'no root element'}`);
	return document.documentElement;
}

export function children(element: Element | null | undefined, name?: string): Element[] {
	if (!element) return [];
	const found: Element[] = [];
	for (let node: Node | null = element.firstChild; node; node = node.nextSibling) {
		if (node.nodeType === ELEMENT_NODE && (name === undefined || (node as unknown as Element).tagName === name))
			found.push(node as unknown as Element);
	}
	return found;
}

export function child(element: Element | null | undefined, name: string): Element | null {
	return children(element, name)[0] ?? null;
}

/** The `w:val` (or another) attribute of a named child: <w:pStyle w:val="Heading1"/>. */
export function childValue(element: Element | null | undefined, name: string, attribute = 'w:val'): string | null {
	const found = child(element, name);
	return found?.hasAttribute(attribute) ? found.getAttribute(attribute) : null;
}
