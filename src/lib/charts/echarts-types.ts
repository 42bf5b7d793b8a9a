// Types only: modules that build options need them without loading ECharts itself.
export type { EChartsCoreOption } from 'echarts/core';
