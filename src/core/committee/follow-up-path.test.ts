import { describe, expect, it } from 'vitest';
import { followUpKey, followUpPath, followUpReference } from './follow-up-path.js';

describe('followUpPath', () => {
  it('names a sub-point by its printed numbers', () => {
    const subject = {
      kind: 'point',
      meeting: 't7-plenary-1',
      item: 3,
      comment: 8,
      point: 2,
      subPoint: 'b',
    } as const;
    expect(followUpPath(subject)).toBe(
      '/committee/meetings/t7-plenary-1/items/3/comments/8/points/2b',
    );
  });

  it('names a resolution by its number', () => {
    expect(followUpPath({ kind: 'resolution', meeting: 't7-plenary-1', resolution: 3 })).toBe(
      '/committee/meetings/t7-plenary-1/resolutions/3',
    );
  });

  it('tells the agencies of one point apart', () => {
    const subject = { kind: 'resolution', meeting: 't7-plenary-1', resolution: 3 } as const;
    expect(followUpKey(subject, 'tb')).not.toBe(followUpKey(subject, 'epb'));
  });
});

describe('followUpReference', () => {
  it('cites a sub-point and a resolution by their printed numbers', () => {
    expect(
      followUpReference({
        kind: 'point',
        meeting: 'm',
        item: 1,
        comment: 2,
        point: 3,
        subPoint: 'b',
      }),
    ).toBe('一、2.(3)b.');
    expect(
      followUpReference({
        kind: 'point',
        meeting: 'm',
        item: 3,
        comment: 8,
        point: 1,
        subPoint: null,
      }),
    ).toBe('三、8.(1)');
    expect(followUpReference({ kind: 'resolution', meeting: 'm', resolution: 3 })).toBe('決議3.');
  });
});
