import type { Key, ReactNode, Ref } from 'react';

/** One column: its heading, and what each row shows in it. */
export interface Column<Row> {
  heading: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures align right, heading and cells alike. */
  numeric?: boolean;
  /** More classes for the body cells (`nowrap` for dates and years). */
  className?: string;
  /** Shown before the cell when a narrow screen stacks the row (CSS `attr(data-label)`). */
  label?: string;
}

/** A row's own attributes: a class, and data-* for tests and styles. */
export type RowAttributes = { className?: string } & { [name: `data-${string}`]: string | number };

/** How screen readers name the scrolling region: its own words, or an element's id. */
export type RegionName = { label: string } | { labelledBy: string };

/** What a DataTable shows and how its region is named. */
export interface DataTableProps<Row> {
  /** How the region is named; by default, by its caption (`captionId`). */
  name?: RegionName;
  caption?: ReactNode;
  captionId?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowAttributes?: (row: Row) => RowAttributes;
  rowHeader?: number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  className?: string;
  testId?: string;
  regionRef?: Ref<HTMLDivElement>;
}

/**
 * The table frame every page uses: a scrolling region a keyboard can reach (named for screen
 * readers), an optional caption, column headings, and one row per item with the row's header
 * cell (`<th scope="row">`, the first column unless `rowHeader` says another).
 */
export function DataTable<Row>({
  name,
  caption,
  captionId,
  columns,
  rows,
  rowKey,
  rowAttributes,
  rowHeader = 0,
  empty,
  className,
  testId,
  regionRef,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <TableRegion name={name ?? { labelledBy: captionId ?? '' }} regionRef={regionRef}>
      <Table className={className} testId={testId} caption={caption} captionId={captionId}>
        <Headings columns={columns} />
        <tbody>
          <Rows
            columns={columns}
            rows={rows}
            rowKey={rowKey}
            rowAttributes={rowAttributes}
            rowHeader={rowHeader}
          />
        </tbody>
      </Table>
    </TableRegion>
  );
}

/** The scrolling region around a wide table: reachable by keyboard, named for screen readers. */
export function TableRegion({
  name,
  regionRef,
  children,
}: {
  name: RegionName;
  regionRef?: Ref<HTMLDivElement> | undefined;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      ref={regionRef}
      {...('label' in name ? { 'aria-label': name.label } : { 'aria-labelledby': name.labelledBy })}
    >
      {children}
    </div>
  );
}

/** A table with its caption (inside a TableRegion, or alone where it is narrow). */
export function Table({
  className,
  testId,
  caption,
  captionId,
  children,
}: {
  className?: string | undefined;
  testId?: string | undefined;
  caption?: ReactNode;
  captionId?: string | undefined;
  children: ReactNode;
}) {
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption id={captionId}>{caption}</caption>}
      {children}
    </table>
  );
}

/** The `<thead>` of a set of columns (or of headings alone, for rows a page draws itself). */
export function Headings({
  columns,
}: {
  columns: readonly Pick<Column<never>, 'heading' | 'numeric'>[];
}) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => (
          <th key={i} scope="col" className={column.numeric ? 'num' : undefined}>
            {column.heading}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** One `<tr>` per row, its cells drawn by the columns. */
export function Rows<Row>({
  columns,
  rows,
  rowKey,
  rowAttributes,
  rowHeader = 0,
}: {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  rowAttributes?: ((row: Row) => RowAttributes) | undefined;
  rowHeader?: number;
}) {
  return rows.map((row, index) => (
    <tr key={rowKey(row, index)} {...rowAttributes?.(row)}>
      {columns.map((column, i) => (
        <Cell key={i} column={column} row={row} isHeader={i === rowHeader} />
      ))}
    </tr>
  ));
}

function Cell<Row>({
  column,
  row,
  isHeader,
}: {
  column: Column<Row>;
  row: Row;
  isHeader: boolean;
}) {
  const className =
    [column.numeric ? 'num' : '', column.className ?? ''].filter(Boolean).join(' ') || undefined;
  const content = column.cell(row);
  return isHeader ? (
    <th scope="row" className={className} data-label={column.label}>
      {content}
    </th>
  ) : (
    <td className={className} data-label={column.label}>
      {content}
    </td>
  );
}
