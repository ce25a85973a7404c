import type { Grid } from './grid/grid';
import { mapWorkbook, type MapOptions } from './mapping';
import type { MappingOverride, WorkbookMapping } from './mapping/types';
import { buildDisclosure } from './model/build';
import type { Disclosure } from './model/types';
import { readStore, recordsOf } from './store/store';
import { readSupplementary } from './supplementary/read';

export interface Analysis {
  readonly mapping: WorkbookMapping;
  readonly disclosure: Disclosure;
}

/**
 * The whole read side in one call: mapping corrections stored in the workbook (_juesuan sheet) are applied,
 * tables mapped, the model built with the 补充信息 sheet. Pure: the same in Node, the browser and Excel.
 */
export function analyseGrid(grid: Grid, options: MapOptions = {}): Analysis {
  const store = readStore(grid);
  const stored = [...recordsOf<MappingOverride>(store.records, 'mapping').values()];
  const overrides = [
    ...stored.filter((o) => !options.overrides?.some((x) => x.table === o.table)),
    ...(options.overrides ?? []),
  ];
  const mapping = mapWorkbook(grid, { ...options, overrides });
  const withStore: WorkbookMapping = store.problems.length
    ? { ...mapping, problems: [...mapping.problems, ...store.problems] }
    : mapping;
  const disclosure = buildDisclosure(grid, withStore, { supplementary: readSupplementary(grid) });
  return { mapping: withStore, disclosure };
}
