/** Text made safe inside the HTML of a chart tooltip (ECharts renders formatter output as HTML). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
