import {
  commentChannels,
  writtenCommentForms,
  type CommentChannel,
  type WrittenCommentForm,
} from '../../../core/committee/vocabulary.js';
import type { AgendaItemDocument } from '../../../contracts/committee-document.js';
import { committeeApi } from '../../api/committee.js';
import { TextAreaField, TextField, useFields } from '../../components/Field.js';
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
  const { values, field, reset } = useFields<{
    item: string;
    member: string;
    channel: CommentChannel;
    writtenForm: WrittenCommentForm;
    points: string;
  }>(
    {
      item: String(items[0]?.number ?? 1),
      member: '',
      channel: asSecretariat ? 'oral' : 'written',
      writtenForm: 'opinion',
      points: '',
    },
    'comment',
  );
  const written = values.channel === 'written';
  const submit = () =>
    committeeApi.addComment({
      params: { city, meeting, item: Number(values.item) },
      body: {
        ...(asSecretariat ? { member: values.member } : {}),
        channel: values.channel,
        writtenForm: written ? values.writtenForm : null,
        points: typedPoints(values.points),
      },
    });
  return (
    <FormSection
      id={`comment-${meeting}`}
      heading={asSecretariat ? t('committee.addComment') : t('committee.yourPoints')}
      submitLabel={t('committee.addCommentSubmit')}
      submit={submit}
      clear={() => reset('points')}
      onDone={onDone}
    >
      <SelectField {...field('item', t('committee.agendaItem'))} options={itemOptions(items)} />
      {asSecretariat && (
        <>
          <TextField {...field('member', t('committee.member'))} required />
          <SelectField
            {...field('channel', t('committee.channel'))}
            options={labelledOptions(t, 'commentChannel', commentChannels)}
          />
        </>
      )}
      {written && (
        <SelectField
          {...field('writtenForm', t('committee.writtenForm'))}
          options={labelledOptions(t, 'writtenCommentForm', writtenCommentForms)}
        />
      )}
      <TextAreaField
        {...field('points', t('committee.points'))}
        hint={t('committee.pointsHint')}
        rows={6}
        required
      />
    </FormSection>
  );
}
