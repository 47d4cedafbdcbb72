import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../src/reports/committee-minutes/minutes-docx.js';
import { buildMinutesModel } from '../src/reports/committee-minutes/minutes-model.js';
import { docxParagraphs } from '../src/reports/committee-minutes/test-support/docx-text.js';
import { syntheticMinutesDocument, validatedSyntheticMinutes } from './committee-minutes.js';

describe('the synthetic meeting the minutes benchmark renders', () => {
  const document = validatedSyntheticMinutes();
  const [meeting] = document.meetings;
  const points = meeting?.agendaItems.flatMap((i) => i.comments.flatMap((c) => c.points)) ?? [];

  it('is a valid committee document of 300 points, the same on every call', () => {
    expect(points).toHaveLength(300);
    expect(points.filter((p) => p.subPoints.length > 0)).toHaveLength(60);
    expect(syntheticMinutesDocument()).toEqual(syntheticMinutesDocument());
    expect(document.committee.name).toContain('synthetic');
  });

  it('renders to a DOCX holding its last point', async () => {
    const docx = await renderMinutesDocx(buildMinutesModel(document, 'synthetic-1'));
    const texts = (await docxParagraphs(docx)).map((p) => p.text);
    expect(texts).toContain(`(10)\t${points[299]?.text ?? ''}`);
  });
});
