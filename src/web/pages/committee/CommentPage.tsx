import { useState } from 'react';
import type { SessionUser } from '../../../contracts/api/session.js';
import { committeeApi } from '../../api/committee.js';
import { useApi } from '../../api/use-api.js';
import { Loaded } from '../../components/Feedback.js';
import { SignedIn } from '../../components/SignedIn.js';
import { useI18n } from '../../i18n/i18n.js';
import { CommentForm } from './CommentForm.js';
import { SelectField } from './SelectField.js';

export function CommentPage() {
  return <SignedIn may="committee.comment">{(user) => <WrittenComment user={user} />}</SignedIn>;
}

/** 書面意見: a member picks a meeting of their term and hands in their points on one item. */
function WrittenComment({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const [meetings, retry] = useApi(`committee/${user.city}/meetings`, (signal) =>
    committeeApi.meetings(user.city, signal),
  );
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <>
      <h1>{t('committee.comment')}</h1>
      <p role="status" className="success">
        {sent ? t('committee.commentSent') : ''}
      </p>
      <Loaded value={meetings} retry={retry}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('committee.noMeetingsYet')}</p>
          ) : (
            <>
              <form className="stacked" onSubmit={(e) => e.preventDefault()}>
                <SelectField
                  id="comment-meeting"
                  label={t('committee.meeting')}
                  value={code || (list[0]?.code ?? '')}
                  onChange={setCode}
                  options={list.map((m) => ({ value: m.code, label: m.title }))}
                />
              </form>
              <MeetingItems
                asSecretariat={user.role === 'admin'}
                city={user.city}
                code={code || (list[0]?.code ?? '')}
                onSent={() => setSent(true)}
              />
            </>
          )
        }
      </Loaded>
    </>
  );
}

function MeetingItems({
  city,
  code,
  asSecretariat,
  onSent,
}: {
  city: string;
  code: string;
  /** The secretariat names the member; a member hands in their own. */
  asSecretariat: boolean;
  onSent: () => void;
}) {
  const { t } = useI18n();
  const [record, retry] = useApi(`committee/${city}/meeting/${code}`, (signal) =>
    committeeApi.meeting(city, code, signal),
  );
  return (
    <Loaded value={record} retry={retry}>
      {({ meeting }) =>
        meeting.agendaItems.length === 0 ? (
          <p>{t('committee.noItems')}</p>
        ) : (
          <CommentForm
            city={city}
            meeting={meeting.code}
            items={meeting.agendaItems}
            asSecretariat={asSecretariat}
            onDone={onSent}
          />
        )
      }
    </Loaded>
  );
}
