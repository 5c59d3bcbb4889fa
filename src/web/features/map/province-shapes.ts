import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-request';

/** The provinces' outlines, simplified at build time by scripts/province-map into SVG path data. */
export interface ProvinceShapes {
  width: number;
  height: number;
  /** Where the names of Hoàng Sa and Trường Sa are written. */
  archipelagos: { hoangSa: [number, number]; truongSa: [number, number] };
  provinces: { code: string; name: string; path: string }[];
}

export const provinceShapesQuery = queryOptions({
  queryKey: ['province-shapes'],
  queryFn: () => apiRequest<ProvinceShapes>('/province-map.json'),
  staleTime: Number.POSITIVE_INFINITY,
});
