import type { ReactNode } from 'react';
import type { AssignmentResponse } from '../../../contracts/api/committee.js';
import { DataTable } from '../../components/DataTable.js';
import { formatDate } from '../../format/dates.js';
import { useI18n } from '../../i18n/i18n.js';
import { cardColumns } from './words.js';

/**
 * Assigned points and resolutions with where each stands: due date (overdue ones marked in
 * words, not by colour alone), state, the agency's reply and the secretariat's note; `action`
 * adds a last column (reply, close or keep open).
 */
export function AssignmentsTable({
  id,
  caption,
  assignments,
  action,
}: {
  id: string;
  caption: ReactNode;
  assignments: readonly AssignmentResponse[];
  action?: { heading: string; cell: (assignment: AssignmentResponse) => ReactNode };
}) {
  const { t, locale } = useI18n();
  const columns = cardColumns<AssignmentResponse>([
    {
      heading: t('committee.reference'),
      cell: (a) => (
        <>
          {a.reference}
          {a.member && <small> {a.member}</small>}
        </>
      ),
    },
    { heading: t('committee.text'), cell: (a) => <span className="prose">{a.text}</span> },
    { heading: t('committee.agency'), cell: (a) => a.agencyName },
    {
      heading: t('committee.dueDate'),
      className: 'nowrap',
      cell: (a) =>
        a.dueDate === null ? (
          t('committee.dueUnset')
        ) : (
          <>
            {formatDate(a.dueDate, locale)}
            {a.overdue && <strong className="overdue"> {t('committee.isOverdue')}</strong>}
          </>
        ),
    },
    {
      heading: t('committee.state'),
      cell: (a) => t(`followUpState.${a.state}`),
    },
    {
      heading: t('committee.reply'),
      cell: (a) =>
        a.reply ? (
          <>
            <span className="prose">{a.reply.text}</span>
            <small> {formatDate(a.reply.date, locale)}</small>
          </>
        ) : (
          t('common.none')
        ),
    },
    { heading: t('committee.note'), cell: (a) => a.note ?? t('common.none') },
    ...(action ? [{ heading: action.heading, cell: action.cell }] : []),
  ]);
  return (
    <DataTable
      caption={caption}
      captionId={`${id}-caption`}
      rows={assignments}
      rowKey={(a) => a.id}
      rowAttributes={(a) => ({
        className: a.overdue ? 'overdue-row' : '',
        'data-assignment': a.id,
      })}
      columns={columns}
      className="assignments cards"
    />
  );
}
