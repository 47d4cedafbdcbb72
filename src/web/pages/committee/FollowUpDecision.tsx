import { useState } from 'react';
import type { AssignmentResponse } from '../../../contracts/api/committee.js';
import { committeeApi } from '../../api/committee.js';
import { useAction } from '../../api/use-action.js';
import { ErrorMessage } from '../../components/Feedback.js';
import { TextField } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';

/** The secretariat's decision on an answered assignment: 解除列管 or 繼續列管, with its note. */
export function FollowUpDecision({
  city,
  assignment,
  onDone,
}: {
  city: string;
  assignment: AssignmentResponse;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const action = useAction();
  const [note, setNote] = useState('');
  if (assignment.state === 'closed') return null;
  const decide = (how: 'close' | 'keepOpen') =>
    void action
      .run(() =>
        committeeApi[how]({
          params: { city, id: assignment.id },
          body: { note: note || null, version: assignment.version },
        }),
      )
      .then((saved) => {
        if (saved) onDone();
      });
  const id = `note-${assignment.id}`;
  return (
    <div className="stacked">
      <TextField id={id} label={t('committee.note')} value={note} onChange={setNote} />
      <div className="actions">
        <button type="button" disabled={action.busy} onClick={() => decide('close')}>
          {t('committee.close')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={() => decide('keepOpen')}
        >
          {t('committee.keepOpen')}
        </button>
      </div>
      {action.error && <ErrorMessage error={action.error} />}
    </div>
  );
}
