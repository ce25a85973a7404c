import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { refToString, type CellRef } from '../../core/grid/grid';
import { useWorkbook } from '../hooks/useWorkbook';

/** A link-styled <button> that selects cells in the workbook; its title lists them. */
export function CellLink({
  cells,
  children,
  testId,
}: {
  cells: readonly CellRef[];
  children: ReactNode;
  testId?: string;
}) {
  const wb = useWorkbook();
  return (
    <Link
      as="button"
      disabled={cells.length === 0}
      title={cells.map(refToString).join('、')}
      onClick={() => void wb.select(cells)}
      data-testid={testId}
      style={{ textAlign: 'left' }}
    >
      {children}
    </Link>
  );
}
