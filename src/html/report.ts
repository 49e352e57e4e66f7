/** The HTML audit view of an ingest folder (issue 6). */
export async function writeHtmlReport(dir: string): Promise<string> {
	throw new Error(`the HTML view of ${dir} is not built yet`);
}
