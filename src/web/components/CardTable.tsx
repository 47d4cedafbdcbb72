import { DataTable, type Column, type DataTableProps } from './DataTable.js';

/** A column of a card table: its heading also labels each of its cells on a phone. */
export type CardColumn<Row> = Column<Row> & { heading: string };

/**
 * Columns of a `table.cards`, which a phone shows as one card per row: each cell labelled
 * with its column's heading.
 */
export function cardColumns<Row>(columns: readonly CardColumn<Row>[]) {
  return columns.map((column): Column<Row> => ({ ...column, label: column.heading }));
}

/**
 * A table a phone shows as one card per row (`table.cards`), its scrolling region named by the
 * element whose id is `labelledBy` (usually the heading of the section it stands in).
 */
export function CardTable<Row>({
  labelledBy,
  columns,
  ...table
}: Omit<DataTableProps<Row>, 'name' | 'className' | 'columns'> & {
  labelledBy: string;
  columns: readonly CardColumn<Row>[];
}) {
  return (
    <DataTable {...table} name={{ labelledBy }} className="cards" columns={cardColumns(columns)} />
  );
}
