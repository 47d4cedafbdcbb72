import { useState } from 'react';
import { agendaItemKinds, type AgendaItemKind } from '../../../core/committee/vocabulary.js';
import type { MeetingDocument } from '../../../contracts/committee-document.js';
import { committeeApi } from '../../api/committee.js';
import { useCityAgencies } from '../../api/agencies.js';
import { TextAreaField, TextField, useFields } from '../../components/Field.js';
import { useI18n } from '../../i18n/i18n.js';
import { localName } from '../../i18n/names.js';
import { AgencyCheckboxes } from '../users/agencies.js';
import { FormSection } from './FormSection.js';
import { SelectField } from './SelectField.js';
import { subjectsOf } from './subjects.js';
import { itemOptions, labelledOptions } from './words.js';

/** What every form of a meeting's page gets: where it writes, and what to do once saved. */
interface MeetingFormProps {
  city: string;
  meeting: MeetingDocument;
  onDone: () => void;
}

/** 新增議程: its kind, title and the agency that presents it. */
export function AgendaItemForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t, locale } = useI18n();
  const agencies = useCityAgencies(city);
  const { values, field, reset } = useFields<{
    kind: AgendaItemKind;
    title: string;
    presentingAgency: string;
  }>({ kind: 'report_matter', title: '', presentingAgency: '' }, 'item');
  return (
    <FormSection
      id="add-item"
      heading={t('committee.addItem')}
      submitLabel={t('committee.addItemSubmit')}
      submit={() =>
        committeeApi.addAgendaItem({
          params: { city, meeting: meeting.code },
          body: { ...values, presentingAgency: values.presentingAgency || null },
        })
      }
      clear={() => reset('title')}
      onDone={onDone}
    >
      <SelectField
        {...field('kind', t('committee.itemKind'))}
        options={labelledOptions(t, 'agendaItemKind', agendaItemKinds)}
      />
      <TextField {...field('title', t('committee.itemTitle'))} required />
      <SelectField
        {...field('presentingAgency', t('committee.presentingAgency'))}
        options={[
          { value: '', label: t('common.none') },
          ...agencies.map((a) => ({ value: a.code, label: localName(a, locale) })),
        ]}
      />
    </FormSection>
  );
}

/** 主席裁示 on one agenda item, verbatim. */
export function RulingForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const { values, field, reset } = useFields(
    { item: String(meeting.agendaItems[0]?.number ?? 1), ruling: '' },
    'ruling',
  );
  return (
    <FormSection
      id="set-ruling"
      heading={t('committee.ruling')}
      submitLabel={t('committee.rulingSubmit')}
      submit={() =>
        committeeApi.setRuling({
          params: { city, meeting: meeting.code, item: Number(values.item) },
          body: { ruling: values.ruling || null },
        })
      }
      clear={() => reset('ruling')}
      onDone={onDone}
    >
      <SelectField
        {...field('item', t('committee.agendaItem'))}
        options={itemOptions(meeting.agendaItems)}
      />
      <TextField {...field('ruling', t('committee.ruling'))} />
    </FormSection>
  );
}

/** 決議事項, numbered next. */
export function ResolutionForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const { values, field, reset } = useFields({ text: '' }, 'resolution');
  return (
    <FormSection
      id="add-resolution"
      heading={t('committee.addResolution')}
      submitLabel={t('committee.addResolutionSubmit')}
      submit={() =>
        committeeApi.addResolution({ params: { city, meeting: meeting.code }, body: values })
      }
      clear={() => reset('text')}
      onDone={onDone}
    >
      <TextAreaField {...field('text', t('committee.resolutionText'))} required />
    </FormSection>
  );
}

/** 列管: a point, sub-point or resolution to agencies, due on a day or from the minutes' sending. */
export function AssignForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const agencies = useCityAgencies(city);
  const subjects = subjectsOf(meeting);
  const [chosen, setChosen] = useState<string[]>([]);
  const { values, field } = useFields({ subject: subjects[0]?.key ?? '', dueDate: '' }, 'assign');
  const subject = subjects.find((s) => s.key === values.subject) ?? subjects[0];
  if (!subject) return null;
  return (
    <FormSection
      id="assign"
      heading={t('committee.assign')}
      submitLabel={t('committee.assignSubmit')}
      submit={() =>
        committeeApi.assign({
          params: { city, meeting: meeting.code },
          body: {
            subject: subject.subject,
            agencies: chosen,
            ...(values.dueDate ? { dueDate: values.dueDate } : {}),
          },
        })
      }
      clear={() => setChosen([])}
      onDone={onDone}
    >
      <SelectField
        {...field('subject', t('committee.subject'))}
        // a subject chosen before a reload may be gone: show the one the form will assign
        value={subject.key}
        options={subjects.map((s) => ({
          value: s.key,
          label: `${s.reference} ${s.member ?? ''} ${excerpt(s.text)}`,
        }))}
      />
      <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
      <TextField
        {...field('dueDate', t('committee.dueDate'))}
        type="date"
        hint={t('committee.dueHint', { days: meeting.replyDays })}
      />
    </FormSection>
  );
}

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** 紀錄發文: the day the minutes went out; due dates follow from it. */
export function MinutesSentForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const { values, field } = useFields({ sentOn: meeting.minutesSentOn ?? '' }, 'minutes');
  return (
    <FormSection
      id="minutes-sent"
      heading={t('committee.markSent')}
      submitLabel={t('committee.markSentSubmit')}
      submit={() =>
        committeeApi.setMinutesSent({ params: { city, meeting: meeting.code }, body: values })
      }
      onDone={onDone}
    >
      <TextField {...field('sentOn', t('committee.minutesSent'))} type="date" required />
    </FormSection>
  );
}

/** 公布會議紀錄 on the public site (once). */
export function PublishForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  return (
    <FormSection
      id="publish"
      heading={t('committee.publish')}
      submitLabel={t('committee.publishSubmit')}
      submit={() => committeeApi.publish({ params: { city, meeting: meeting.code }, body: {} })}
      onDone={onDone}
    >
      <p>{t('committee.publishNote')}</p>
    </FormSection>
  );
}
