/**
 * The seed meeting (第七屆第一次大會, 112年11月9日) transcribed a second time straight from its
 * minutes, and not from data/kaohsiung-committee.yaml, so that a dropped, doubled or swapped
 * point in either shows up as a failing test. Only the skeleton: per agenda item, each speaker
 * in order with the first words of each of their points; the sub-points of 蔡卉荀's written
 * opinion; the rulings; the first words of the five resolutions.
 */
export interface SpeakerOutline {
  member: string;
  written: '書面資料' | '書面意見' | null;
  /** The first words of each point, in order. */
  points: readonly string[];
}

export const seedAgenda: readonly {
  heading: string;
  ruling: string;
  speakers: readonly SpeakerOutline[];
}[] = [
  {
    heading: '綜合討論',
    ruling: '同意備查',
    speakers: [
      { member: '石豐宇', written: null, points: ['交通號誌優先', '減碳方案預期成果'] },
      {
        member: '胡淑貞',
        written: null,
        points: [
          '社關據點',
          '全民運動中心',
          '高雄市的VLR報告',
          '另外，其他各組',
          '肯定高雄市',
          '運動中心蓋得不錯',
        ],
      },
      { member: '周麗芳', written: null, points: ['簡報第3頁', '簡報第5頁'] },
      { member: '楊永年', written: null, points: ['有沒有辦法陳述', '有效治水', '佩服市府'] },
      { member: '陳勁甫', written: null, points: ['交通局指標'] },
      {
        member: '吳一民',
        written: null,
        points: ['首次參與此會議', '環保局持續推動', '市政府推動諸多'],
      },
      { member: '蔡卉荀', written: '書面資料', points: ['淨零學院課程'] },
    ],
  },
  {
    heading: '指標異動討論案',
    ruling: '同意備查',
    speakers: [
      { member: '楊巧玲', written: null, points: ['教育局的指標異動提案'] },
      { member: '連興隆', written: null, points: ['回應楊巧玲委員'] },
      { member: '楊永年', written: null, points: ['建議高雄市增列'] },
      { member: '賴曉芬', written: null, points: ['社會局指標'] },
      { member: '周麗芳', written: null, points: ['簡報第 28 頁'] },
      { member: '蔡卉荀', written: '書面資料', points: ['多數指標與淨零目標不符'] },
    ],
  },
  {
    heading: '報告案-高雄市淨零城市發展自治條例',
    ruling: '同意備查',
    speakers: [
      { member: '李政傑', written: null, points: ['針對企業的部分', '很高興成立了'] },
      { member: '周麗芳', written: null, points: ['最近在盤點', '簡報第 37 頁', '高雄碳平台'] },
      { member: '高志明', written: null, points: ['國內雖然高雄', '環境部已公告', '淨零經濟項目'] },
      { member: '賴曉芬', written: null, points: ['有關淨零城市自治條例'] },
      { member: '萬儀樊', written: null, points: ['淨零學院會以', '期望高中端'] },
      { member: '連興隆', written: null, points: ['簡報第 33 頁'] },
      { member: '胡淑貞', written: null, points: ['關於淨零城市自治條例'] },
      { member: '蔡卉荀', written: '書面意見', points: ['簡報第 32 頁', '113 年度淨零白皮書'] },
    ],
  },
];

/** 蔡卉荀's written opinion on the 報告案, point (2): one sub-point per sector, a to f. */
export const seedWhitePaperSubPoints = [
  ['a', '能源部門'],
  ['b', '工業部門'],
  ['c', '運輸部門'],
  ['d', '住商部門'],
  ['e', '農業部門'],
  ['f', '環境部門'],
] as const;

/** 柒、決議事項 1–5, first words. */
export const seedResolutions = [
  '民眾對於氣候變遷',
  '各指標不該只有量化',
  '請各局處依會議紀錄',
  '公正轉型的部分',
  '對於高中的淨零課程',
] as const;
