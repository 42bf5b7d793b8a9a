// The one ECharts registry: only what the charts use is bundled.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
	LineChart,
	BarChart,
	ScatterChart,
	CustomChart,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TooltipComponent,
	AriaComponent,
	GraphicComponent,
	SVGRenderer
]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';

/** Renders a chart to an SVG string without a DOM: the prerendered first view of a chart. */
export function renderChartToSvg(
	option: echarts.EChartsCoreOption,
	size: { width: number; height: number }
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
	try {
		chart.setOption({ ...option, animation: false });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
