import { useState } from 'react';
import {
  commentChannels,
  writtenCommentForms,
  type CommentChannel,
  type WrittenCommentForm,
} from '../../../core/committee/vocabulary.js';
import type { AgendaItemDocument } from '../../../contracts/committee-document.js';
import { committeeApi } from '../../api/committee.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { FormSection } from './FormSection.js';
import { typedPoints } from './points-text.js';
import { SelectField } from './SelectField.js';
import { itemOptions, labelledOptions } from './words.js';

/**
 * A member's numbered points on an agenda item. The secretariat records anyone's, oral or
 * written (`asSecretariat`); a member hands in their own written comment (書面意見).
 */
export function CommentForm({
  city,
  meeting,
  items,
  asSecretariat,
  onDone,
}: {
  city: string;
  meeting: string;
  items: readonly AgendaItemDocument[];
  asSecretariat: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [item, setItem] = useState(String(items[0]?.number ?? 1));
  const [member, setMember] = useState('');
  const [channel, setChannel] = useState<CommentChannel>(asSecretariat ? 'oral' : 'written');
  const [writtenForm, setWrittenForm] = useState<WrittenCommentForm>('opinion');
  const [points, setPoints] = useState('');
  const submit = () =>
    committeeApi.addComment({
      params: { city, meeting, item: Number(item) },
      body: {
        ...(asSecretariat ? { member } : {}),
        channel,
        writtenForm: channel === 'written' ? writtenForm : null,
        points: typedPoints(points),
      },
    });
  return (
    <FormSection
      id={`comment-${meeting}`}
      heading={asSecretariat ? t('committee.addComment') : t('committee.yourPoints')}
      submitLabel={t('committee.addCommentSubmit')}
      submit={submit}
      onDone={() => {
        setPoints('');
        onDone();
      }}
    >
      <SelectField
        id="comment-item"
        label={t('committee.agendaItem')}
        value={item}
        onChange={setItem}
        options={itemOptions(items)}
      />
      {asSecretariat && (
        <>
          <TextField
            id="comment-member"
            label={t('committee.member')}
            value={member}
            onChange={setMember}
            required
          />
          <SelectField
            id="comment-channel"
            label={t('committee.channel')}
            value={channel}
            onChange={setChannel}
            options={labelledOptions(t, 'commentChannel', commentChannels)}
          />
        </>
      )}
      {channel === 'written' && (
        <SelectField
          id="comment-written-form"
          label={t('committee.writtenForm')}
          value={writtenForm}
          onChange={setWrittenForm}
          options={labelledOptions(t, 'writtenCommentForm', writtenCommentForms)}
        />
      )}
      <TextAreaField
        id="comment-points"
        label={t('committee.points')}
        hint={t('committee.pointsHint')}
        value={points}
        onChange={setPoints}
        rows={6}
        required
      />
    </FormSection>
  );
}
