import { useState } from 'react';
import { agendaItemKinds, type AgendaItemKind } from '../../../core/committee/vocabulary.js';
import type { MeetingDocument } from '../../../contracts/committee-document.js';
import { committeeApi } from '../../api/committee.js';
import { useCityAgencies } from '../../api/agencies.js';
import { TextAreaField, TextField } from '../../components/Field.js';
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
  const [kind, setKind] = useState<AgendaItemKind>('report_matter');
  const [title, setTitle] = useState('');
  const [agency, setAgency] = useState('');
  return (
    <FormSection
      id="add-item"
      heading={t('committee.addItem')}
      submitLabel={t('committee.addItemSubmit')}
      submit={() =>
        committeeApi.addAgendaItem({
          params: { city, meeting: meeting.code },
          body: { kind, title, presentingAgency: agency || null },
        })
      }
      onDone={() => {
        setTitle('');
        onDone();
      }}
    >
      <SelectField
        id="item-kind"
        label={t('committee.itemKind')}
        value={kind}
        onChange={setKind}
        options={labelledOptions(t, 'agendaItemKind', agendaItemKinds)}
      />
      <TextField
        id="item-title"
        label={t('committee.itemTitle')}
        value={title}
        onChange={setTitle}
        required
      />
      <SelectField
        id="item-agency"
        label={t('committee.presentingAgency')}
        value={agency}
        onChange={setAgency}
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
  const [item, setItem] = useState(String(meeting.agendaItems[0]?.number ?? 1));
  const [ruling, setRuling] = useState('');
  return (
    <FormSection
      id="set-ruling"
      heading={t('committee.ruling')}
      submitLabel={t('committee.rulingSubmit')}
      submit={() =>
        committeeApi.setRuling({
          params: { city, meeting: meeting.code, item: Number(item) },
          body: { ruling: ruling || null },
        })
      }
      onDone={() => {
        setRuling('');
        onDone();
      }}
    >
      <SelectField
        id="ruling-item"
        label={t('committee.agendaItem')}
        value={item}
        onChange={setItem}
        options={itemOptions(meeting.agendaItems)}
      />
      <TextField
        id="ruling-text"
        label={t('committee.ruling')}
        value={ruling}
        onChange={setRuling}
      />
    </FormSection>
  );
}

/** 決議事項, numbered next. */
export function ResolutionForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <FormSection
      id="add-resolution"
      heading={t('committee.addResolution')}
      submitLabel={t('committee.addResolutionSubmit')}
      submit={() =>
        committeeApi.addResolution({ params: { city, meeting: meeting.code }, body: { text } })
      }
      onDone={() => {
        setText('');
        onDone();
      }}
    >
      <TextAreaField
        id="resolution-text"
        label={t('committee.resolutionText')}
        value={text}
        onChange={setText}
        required
      />
    </FormSection>
  );
}

/** 列管: a point, sub-point or resolution to agencies, due on a day or from the minutes' sending. */
export function AssignForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const agencies = useCityAgencies(city);
  const subjects = subjectsOf(meeting);
  const [key, setKey] = useState(subjects[0]?.key ?? '');
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const subject = subjects.find((s) => s.key === key) ?? subjects[0];
  if (!subject) return null;
  return (
    <FormSection
      id="assign"
      heading={t('committee.assign')}
      submitLabel={t('committee.assignSubmit')}
      submit={() =>
        committeeApi.assign({
          params: { city, meeting: meeting.code },
          body: { subject: subject.subject, agencies: chosen, ...(dueDate ? { dueDate } : {}) },
        })
      }
      onDone={() => {
        setChosen([]);
        onDone();
      }}
    >
      <SelectField
        id="assign-subject"
        label={t('committee.subject')}
        value={subject.key}
        onChange={setKey}
        options={subjects.map((s) => ({
          value: s.key,
          label: `${s.reference} ${s.member ?? ''} ${excerpt(s.text)}`,
        }))}
      />
      <AgencyCheckboxes agencies={agencies} chosen={chosen} onChange={setChosen} />
      <TextField
        id="assign-due"
        type="date"
        label={t('committee.dueDate')}
        hint={t('committee.dueHint', { days: meeting.replyDays })}
        value={dueDate}
        onChange={setDueDate}
      />
    </FormSection>
  );
}

const excerpt = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** 紀錄發文: the day the minutes went out; due dates follow from it. */
export function MinutesSentForm({ city, meeting, onDone }: MeetingFormProps) {
  const { t } = useI18n();
  const [sentOn, setSentOn] = useState(meeting.minutesSentOn ?? '');
  return (
    <FormSection
      id="minutes-sent"
      heading={t('committee.markSent')}
      submitLabel={t('committee.markSentSubmit')}
      submit={() =>
        committeeApi.setMinutesSent({ params: { city, meeting: meeting.code }, body: { sentOn } })
      }
      onDone={onDone}
    >
      <TextField
        id="sent-on"
        type="date"
        label={t('committee.minutesSent')}
        value={sentOn}
        onChange={setSentOn}
        required
      />
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
