import { DataTable, type Column } from '../../components/DataTable.js';

/**
 * The numbers behind one of the page's year charts: compact rows, each keyed and marked by its
 * year (`data-year`), captioned `#{name}-caption` and found by tests as `{name}-table`.
 */
export function YearTable<Row extends { year: number }>({
  name,
  caption,
  columns,
  rows,
}: {
  name: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}) {
  return (
    <DataTable
      caption={caption}
      captionId={`${name}-caption`}
      className="compact-rows"
      testId={`${name}-table`}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.year}
      rowAttributes={(row) => ({ 'data-year': row.year })}
    />
  );
}
