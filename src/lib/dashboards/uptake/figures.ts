import type { ShapeRow } from '$core/queries/member-state-shapes';
import { uptakeBreakdownFigure } from './breakdown-figure';
import type { UptakeContext } from './context';
import { uptakeMapFigure, uptakeRankingFigure } from './countries-figure';
import { uptakeGrowthFigure, uptakeSeriesFigure } from './series-figure';
import { uptakeSupplyFigure } from './supply-figure';

/**
 * The figures of the uptake page for one release: the build prerenders them and the browser
 * queries them with the same context (its years) and the same map shapes.
 */
export function createUptakeFigures(context: UptakeContext, shapes: readonly ShapeRow[]) {
	return {
		series: uptakeSeriesFigure(context),
		growth: uptakeGrowthFigure(context),
		map: uptakeMapFigure(context, shapes),
		ranking: uptakeRankingFigure(context),
		breakdown: uptakeBreakdownFigure(context),
		supply: uptakeSupplyFigure
	};
}

export type UptakeFigures = ReturnType<typeof createUptakeFigures>;
