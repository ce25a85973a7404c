/** 政府采购支出说明 (hunan 十二; shanghai 十一（二）): 补充信息 政府采购 lines. */
import { isMissing, joinRuns, shareRuns, shareToken, wan, type Input } from '../phrasing';
import type { Run } from '../types';
import { isShanghai, nonZero, text, type Block, type SectionWriter } from './common';

export const writeProcurement: SectionWriter = (ctx): Block[] => {
  const s = (k: string) => ctx.supp(`procurement.${k}`);
  const total = s('total');
  const kinds: [string, string, string][] = isShanghai(ctx)
    ? [
        ['goods', '货物采购金额', ''],
        ['works', '工程采购金额', ''],
        ['services', '服务采购金额', ''],
      ]
    : [
        ['goods', '政府采购货物支出', ''],
        ['works', '政府采购工程支出', ''],
        ['services', '政府采购服务支出', ''],
      ];
  const listed = kinds.filter(([k]) => nonZero(s(k)) || isMissing(s(k)));
  const list = joinRuns(
    listed.map(([k, name]) => [name, ...wan(s(k))]),
    '、',
  );
  const share = (x: Input): Run[] => {
    const t = isMissing(x) || isMissing(total) ? undefined : shareToken(x, total);
    return t ? ['，', ...shareRuns(t, '占政府采购支出总额的')] : [];
  };
  if (isShanghai(ctx)) {
    // Template 十一（二）: all three kinds, then the 中小企业/小微企业 预留 and award amounts, gaps where not filled.
    return [
      text(
        ctx.unit(),
        ctx.yearText,
        '政府采购金额（以合同签订为准）为',
        wan(total),
        '，其中：',
        joinRuns(
          kinds.map(([k, name]) => [name, ...wan(s(k))]),
          '、',
        ),
        '。',
      ),
      text(
        ctx.yearText,
        '本部门面向中小企业预留政府采购项目预算金额',
        wan(s('smeReserved')),
        '，面向小微企业预留政府采购项目预算金额',
        wan(s('smallReserved')),
        '。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额',
        wan(s('smeReservedAwarded')),
        '；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额',
        wan(s('smallReservedAwarded')),
        '；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额',
        wan(s('smeOtherAwarded')),
        '。',
      ),
    ];
  }
  const runs: Run[] = [
    '本部门',
    ctx.yearText,
    '政府采购支出总额',
    ...wan(total),
    ...(list.length ? ['，其中：', ...list] : []),
    '。',
  ];
  if (ctx.hasSupp('procurement.sme'))
    runs.push(
      '授予中小企业合同金额',
      ...wan(s('sme')),
      ...share(s('sme')),
      '，其中：授予小微企业合同金额',
      ...wan(s('small')),
      ...share(s('small')),
      '。',
    );
  return [text(runs)];
};
